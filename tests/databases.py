"""Database URLs for the processes a test starts (servers, workers, manage.py).

The test database may be reached over TCP (DATABASE_URL) or over the embedded
server's Unix socket (a directory as host): both spell differently in a URL.
"""

from __future__ import annotations

from urllib.parse import quote

from django.db import connection


def database_url(
    name: str | None = None, *, host: str | None = None, port: int | None = None
) -> str:
    """The test database's URL; `name`, `host` or `port` swap that part."""
    conf = connection.settings_dict
    name = name or conf["NAME"]
    host = host or conf["HOST"] or conf.get("OPTIONS", {}).get("host", "")
    port = port or conf["PORT"] or 5432
    user = quote(conf["USER"] or "")
    password = quote(conf["PASSWORD"] or "")
    if host.startswith("/"):
        return f"postgresql://{user}:{password}@/{name}?host={quote(host)}&port={port}"
    return f"postgresql://{user}:{password}@{host}:{port}/{name}"


def upstream_address() -> str | tuple[str, int]:
    """Where the test database listens: a socket file path or (host, port)."""
    params = connection.get_connection_params()
    host, port = params.get("host") or "127.0.0.1", int(params.get("port") or 5432)
    if host.startswith("/"):
        return f"{host}/.s.PGSQL.{port}"
    return host, port
