"""The AI matching service: one long-lived process that holds the model
(matching.service.model: sentence embeddings over the factor library and the public
taxonomies, a learned scorer, calibrated confidence) and answers the platform's
batches over HTTP. Workers never load the model; they call this.

A small threaded HTTP server (standard library only) that also behaves like the slow
external service the client was built for (few concurrent requests, each slow): its
latency is stretchable and its faults injectable, for tests and benchmarks.

    python -m matching.service --port 8001 [--latency 600] [--time-scale 0.01]

Contract (JSON in and out, UTF-8):

``POST /v1/match``
    ``{"batch_id": "optional string", "items": [{"id": "k1", "description": "Diesel",
    "unit": "litre", "category": "fuel", "amount": "12.5", "region": "GB",
    "currency": "", "supplier": "", "merchant_type": "5812", "country": "GB"}],
    "organization": "<uuid>"}`` (``region``/``currency``/``amount``/``supplier``/
    ``merchant_type`` (an MCC or its title), ``country`` (the organization's, where
    the vocabulary's brand names hold) and ``organization`` (whose confirmed
    decisions apply) optional; at most
    ``--max-items`` items) → 200 ``{"batch_id": …, "model": "…", "results": [{"id": "k1",
    "factor_id": "<uuid or null>", "confidence": 0.83, "rationale": "…",
    "alternatives": [{"factor_id": "<uuid>", "reason": "…"}]}]}``, one result per
    item (``alternatives``, the next best factors offered in review, optional),
    after the configured latency.
    400 ``{"error": …}`` for a body that is not such an object; 413 over max items;
    429 with ``Retry-After`` (seconds; fractional when time-scaled) when
    ``--max-in-flight`` requests are already being served; 500 on an injected error.
``GET /v1/stats``
    counters since start (or the last ``POST /v1/stats/reset``): ``in_flight``,
    ``max_in_flight`` (the most match requests ever being served at once, counted on
    arrival, so a client that overruns the limit shows up as more than the limit),
    ``requests``, ``completed``, ``rejected_busy``, the injected faults, ``items`` and
    ``requests_by_batch``.
``GET /healthz``
    ``{"status": "ok"}`` (``"loading"`` while the model loads; matches then get 503
    with ``Retry-After``).

Latency is ``--latency`` seconds (default 600, ten minutes) times ``--time-scale``
(default 1); the matching itself counts towards it. A request whose client hangs up
stops being served (and leaves ``in_flight``) at once, like a real server that
cancels abandoned work.

Fault injection, each a probability per request (per item for the last two):
``--error-rate`` (500), ``--busy-rate`` (429 although not busy), ``--hang-rate``
(no answer for ``--hang-seconds``, scaled, or until the client gives up),
``--malformed-rate`` (200 with a body that is not JSON), ``--unknown-factor-rate``
(an item answered with a factor id that does not exist) and ``--missing-rate`` (an
item left out of the answer). Every flag also reads ``AI_SERVICE_<FLAG>`` from the
environment (``AI_SERVICE_TIME_SCALE=0.01``).

Matching: the service loads Django and answers with the model over the factor
library in the same database (one library, no second copy); tests and benchmarks
may inject any ``match_fn`` instead.
"""

from __future__ import annotations

import argparse
import inspect
import json
import logging
import math
import os
import random
import select
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

logger = logging.getLogger("matching.service")

# items (dicts with id, description, unit, category, amount, region, currency,
# supplier, merchant_type, country) and the organization id (or "") -> results
# (dicts with id, factor_id, confidence, rationale and optional alternatives), one
# per item.
MatchFn = Callable[..., list[dict]]
MODEL = "minilm-knowledge-v1"


@dataclass
class ServiceConfig:
    latency: float = 600.0
    time_scale: float = 1.0
    max_in_flight: int = 10
    max_items: int = 5000
    retry_after: float = 30.0
    error_rate: float = 0.0
    busy_rate: float = 0.0
    hang_rate: float = 0.0
    hang_seconds: float = 3600.0
    malformed_rate: float = 0.0
    unknown_factor_rate: float = 0.0
    missing_rate: float = 0.0
    seed: int | None = None

    def scaled(self, seconds: float) -> float:
        return seconds * self.time_scale


