"""Prometheus counters of site ingestion (exported by /metrics)."""

from prometheus_client import Counter

READINGS_ACCEPTED = Counter(
    "carbon_readings_accepted_total", "Readings stored by ingest", ["api_version"]
)
READINGS_DUPLICATES = Counter(
    "carbon_readings_duplicates_total",
    "Readings rejected as duplicates (identity and value already stored)",
    ["api_version"],
)
READINGS_CONFLICTS = Counter(
    "carbon_readings_conflicts_total",
    "Readings rejected as conflicts (identity stored with another value)",
    ["api_version"],
)
INGEST_BATCHES = Counter(
    "carbon_ingest_batches_total", "Ingest batches by outcome", ["outcome"]
)
# outcome: stored | replayed | key_in_use (409) | key_reused (422) | invalid (400)
OUTBOX_DELIVERIES = Counter(
    "carbon_outbox_deliveries_total", "Outbox deliveries by outcome", ["outcome"]
)
