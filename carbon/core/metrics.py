"""Prometheus metrics. Multi-process safe when PROMETHEUS_MULTIPROC_DIR is set
(gunicorn workers and django-q workers each write their own files)."""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client import REGISTRY as DEFAULT_REGISTRY

HTTP_REQUESTS = Counter(
    "carbon_http_requests_total",
    "HTTP requests answered",
    ["method", "status"],
)
HTTP_LATENCY = Histogram(
    "carbon_http_request_duration_seconds",
    "HTTP request latency",
    ["method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
JOBS_FINISHED = Counter(
    "carbon_jobs_finished_total",
    "Background job attempts by kind, profile and outcome",
    ["kind", "profile", "outcome"],
)


def render_latest() -> tuple[bytes, str]:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = DEFAULT_REGISTRY
    return generate_latest(registry), CONTENT_TYPE_LATEST
