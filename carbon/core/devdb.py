"""Embedded PostgreSQL for development and tests (the `pgserver` package).

Used only when DATABASE_URL is unset. The cluster lives under `.data/pg` in the
checkout and is reused by every later run. This module imports nothing from
Django so the Makefile can call it before settings exist:

    python -m carbon.core.devdb start   # start (or reuse) and print the database URL
    python -m carbon.core.devdb stop    # stop the server

It also keeps the generated SECRET_KEY (`.data/secret_key`) that settings read
when SECRET_KEY is unset, so `manage.py` works in any shell of the checkout.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import warnings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = Path(os.environ.get("CARBON_DATA_DIR", BASE_DIR / ".data"))
PGDATA = DATA_DIR / "pg"
DATABASE_NAME = "carbon"
# Settings applied once, when the cluster is first created. The platform runs a
# web server, four worker clusters and concurrent test threads against it.
SERVER_SETTINGS = {
    "max_connections": "300",
    "shared_buffers": "256MB",
    "work_mem": "16MB",
    "maintenance_work_mem": "128MB",
    "max_wal_size": "2GB",
    "fsync": "on",
}


def _server():
    warnings.filterwarnings("ignore", module="platformdirs")
    import pgserver  # noqa: PLC0415 - dev-only dependency, loaded when the embedded database is used

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return pgserver.get_server(PGDATA, cleanup_mode=None)


def _configure(server) -> None:
    marker = PGDATA / ".carbon-configured"
    if marker.exists():
        return
    for name, value in SERVER_SETTINGS.items():
        server.psql(f"ALTER SYSTEM SET {name} = '{value}';")
    _restart(server)
    marker.write_text("ok\n")


def _pg_bin(name: str) -> str:
    from pgserver._commands import POSTGRES_BIN_PATH  # noqa: PLC0415 - dev-only dependency

    return str(Path(POSTGRES_BIN_PATH) / name)


def _run_as_server_user(server, args: list[str]) -> None:
    user = getattr(server, "system_user", None)
    if user:
        args = ["su", "-s", "/bin/sh", user, "-c", " ".join(args)]
    # The postmaster inherits stdout; never pipe it or this call waits forever.
    subprocess.run(
        args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _restart(server) -> None:
    log = PGDATA / "log"  # the file pgserver itself logs to
    _run_as_server_user(
        server,
        [_pg_bin("pg_ctl"), "-D", str(PGDATA), "-l", str(log), "-w", "restart"],
    )


def start() -> str:
    """Start (or reuse) the embedded server and return the project's database URL."""
    server = _server()
    _configure(server)
    server = _server()
    exists = server.psql(
        f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';"  # noqa: S608
    )
    if "1 row" not in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    return server.get_uri(DATABASE_NAME)


def stop() -> None:
    if not (PGDATA / "postmaster.pid").exists():
        return
    server = _server()
    _run_as_server_user(
        server, [_pg_bin("pg_ctl"), "-D", str(PGDATA), "-w", "stop", "-m", "fast"]
    )


def secret_key() -> str:
    """The generated SECRET_KEY under .data/, created on first use (mode 0600)."""
    path = DATA_DIR / "secret_key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it first: read theirs
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(50) + "\n")
    return path.read_text().strip()


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "start"
    if command == "start":
        print(start())
    elif command == "stop":
        stop()
    else:
        print(f"usage: python -m carbon.core.devdb [start|stop], not {command!r}")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
