"""`make run` and `make test`: one foreground process that owns everything it starts.

    python -m carbon.launcher setup   # database, migrations, demo data, factor library
    python -m carbon.launcher run     # setup, then web + worker clusters + AI service
    python -m carbon.launcher dev     # the same with DEBUG on (`make dev`)
    python -m carbon.launcher test    # setup, then the whole test suite

Without DATABASE_URL the embedded PostgreSQL under .data/ is started (and stopped
again on exit when this process started it). Ctrl-C or SIGTERM stops every child.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from carbon.core import devdb
from carbon.core.demo_credentials import DEMO_ADMIN_EMAIL, DEMO_PASSWORD

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PROFILES = ("default", "io", "cpu", "ai")
# Management commands run by setup, in order; skipped when not (yet) defined.
SETUP_COMMANDS = [
    ["migrate", "--noinput"],
    ["readings_partitions"],
    ["seed_demo"],
    ["load_factors"],
    ["sync_schedules"],
]


def log(message: str) -> None:
    print(f"[carbon] {message}", flush=True)


# `make run` serves plain HTTP on loopback with DEBUG off: the HTTPS-only switches
# that DEBUG off turns on would make it unusable there (each can still be set).
LOCAL_HTTP = {
    "SECURE_SSL_REDIRECT": "false",
    "SESSION_COOKIE_SECURE": "false",
    "CSRF_COOKIE_SECURE": "false",
    "SECURE_HSTS_SECONDS": "0",
}


class Launcher:
    def __init__(self, *, dev: bool = False) -> None:
        self.children: list[tuple[str, subprocess.Popen]] = []
        self.started_database = False
        self.stopping = False
        self.env = os.environ.copy()
        if dev:
            self.env.setdefault("DEBUG", "true")
        self.env.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
        self.env.setdefault("PYTHONUNBUFFERED", "1")

    @property
    def debug(self) -> bool:
        return self.env.get("DEBUG", "").lower() in {"1", "true", "yes", "on"}

    # -- database -----------------------------------------------------------
    def database(self) -> None:
        if self.env.get("DATABASE_URL"):
            log("using DATABASE_URL")
            return
        was_running = (devdb.PGDATA / "postmaster.pid").exists()
        self.env["DATABASE_URL"] = devdb.start()
        self.started_database = not was_running
        log(
            f"embedded PostgreSQL at {devdb.PGDATA} ({'started' if self.started_database else 'reused'})"
        )

    def stop_database(self) -> None:
        if self.started_database:
            devdb.stop()
            log("embedded PostgreSQL stopped")

    # -- setup --------------------------------------------------------------
    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=self.env, check=check
        )

    def available_commands(self) -> set[str]:
        out = subprocess.run(
            [PYTHON, "manage.py", "help", "--commands"],
            cwd=BASE_DIR,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return set(out.split())

    def setup(self) -> None:
        self.database()
        commands = self.available_commands()
        for command in SETUP_COMMANDS:
            if command[0] not in commands:
                continue
            log("manage.py " + " ".join(command))
            self.manage(*command)
        if not self.debug:  # whitenoise serves the collected, hashed files
            self.manage("collectstatic", "--noinput", "-v", "0")

    # -- processes ------------------------------------------------------------
    def spawn(self, name: str, args: list[str], env: dict | None = None) -> None:
        child = subprocess.Popen(
            args, cwd=BASE_DIR, env={**self.env, **(env or {})}, start_new_session=True
        )
        self.children.append((name, child))
        log(f"started {name} (pid {child.pid})")

    def processes(self, port: int) -> None:
        metrics_dir = BASE_DIR / ".data" / "prometheus"
        shutil.rmtree(metrics_dir, ignore_errors=True)
        metrics_dir.mkdir(parents=True)
        self.env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
        ai_port = int(self.env.get("AI_SERVICE_PORT", port + 1))
        service = BASE_DIR / "matching" / "service" / "app.py"
        if service.exists() and "AI_MATCHING_URL" not in os.environ:
            self.env["AI_MATCHING_URL"] = f"http://127.0.0.1:{ai_port}"
            # The model server; it can stretch its answers to the ~10-minute calls
            # of the external service the client was built for: make run scales
            # them to 6 s unless AI_SERVICE_TIME_SCALE says otherwise.
            self.spawn(
                "ai-service",
                [PYTHON, "-m", "matching.service", "--port", str(ai_port)],
                env={
                    "AI_SERVICE_TIME_SCALE": self.env.get(
                        "AI_SERVICE_TIME_SCALE", "0.01"
                    )
                },
            )
        self.spawn(
            "web",
            [
                PYTHON,
                "-m",
                "gunicorn",
                "carbon.wsgi:application",
                "--bind",
                f"{self.env.get('HOST', '127.0.0.1')}:{port}",
                "--workers",
                self.env.get("WEB_CONCURRENCY", "2"),
                "--threads",
                self.env.get("WEB_THREADS", "4"),
                "--timeout",
                "120",
                "--access-logfile",
                "-",
            ],
        )
        for profile in PROFILES:
            self.spawn(
                f"worker-{profile}",
                [PYTHON, "manage.py", "qcluster"],
                env={"Q_CLUSTER_NAME": profile},
            )

    def stop_children(self) -> None:
        # SIGTERM to each child's main process only: gunicorn's master and the
        # qcluster sentinel stop their own workers gracefully. The whole process
        # group is killed only if that takes too long.
        for _name, child in self.children:
            if child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for name, child in self.children:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                log(f"{name} did not stop in time: killed")
            log(f"stopped {name}")

    def supervise(self) -> int:
        while not self.stopping:
            for name, child in self.children:
                if child.poll() is not None:
                    log(f"{name} exited with {child.returncode}; stopping everything")
                    return 1
            time.sleep(0.5)
        return 0

    # -- commands -----------------------------------------------------------
    def _on_signal(self, signum, frame) -> None:
        self.stopping = True

    def run(self) -> int:
        signal.signal(signal.SIGINT, self._on_signal)
        signal.signal(signal.SIGTERM, self._on_signal)
        port = int(self.env.get("PORT", "8000"))
        for name, value in LOCAL_HTTP.items():
            self.env.setdefault(name, value)
        try:
            self.setup()
            if self.stopping:
                return 0
            self.processes(port)
            log("")
            mode = "DEBUG on (make dev)" if self.debug else "DEBUG off"
            log(f"Carbon is running at http://127.0.0.1:{port}/ ({mode})")
            log(f"  demo login: {DEMO_ADMIN_EMAIL} / {DEMO_PASSWORD}")
            log(
                f"  admin: http://127.0.0.1:{port}/admin/   API docs: http://127.0.0.1:{port}/api/docs/"
            )
            if "ai-service" in dict(self.children):
                scale = self.env.get("AI_SERVICE_TIME_SCALE", "0.01")
                log(
                    f"  AI matching service: {self.env['AI_MATCHING_URL']} (time scale {scale})"
                )
            log("  Ctrl-C stops the web server, the workers and the database.")
            return self.supervise()
        finally:
            self.stop_children()
            self.stop_database()

    def test(self, pytest_args: list[str]) -> int:
        try:
            self.setup()
            env = {**self.env, "DJANGO_SETTINGS_MODULE": "carbon.settings.test"}
            result = subprocess.run(
                [PYTHON, "-m", "pytest", *pytest_args], cwd=BASE_DIR, env=env
            )
            return result.returncode
        finally:
            self.stop_database()


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "run"
    launcher = Launcher(dev=command == "dev")
    if command == "setup":
        try:
            launcher.setup()
        finally:
            launcher.stop_database()
        return 0
    if command in ("run", "dev"):
        return launcher.run()
    if command == "test":
        return launcher.test(argv[2:])
    print(f"usage: python -m carbon.launcher [setup|run|dev|test], not {command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