_FLAGS = [
    ("latency", float, "seconds one match request takes (before --time-scale)"),
    ("time_scale", float, "multiplier for every duration (0.001 in tests)"),
    ("max_in_flight", int, "requests served at once; more get 429"),
    ("max_items", int, "items per request; more get 413"),
    ("retry_after", float, "Retry-After seconds on 429 (before --time-scale)"),
    ("error_rate", float, "probability of an injected 500"),
    ("busy_rate", float, "probability of an injected 429"),
    ("hang_rate", float, "probability of a hang"),
    ("hang_seconds", float, "how long a hang lasts (before --time-scale)"),
    ("malformed_rate", float, "probability of a 200 whose body is not JSON"),
    ("unknown_factor_rate", float, "per item: probability of a made-up factor id"),
    ("missing_rate", float, "per item: probability of leaving it out"),
    ("seed", int, "random seed for fault injection"),
]


@dataclass
class ServiceStats:
    in_flight: int = 0
    max_in_flight: int = 0
    requests: int = 0
    completed: int = 0
    rejected_busy: int = 0
    rejected_invalid: int = 0
    injected_errors: int = 0
    injected_busy: int = 0
    injected_hangs: int = 0
    injected_malformed: int = 0
    injected_unknown_factors: int = 0
    injected_missing: int = 0
    disconnected: int = 0
    items: int = 0
    requests_by_batch: dict[str, int] = field(default_factory=dict)


class ClientGone(Exception):
    pass


