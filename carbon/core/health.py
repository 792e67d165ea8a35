"""Liveness, readiness and Prometheus endpoints (no auth, no session)."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from carbon.core.metrics import render_latest


@never_cache
@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as exc:  # any database failure means not ready
        return JsonResponse(
            {
                "status": "unavailable",
                "database": "unreachable",
                "detail": str(exc)[:200],
            },
            status=503,
        )
    if pending:
        return JsonResponse(
            {
                "status": "unavailable",
                "database": "ok",
                "pending_migrations": len(pending),
            },
            status=503,
        )
    return JsonResponse({"status": "ok", "database": "ok", "pending_migrations": 0})


@never_cache
@require_GET
def metrics(request):
    body, content_type = render_latest()
    return HttpResponse(body, content_type=content_type)
