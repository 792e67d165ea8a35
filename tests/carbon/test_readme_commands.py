import os
import re
import signal
import subprocess
import time
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from tests.databases import database_url

pytestmark = pytest.mark.slow

README = Path(settings.BASE_DIR) / "README.md"
# Commands that serve until stopped (or drain a queue): they must start cleanly.
LONG_RUNNING = ("qcluster", "ai_match_worker")


def _long_running(command: str) -> bool:
    return any(name in command for name in LONG_RUNNING)


def readme_manage_commands() -> list[str]:
    """Every `manage.py` line of the README: code blocks and inline code."""
    text = README.read_text()
    lines = []
    in_fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        if (in_fence or line.startswith("    ")) and "manage.py" in line:
            lines.append(line.strip())
        elif not in_fence:
            lines.extend(
                span for span in re.findall(r"`([^`]+)`", line) if "manage.py " in span
            )
    return lines


@pytest.fixture(scope="module")
def fresh_checkout_env(django_db_blocker, tmp_path_factory):
    params = connection.get_connection_params()
    name = f"{settings.DATABASES['default']['NAME']}_readme"
    admin = {k: v for k, v in params.items() if k in ("host", "port", "user")}
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    env["DATABASE_URL"] = database_url(name)
    env["CARBON_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    env["LOG_LEVEL"] = "WARNING"
    migrate = _run(".venv/bin/python manage.py migrate --noinput", env)
    assert migrate.returncode == 0, migrate.stderr
    yield env
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(command: str, env: dict, timeout: float = 300):
    return subprocess.run(
        ["bash", "-c", command],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_readme_shows_the_operator_commands():
    commands = readme_manage_commands()
    assert any("create_organization" in command for command in commands)
    assert all(".venv/bin/python manage.py" in command for command in commands)


def test_migrate_alone_creates_the_cache_table_and_the_token_endpoint_works(
    fresh_checkout_env,
):
    organization = _run(
        ".venv/bin/python manage.py create_organization Cache"
        " --admin-email cache@example.test --admin-password pw-cache-2026",
        fresh_checkout_env,
    )
    assert organization.returncode == 0, organization.stderr
    probe = (
        "from django.test import Client; import json; "
        "r = Client().post('/api/v1/auth/token/', json.dumps({'email': "
        "'cache@example.test', 'password': 'pw-cache-2026'}), "
        "content_type='application/json', HTTP_HOST='localhost', secure=True); "
        "print(r.status_code)"
    )
    token = _run(f'.venv/bin/python manage.py shell -c "{probe}"', fresh_checkout_env)
    assert token.stdout.strip().splitlines()[-1] == "200", token.stderr


SHORT = [c for c in readme_manage_commands() if not _long_running(c)]
LONG = [c for c in readme_manage_commands() if _long_running(c)]


def test_readme_commands_work_as_written_in_order(fresh_checkout_env):
    """In README order, in one database, as an operator would run them (a later
    command may use what an earlier one created)."""
    failures = []
    for command in SHORT:
        result = _run(command, fresh_checkout_env)
        if result.returncode != 0 or "Traceback" in result.stderr:
            failures.append(f"{command}\n{result.stderr[-2000:]}")
    assert not failures, "\n\n".join(failures)


def test_readme_long_running_commands_start_as_written(fresh_checkout_env):
    assert len(LONG) >= 4
    processes = [
        subprocess.Popen(
            ["bash", "-c", command],
            cwd=settings.BASE_DIR,
            env=fresh_checkout_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        for command in LONG
    ]
    time.sleep(12)
    # Running, or done and successful (ai_match_worker drains what is pending).
    healthy = [process.poll() in (None, 0) for process in processes]
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    errors = [process.communicate(timeout=60)[1] for process in processes]
    assert healthy == [True] * len(LONG), errors
    assert not [error for error in errors if "Traceback" in error]