class MatchingService:
    """The service's state: config, counters, fault dice and the matcher."""

    def __init__(
        self, config: ServiceConfig, match_fn: MatchFn, *, ready: bool = True
    ) -> None:
        self.config = config
        self.match_fn = match_fn
        # Set once the model and its index are loaded; until then 503 + Retry-After.
        self.ready = threading.Event()
        if ready:
            self.ready.set()
        self.stats = ServiceStats()
        self.lock = threading.Lock()
        self.random = random.Random(config.seed)
        # Injected matchers (tests) may take the items alone.
        parameters = inspect.signature(match_fn).parameters
        self.takes_organization = "organization" in parameters
        self.takes_classes = "classes" in parameters

    def match(
        self, items: list[dict], organization: str, classes: dict | None = None
    ) -> list[dict]:
        extra = {}
        if self.takes_organization:
            extra["organization"] = organization
        if self.takes_classes:
            extra["classes"] = classes or {}
        return self.match_fn(items, **extra)

    def roll(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self.lock:
            return self.random.random() < rate

    def enter(self) -> bool:
        """Count an arriving request; False when the limit was already reached."""
        with self.lock:
            self.stats.requests += 1
            self.stats.in_flight += 1
            self.stats.max_in_flight = max(
                self.stats.max_in_flight, self.stats.in_flight
            )
            if self.stats.in_flight > self.config.max_in_flight:
                self.stats.rejected_busy += 1
                return False
            return True

    def leave(self) -> None:
        with self.lock:
            self.stats.in_flight -= 1

    def count(self, name: str, by: int = 1) -> None:
        with self.lock:
            setattr(self.stats, name, getattr(self.stats, name) + by)

    def stats_snapshot(self) -> dict:
        with self.lock:
            data = asdict(self.stats)
        data["config"] = asdict(self.config)
        return data

    def stats_reset(self) -> None:
        with self.lock:
            in_flight = self.stats.in_flight
            self.stats = ServiceStats(in_flight=in_flight, max_in_flight=in_flight)


def _is_item(item) -> bool:
    """A request item's shape: {id, description, unit, ...} with string values."""
    return (
        isinstance(item, dict)
        and isinstance(item.get("id"), str)
        and isinstance(item.get("description"), str)
        and isinstance(item.get("unit"), str)
    )


def _format_seconds(seconds: float) -> str:
    if seconds >= 1 and float(seconds).is_integer():
        return str(int(seconds))
    return f"{seconds:.3f}" if seconds < 1 else str(math.ceil(seconds))


class Handler(BaseHTTPRequestHandler):
    server_version = "CarbonAIMatching/1.0"
    service: MatchingService  # set on the subclass made by make_server

    def log_message(self, format: str, *args) -> None:
        logger.debug("service.request %s", format % args)

    # -- plumbing ---------------------------------------------------------------
    def _send(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: dict, headers: dict | None = None) -> None:
        self._send(status, json.dumps(data).encode(), headers)

    def _wait(self, seconds: float) -> None:
        """Sleep, but stop as soon as the client hangs up."""
        deadline = time.monotonic() + seconds
        sock = self.connection
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            readable, _, _ = select.select([sock], [], [], min(remaining, 0.02))
            if readable:
                try:
                    data = sock.recv(1, socket.MSG_PEEK)
                except OSError:
                    data = b""
                if not data:
                    raise ClientGone

    # -- routes -----------------------------------------------------------------
    def do_GET(self) -> None:
        if self.path == "/v1/stats":
            self._json(200, self.service.stats_snapshot())
        elif self.path == "/healthz":
            ready = self.service.ready.is_set()
            self._json(200, {"status": "ok" if ready else "loading"})
        else:
            self._json(404, {"error": "not found"})

    def do_POST(self) -> None:
        if self.path == "/v1/stats/reset":
            self.service.stats_reset()
            self._json(200, {"status": "reset"})
            return
        if self.path != "/v1/match":
            self._json(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        service = self.service
        if not service.enter():
            service.leave()
            self._busy()
            return
        try:
            self._match(raw)
        except ClientGone:
            service.count("disconnected")
        except (BrokenPipeError, ConnectionResetError):
            service.count("disconnected")
        finally:
            service.leave()

    def _busy(self) -> None:
        retry_after = self.service.config.scaled(self.service.config.retry_after)
        self._json(
            HTTPStatus.TOO_MANY_REQUESTS,
            {"error": "too many requests in flight"},
            {"Retry-After": _format_seconds(retry_after)},
        )

    def _match(self, raw: bytes) -> None:
        service, config = self.service, self.service.config
        started = time.monotonic()
        if not service.ready.is_set():
            self._json(
                HTTPStatus.SERVICE_UNAVAILABLE,
                {"error": "the model is loading"},
                {"Retry-After": _format_seconds(config.scaled(config.retry_after))},
            )
            return
        body = self._parse(raw)
        if body is None:
            return
        items = body["items"]
        batch_id = str(body.get("batch_id") or "")
        if batch_id:
            with service.lock:
                by_batch = service.stats.requests_by_batch
                by_batch[batch_id] = by_batch.get(batch_id, 0) + 1
        service.count("items", len(items))
        if service.roll(config.busy_rate):
            service.count("injected_busy")
            self._busy()
            return
        if service.roll(config.error_rate):
            service.count("injected_errors")
            self._json(500, {"error": "injected failure"})
            return
        if service.roll(config.hang_rate):
            service.count("injected_hangs")
            self._wait(config.scaled(config.hang_seconds))
            self._json(504, {"error": "hung"})
            return
        organization = str(body.get("organization") or "")
        results = service.match(items, organization, body.get("classes") or {})
        results = self._inject_item_faults(results)
        self._wait(config.scaled(config.latency) - (time.monotonic() - started))
        if service.roll(config.malformed_rate):
            service.count("injected_malformed")
            self._send(200, b'{"results": [{"id": "truncat')
            return
        service.count("completed")
        self._json(200, {"batch_id": batch_id, "model": MODEL, "results": results})

    def _parse(self, raw: bytes) -> dict | None:
        """The request body, or None once a 400 / 413 is sent."""
        service = self.service
        try:
            body = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            body = None
        items = body.get("items") if isinstance(body, dict) else None
        valid = isinstance(items, list) and all(map(_is_item, items))
        if not valid:
            service.count("rejected_invalid")
            self._json(
                400,
                {"error": "body must be {items: [{id, description, unit, ...}]}"},
            )
            return None
        classes = body.get("classes") or {}
        if not (
            isinstance(classes, dict)
            and all(
                isinstance(sample, list) and all(map(_is_item, sample))
                for sample in classes.values()
            )
        ):
            service.count("rejected_invalid")
            self._json(
                400,
                {"error": "classes must be {category: [{id, description, unit, ...}]}"},
            )
            return None
        if len(items) > service.config.max_items:
            service.count("rejected_invalid")
            self._json(413, {"error": f"at most {service.config.max_items} items"})
            return None
        return body

    def _inject_item_faults(self, results: list[dict]) -> list[dict]:
        service, config = self.service, self.service.config
        answered = []
        for result in results:
            if service.roll(config.missing_rate):
                service.count("injected_missing")
                continue
            if service.roll(config.unknown_factor_rate):
                service.count("injected_unknown_factors")
                answered.append({**result, "factor_id": str(uuid.uuid4())})
                continue
            answered.append(result)
        return answered


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def make_server(
    config: ServiceConfig,
    match_fn: MatchFn,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    ready: bool = True,
) -> tuple[Server, MatchingService]:
    service = MatchingService(config, match_fn, ready=ready)
    handler = type("BoundHandler", (Handler,), {"service": service})
    return Server((host, port), handler), service


class ServiceThread:
    """The service on a free port in a background thread (tests, benchmarks)."""

    def __init__(self, config: ServiceConfig, match_fn: MatchFn) -> None:
        self.server, self.service = make_server(config, match_fn)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ServiceThread:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def django_match_fn() -> MatchFn:
    """The model over the factor library in the platform's database."""
    import django  # noqa: PLC0415 - the HTTP part runs without Django in tests

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carbon.settings.base")
    django.setup()
    # These imports need django.setup() first.
    from django.db import close_old_connections  # noqa: PLC0415

    from matching.ai.items import (  # noqa: PLC0415
        classes_from_payload,
        item_from_payload,
    )
    from matching.service.model import ModelMatcher  # noqa: PLC0415
    from matching.services.matches import alternatives_json  # noqa: PLC0415

    matcher = ModelMatcher()

    def match(
        items: list[dict], organization: str = "", classes: dict | None = None
    ) -> list[dict]:
        try:
            results = matcher.match_items(
                [item_from_payload(item) for item in items],
                organization=organization or None,
                classes=classes_from_payload(classes or {}),
            )
        finally:
            close_old_connections()
        return [
            {
                "id": result.key,
                "factor_id": str(result.factor_id) if result.factor_id else None,
                "confidence": float(result.confidence),
                "rationale": result.rationale,
                "alternatives": alternatives_json(result),
            }
            for result in results
        ]

    return match


def config_from(argv: list[str]) -> tuple[ServiceConfig, argparse.Namespace]:
    parser = argparse.ArgumentParser(prog="python -m matching.service")
    parser.add_argument(
        "--host", default=os.environ.get("AI_SERVICE_HOST", "127.0.0.1")
    )
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("AI_SERVICE_PORT", "8001"))
    )
    defaults = ServiceConfig()
    for name, kind, help_text in _FLAGS:
        env_value = os.environ.get(f"AI_SERVICE_{name.upper()}")
        default = (
            kind(env_value) if env_value not in (None, "") else getattr(defaults, name)
        )
        parser.add_argument(
            "--" + name.replace("_", "-"), type=kind, default=default, help=help_text
        )
    args = parser.parse_args(argv)
    config = ServiceConfig(**{name: getattr(args, name) for name, _, _ in _FLAGS})
    return config, args


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="[ai-service] %(message)s")
    config, args = config_from(argv)
    started = time.monotonic()
    match_fn = django_match_fn()
    server, service = make_server(
        config, match_fn, host=args.host, port=args.port, ready=False
    )

    def warm() -> None:
        # The model, and the knowledge index (embedded once into .data/knowledge/
        # on a machine's first start: minutes on two cores; read back after).
        match_fn(
            [{"id": "warm", "description": "warm up", "unit": "USD", "currency": "USD"}]
        )
        service.ready.set()
        logger.info("model ready in %.1fs", time.monotonic() - started)

    threading.Thread(target=warm, name="warm", daemon=True).start()
    logger.info(
        "listening on http://%s:%s (latency %.3fs, max %s in flight)",
        args.host,
        args.port,
        config.scaled(config.latency),
        config.max_in_flight,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
