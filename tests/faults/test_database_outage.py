import os
import signal
import subprocess
import sys
import time
from decimal import Decimal

import pytest
import requests
from django.conf import settings
from rest_framework.authtoken.models import Token

from accounts.models import Role
from sites.models import Reading
from tests.databases import database_url, upstream_address
from tests.faults.proxy import CuttableProxy, _free_port
from tests.sites.factories import SiteFactory
from tests.sites.helpers import stamp

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def proxy():
    proxy = CuttableProxy(upstream_address())
    proxy.start()
    yield proxy
    proxy.cut()


@pytest.fixture
def web(proxy):
    """gunicorn serving the test database through the proxy."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carbon.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": "fault-test-secret",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url(host="127.0.0.1", port=proxy.port),
        "LOG_LEVEL": "ERROR",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "carbon.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "2",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(f"{base}/healthz", timeout=2)
            break
        except requests.RequestException:
            time.sleep(0.3)
    yield base
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def _batch(site, minutes):
    return {
        "site_id": str(site.pk),
        "readings": [{"timestamp": stamp(m), "value": "1.5"} for m in minutes],
    }


def test_database_outage_is_503_with_retry_after_and_retries_are_exact(
    member, organization, proxy, web
):
    site = SiteFactory(organization=organization, emission_limit=Decimal(1000))
    token = Token.objects.create(user=member(Role.ANALYST)).key
    headers = {"Authorization": f"Token {token}"}
    url = f"{web}/api/v1/ingest/"
    first = requests.post(url, json=_batch(site, [30, 29]), headers=headers, timeout=10)
    assert first.status_code == 201, first.text

    second = _batch(site, [20, 19])  # built once: every retry resends the same body
    proxy.cut()
    during = requests.post(url, json=second, headers=headers, timeout=30)
    assert during.status_code == 503
    assert during.headers["Content-Type"].startswith("application/problem+json")
    assert int(during.headers["Retry-After"]) > 0
    assert during.json()["code"] == "service_unavailable"
    assert "Traceback" not in during.text

    proxy.start()
    retried = requests.post(url, json=second, headers=headers, timeout=10)
    again = requests.post(url, json=second, headers=headers, timeout=10)
    assert retried.status_code == 201, retried.text
    assert (again.json()["accepted"], again.json()["duplicates"]) == (0, 2)
    assert again.json()["total_emissions_to_date"] == "6.000"
    site.refresh_from_db()
    assert site.total_emissions_to_date == Decimal("6.000")
    assert Reading.objects.filter(site=site).count() == 4
