import os
import subprocess
import sys

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_database_and_migrations(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["pending_migrations"] == 0


def test_metrics_is_prometheus_text(client):
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert b"carbon_jobs_finished_total" in response.content
    assert b"carbon_http_requests_total" in response.content


def test_schema_and_docs_are_served(client):
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/sites/" in schema.content
    assert client.get("/api/docs/").status_code == 200


def test_check_deploy_is_clean_with_debug_off():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carbon.settings.production",
        "SECRET_KEY": "k" * 20 + "Zq9!x#Lm2@Vb7$Nc4%Rt8^Hy1&Jd6*Pw3(Ks5)",
        "ALLOWED_HOSTS": "carbon.example.org",
        "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
    }
    env.pop("SECURE_SSL_REDIRECT", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for Playwright by tests/browser
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
