import os
import re
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


def test_make_run_serves_the_platform_and_sigterm_stops_every_child(tmp_path):
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}},
        "PORT": str(port),
        "AI_SERVICE_PORT": str(_free_port()),
        "DJANGO_SETTINGS_MODULE": "carbon.settings.base",
        "CARBON_DATA_DIR": str(tmp_path),
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
        _assert_no_debug_pages(base)
        assert (tmp_path / "secret_key").exists()
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


def _assert_no_debug_pages(base: str) -> None:
    evil = requests.get(f"{base}/", headers={"Host": "evil.test"}, timeout=10)
    unknown = requests.get(f"{base}/no-such-page/", timeout=10)
    assert evil.status_code == 400
    assert unknown.status_code == 404
    for response in (evil, unknown):
        assert "Traceback" not in response.text
        assert "DisallowedHost" not in response.text
        assert "URLconf" not in response.text
        assert "SECRET_KEY" not in response.text
    login = requests.get(f"{base}/accounts/login/", timeout=10).text
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', login)[1]
    assert requests.get(base + stylesheet, timeout=10).status_code == 200


def test_make_run_is_debug_off_and_make_dev_debug_on(monkeypatch):
    from carbon.launcher import Launcher

    monkeypatch.delenv("DEBUG", raising=False)
    assert not Launcher().debug
    assert Launcher(dev=True).debug
    assert Launcher(dev=True).env["DEBUG"] == "true"
