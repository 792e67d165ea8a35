"""Settings shared by every environment, configured from environment variables."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = BASE_DIR / ".data"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)


def _secret_key() -> str:
    """SECRET_KEY, else the one generated under .data/ (what `make run` uses)."""
    key = env("SECRET_KEY", default="")
    if key:
        return key
    from carbon.core import devdb  # noqa: PLC0415 - only when SECRET_KEY is unset

    return devdb.secret_key()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    # Swagger UI's bundle served from the project's static files (no CDN: /api/docs/
    # works offline and under the same CSP as every page).
    "drf_spectacular_sidecar",
    "django_filters",
    "django_tables2",
    "django_htmx",
    "template_partials",
    "django_q",
    "allauth",
    "allauth.account",
    "carbon.core.apps.CoreConfig",
    "carbon.apps.ProjectConfig",
    "carbon.jobs.apps.JobsConfig",
    "accounts.apps.AccountsConfig",
    "sites.apps.SitesConfig",
    "matching.factors.apps.FactorsConfig",
    "ingestion.apps.IngestionConfig",
    "matching.apps.MatchingConfig",
    "reporting.apps.ReportingConfig",
    "reporting.mrv.apps.MrvConfig",
    "reporting.registry.apps.RegistryConfig",
    "reporting.issues.apps.IssuesConfig",
]

MIDDLEWARE = [
    "carbon.core.middleware.RequestIdMiddleware",
    "carbon.core.middleware.MetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "carbon.core.middleware.ApiProblemMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "carbon.core.middleware.ObjectDoesNotExistMiddleware",
]

ROOT_URLCONF = "carbon.urls"
WSGI_APPLICATION = "carbon.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.membership",
            ],
        },
    },
]


def _database_url() -> str:
    """DATABASE_URL, else the embedded PostgreSQL under .data/ (started on demand)."""
    url = env("DATABASE_URL", default="")
    if url:
        return url
    from carbon.core import devdb  # noqa: PLC0415 - starts a server: only without DATABASE_URL

    return devdb.start()


DATABASES = {"default": env.db_url_config(_database_url())}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# An API request that cannot reach the database answers 503 with this Retry-After.
DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS = env.int(
    "DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS", default=5
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, refusing members that are not active.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ModelBackend",
    "accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "account_login"

# django-allauth: email is the login, no usernames.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_ALLOW_REGISTRATION = env.bool("ACCOUNT_ALLOW_REGISTRATION", default=False)
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_LOGOUT_ON_GET = False
# Failed HTML logins are limited per client address and per (client, account) pair
# (accounts.adapters): a guesser is slowed and stopped, the owner is not locked out.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env("ACCOUNT_LOGIN_FAILED_RATE", default="10/m/ip,5/300s/key")
}
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("NUM_PROXIES", default=0)
LOGIN_FAILED_DELAY_SECONDS = env.float("LOGIN_FAILED_DELAY_SECONDS", default=1.0)
EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@carbon.localhost")
# Invitations (members page, POST /api/v1/members/): one-time links, mailed through
# EMAIL_BACKEND; the members page also shows the link while email only reaches the
# console (no mail is really delivered).
INVITATION_TTL_DAYS = env.int("INVITATION_TTL_DAYS", default=7)
INVITATION_LINK_SHOWN = env.bool(
    "INVITATION_LINK_SHOWN",
    default=EMAIL_BACKEND.rsplit(".", 2)[-2] in {"console", "locmem", "dummy"},
)

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))

# File storage: the local folder by default, S3 (django-storages) when STORAGE=s3.
STORAGE_BACKEND = env("STORAGE", default="local")
if STORAGE_BACKEND == "s3":
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "access_key": env("AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
        },
    }
else:
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _default_storage,
    "staticfiles": {
        "BACKEND": "carbon.core.staticfiles.StaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Request and upload size limits.
UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_BYTES", default=200 * 1024 * 1024)
# Longest accepted name of an uploaded file (UTF-8 bytes), for every upload path
# (carbon.core.uploads); the name stored on disk is capped below 255 bytes whatever this is.
UPLOAD_FILENAME_MAX_BYTES = env.int("UPLOAD_FILENAME_MAX_BYTES", default=200)
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_BODY_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
API_MAX_JSON_DEPTH = env.int("API_MAX_JSON_DEPTH", default=32)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["accounts.permissions.IsOrganizationMember"],
    "DEFAULT_PARSER_CLASSES": ["carbon.core.api.parsers.JSONObjectParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PAGINATION_CLASS": "carbon.core.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "carbon.core.api.exceptions.problem_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {
        "auth_token": env("THROTTLE_AUTH_TOKEN", default="10/min"),
        "auth_token_account": env("THROTTLE_AUTH_TOKEN_ACCOUNT", default="10/min"),
    },
    # X-Forwarded-For is trusted only behind this many proxies (0: REMOTE_ADDR).
    "NUM_PROXIES": env.int("NUM_PROXIES", default=0),
    "COERCE_DECIMAL_TO_STRING": True,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Emissions data platform API",
    "DESCRIPTION": "Activities to emissions, exactly-once site ingestion, jobs.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "IngestionIssueStatusEnum": "reporting.issues.models.IngestionIssue.Status",
        "MembershipStatusEnum": "accounts.models.MembershipStatus",
    },
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "carbon_cache",
    }
}

# Background work: django-q2, one cluster per profile (DESIGN.md). The ORM broker
# keeps the default path free of Redis; REDIS_URL switches every cluster to Redis.
REDIS_URL = env("REDIS_URL", default="")
_q_broker = {"redis": REDIS_URL} if REDIS_URL else {"orm": "default"}
Q_CLUSTER = {
    "name": "default",
    "workers": env.int("Q_DEFAULT_WORKERS", default=2),
    "timeout": 120,
    "retry": 180,
    "max_attempts": 3,
    "recycle": 500,
    "max_rss": 300_000,
    "queue_limit": 50,
    "poll": 0.5,
    "catch_up": False,
    "ack_failures": True,
    "save_limit": 1000,
    "label": "Tasks",
    **_q_broker,
    "ALT_CLUSTERS": {
        "io": {
            "workers": env.int("Q_IO_WORKERS", default=2),
            "timeout": 3600,
            "retry": 3700,
            "max_attempts": 3,
            "recycle": 20,
            "max_rss": 600_000,
        },
        "cpu": {
            "workers": env.int("Q_CPU_WORKERS", default=2),
            "timeout": 1800,
            "retry": 1900,
            "max_attempts": 3,
            "recycle": 20,
            "max_rss": 800_000,
        },
        "ai": {
            "workers": env.int("Q_AI_WORKERS", default=10),
            "timeout": 1500,
            "retry": 1600,
            "max_attempts": 5,
            "recycle": 50,
            "max_rss": 400_000,
        },
    },
}
# The upload pipeline, per upload kind: each step is (name, step function, profile),
# run in order as tracked jobs. Each app owns its step's function (upload -> what it
# did); the one owner, ingestion.services.pipeline, runs them by these paths, so no
# step imports the app above it and none names the step after it.
_MRV_PIPELINE = (
    ("parse", "ingestion.plants.services.mrv_upload_parse", "io"),
    ("calculate", "reporting.mrv.services.upload_removals_calculate", "cpu"),
)
UPLOAD_PIPELINES = {
    "activities": (
        ("parse", "ingestion.services.parse.upload_parse", "io"),
        ("match", "matching.services.pipeline.upload_match", "cpu"),
        ("calculate", "reporting.services.upload_calculate", "cpu"),
    ),
    "lab_results": _MRV_PIPELINE,
    "sensor_readings": _MRV_PIPELINE,
    "plant_operations": _MRV_PIPELINE,
}
# What a parsed activities upload must pass before it is read again (a corrected
# mapping or currency deletes its rows and results): rules of the apps above
# ingestion, run by path like the pipeline's steps. Each raises an ApplicationError.
UPLOAD_REREAD_CHECKS = ("reporting.services.upload_reread_check",)

# Retries of tracked jobs (carbon.jobs): attempts per profile and the backoff base.
JOB_MAX_ATTEMPTS = {"default": 3, "io": 3, "cpu": 3, "ai": 5}
JOB_RETRY_BACKOFF_SECONDS = env.float("JOB_RETRY_BACKOFF_SECONDS", default=10.0)
# The fair queue: how many of one organization's jobs of a profile may be with the
# cluster at once (0: no limit). The rest wait, oldest first, so one organization's
# big upload or burst of uploads leaves the other workers to everyone else.
JOB_ORGANIZATION_SHARE = {
    "default": env.int("JOB_ORGANIZATION_SHARE_DEFAULT", default=0),
    "io": env.int("JOB_ORGANIZATION_SHARE_IO", default=1),
    "cpu": env.int("JOB_ORGANIZATION_SHARE_CPU", default=1),
    "ai": env.int("JOB_ORGANIZATION_SHARE_AI", default=0),
}

# External AI matching service; the built-in local matcher is used when unset.
AI_MATCHING_URL = env("AI_MATCHING_URL", default="")

PROMETHEUS_MULTIPROC_DIR = env("PROMETHEUS_MULTIPROC_DIR", default="")

LOG_LEVEL = env("LOG_LEVEL", default="INFO")
# Human-readable by default (make run, a terminal); production.py defaults to JSON.
LOG_FORMAT = env("LOG_FORMAT", default="console")
from carbon.core.logging import build_logging_config

LOGGING = build_logging_config(level=LOG_LEVEL, fmt=LOG_FORMAT)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): scripts only from our static files, never
# inline. Style attributes stay allowed for the server-rendered meter widths.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# HTTPS hardening: on whenever DEBUG is off (`manage.py check --deploy` is clean);
# each switch can be turned off for a plain-HTTP deployment behind a trusted proxy.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG

WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Site readings ingestion (sites/): partitions, idempotency keys, outbox relay.
READING_MAX_KG = env.str("READING_MAX_KG", default="1000000")  # kg CH4 per reading
READINGS_PARTITIONS_AHEAD = env.int("READINGS_PARTITIONS_AHEAD", default=3)
READINGS_PARTITIONS_ON_DEMAND_MONTHS = env.int(
    "READINGS_PARTITIONS_ON_DEMAND_MONTHS", default=24
)
READINGS_DDL_LOCK_TIMEOUT = env("READINGS_DDL_LOCK_TIMEOUT", default="2s")
IDEMPOTENCY_KEY_TTL_HOURS = env.int("IDEMPOTENCY_KEY_TTL_HOURS", default=48)
IDEMPOTENCY_LEASE_SECONDS = env.int("IDEMPOTENCY_LEASE_SECONDS", default=60)
OUTBOX_LEASE_SECONDS = env.int("OUTBOX_LEASE_SECONDS", default=60)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=12)
OUTBOX_RETENTION_DAYS = env.int("OUTBOX_RETENTION_DAYS", default=7)
WEBHOOK_TIMEOUT_SECONDS = env.float("WEBHOOK_TIMEOUT_SECONDS", default=5.0)


# Activities to emissions (ingestion, matching, reporting).
MATCHER_CLASS = env("MATCHER_CLASS", default="matching.matchers.local.LocalMatcher")
# Below this confidence a match is `needs_review` (the local matcher's cosine score).
# A match at or above it is `matched` (no review). Calibrated: on the labelled
# activity lines (tests/matching) text matches at >= 0.6 are right 95 % of the time
# (bench/matching_quality.py prints the curve); spend-vocabulary rules score 0.95.
MATCH_CONFIDENCE_THRESHOLD = env.float("MATCH_CONFIDENCE_THRESHOLD", default=0.6)
# Score multiplier for factors outside the activity's region (1.0 = no preference).
MATCH_REGION_PENALTY = env.float("MATCH_REGION_PENALTY", default=0.6)
# Rows per COPY chunk while parsing; the checkpoint moves once per chunk.
PARSE_CHUNK_ROWS = env.int("PARSE_CHUNK_ROWS", default=20_000)
# XLSX caps (decompression bombs): checked on the ZIP directory before reading,
# then per row. Rows, columns and cell size default to Excel's own limits or less.
XLSX_MAX_UNCOMPRESSED_BYTES = env.int(
    "XLSX_MAX_UNCOMPRESSED_BYTES", default=512 * 1024 * 1024
)
XLSX_MAX_COMPRESSION_RATIO = env.int("XLSX_MAX_COMPRESSION_RATIO", default=100)
XLSX_MAX_ROWS = env.int("XLSX_MAX_ROWS", default=1_048_576)
XLSX_MAX_COLUMNS = env.int("XLSX_MAX_COLUMNS", default=1_000)
XLSX_MAX_CELL_CHARS = env.int("XLSX_MAX_CELL_CHARS", default=32_767)

# External AI matching client (matching/ai). Switched on by AI_MATCHING_URL above;
# README "AI matching service" documents each setting.
AI_MATCHING_MAX_IN_FLIGHT = env.int("AI_MATCHING_MAX_IN_FLIGHT", default=10)
AI_MATCHING_BATCH_SIZE = env.int("AI_MATCHING_BATCH_SIZE", default=100)
AI_MATCHING_TIMEOUT_SECONDS = env.float("AI_MATCHING_TIMEOUT_SECONDS", default=900.0)
AI_MATCHING_CONNECT_TIMEOUT_SECONDS = env.float(
    "AI_MATCHING_CONNECT_TIMEOUT_SECONDS", default=10.0
)
AI_MATCHING_LEASE_MARGIN_SECONDS = env.float(
    "AI_MATCHING_LEASE_MARGIN_SECONDS", default=60.0
)
AI_MATCHING_MAX_ATTEMPTS = env.int("AI_MATCHING_MAX_ATTEMPTS", default=6)
AI_MATCHING_ITEM_MAX_ATTEMPTS = env.int("AI_MATCHING_ITEM_MAX_ATTEMPTS", default=3)
AI_MATCHING_BACKOFF_BASE_SECONDS = env.float(
    "AI_MATCHING_BACKOFF_BASE_SECONDS", default=5.0
)
AI_MATCHING_BACKOFF_MAX_SECONDS = env.float(
    "AI_MATCHING_BACKOFF_MAX_SECONDS", default=300.0
)
AI_MATCHING_SLOT_POLL_SECONDS = env.float("AI_MATCHING_SLOT_POLL_SECONDS", default=1.0)
AI_MATCHING_SLOT_GRACE_SECONDS = env.float(
    "AI_MATCHING_SLOT_GRACE_SECONDS", default=1.0
)
AI_MATCHING_BREAKER_THRESHOLD = env.int("AI_MATCHING_BREAKER_THRESHOLD", default=5)
AI_MATCHING_BREAKER_COOLDOWN_SECONDS = env.float(
    "AI_MATCHING_BREAKER_COOLDOWN_SECONDS", default=300.0
)
AI_MATCHING_FALLBACK = env.bool("AI_MATCHING_FALLBACK", default=True)
# The AI matching service's model (matching/service, ARCHITECTURE.md ADR-4.4d): its
# confidence is a calibrated probability of being right; at or above this an answer
# is `matched`, below it goes to review (measured: matched precision >= 0.95).
AI_MATCHING_CONFIDENCE_THRESHOLD = env.float(
    "AI_MATCHING_CONFIDENCE_THRESHOLD", default=0.95
)
# Which knowledge phrases the model's index holds (tests use a slice: titles and MCCs).
MATCH_MODEL_PHRASE_KINDS = env.list(
    "MATCH_MODEL_PHRASE_KINDS",
    default=["title", "description", "example", "index", "instance", "product", "mcc"],
)
# A new line this close (cosine) to one an organization confirmed takes its factor.
MATCH_MODEL_EXAMPLE_SIMILARITY = env.float(
    "MATCH_MODEL_EXAMPLE_SIMILARITY", default=0.9
)

# External programs run as tasks (carbon/core/programs.py): address-space cap per process.
PROGRAM_MAX_ADDRESS_SPACE_BYTES = env.int(
    "PROGRAM_MAX_ADDRESS_SPACE_BYTES", default=4 * 1024**3
)

# Public registry (reporting/registry): the operator organization whose admins and
# analysts are registry staff, document limits, anonymous API rate and caching.
REGISTRY_OPERATOR_ORGANIZATION = env("REGISTRY_OPERATOR_ORGANIZATION", default="CCX")
REGISTRY_DOCUMENT_MAX_BYTES = env.int(
    "REGISTRY_DOCUMENT_MAX_BYTES", default=50 * 1024 * 1024
)
REGISTRY_PUBLIC_RATE = env("REGISTRY_PUBLIC_RATE", default="120/min")
REGISTRY_PUBLIC_MAX_AGE = env.int("REGISTRY_PUBLIC_MAX_AGE", default=60)
# How far back ingestion-issue detection looks (reporting/issues; the name predates
# the app and stays, so deployments keep their setting).
REGISTRY_ISSUE_LOOKBACK_DAYS = env.int("REGISTRY_ISSUE_LOOKBACK_DAYS", default=14)
