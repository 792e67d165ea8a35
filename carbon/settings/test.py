"""Test settings: same PostgreSQL path as development, tasks run in-process."""

import os
import tempfile

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("LOG_FORMAT", "console")
os.environ.setdefault("LOG_LEVEL", "WARNING")

from carbon.settings.base import *
from carbon.settings.base import Q_CLUSTER

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
JOB_RETRY_BACKOFF_SECONDS = 0
MEDIA_ROOT = tempfile.mkdtemp(prefix="carbon-test-media-")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"auth_token": "5/min", "auth_token_account": "5/min"},
}
LOGIN_FAILED_DELAY_SECONDS = 0

# The model indexes factor titles and MCC titles only: embedding all 22,800 phrases
# takes minutes on two cores (bench and `make run` use the full index).
MATCH_MODEL_PHRASE_KINDS = ["title", "mcc"]
