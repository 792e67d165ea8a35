import os
import signal
import socket
import subprocess
import sys
import time

import pytest
import requests
from django.conf import settings

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children_of(pid: int) -> list[int]:
    out = subprocess.run(
        ["ps", "-eo", "pid=,ppid="], capture_output=True, text=True
    ).stdout
    pairs = [tuple(map(int, line.split())) for line in out.splitlines() if line.strip()]
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, ppid in pairs if ppid == parent]
        found.extend(kids)
        frontier.extend(kids)
    return found


def _wait_ready(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=10).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} never answered 200")


def test_make_run_serves_the_platform_and_sigterm_stops_every_child():
    port = _free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "AI_SERVICE_PORT": str(_free_port()),
        "DJANGO_SETTINGS_MODULE": "carbon.settings.base",
        "DEBUG": "true",
    }
    launcher = subprocess.Popen(
        [sys.executable, "-m", "carbon.launcher", "run"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children: list[int] = []
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_ready(f"{base}/readyz", timeout=120)
        for path in ("/accounts/login/", "/admin/login/", "/api/docs/", "/healthz"):
            assert requests.get(base + path, timeout=10).status_code == 200, path
        time.sleep(3)
        children = _children_of(launcher.pid)
        commands = subprocess.run(
            ["ps", "-o", "args=", "-p", ",".join(map(str, children))],
            capture_output=True,
            text=True,
        ).stdout
        assert commands.count("qcluster") >= 4
        assert "gunicorn" in commands
    finally:
        launcher.send_signal(signal.SIGTERM)
        launcher.wait(timeout=60)
    time.sleep(1)
    alive = [pid for pid in children if os.path.exists(f"/proc/{pid}")]
    assert alive == []
