from datetime import UTC, datetime, timedelta

from django.utils import timezone

INGEST = "/api/v1/ingest/"
INGEST_V2 = "/api/v2/ingest/"


def stamp(minutes_ago: int = 60, *, base: datetime | None = None) -> str:
    moment = (base or timezone.now()) - timedelta(minutes=minutes_ago)
    return (
        moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )


def batch(site, readings: list[dict]) -> dict:
    return {"site_id": str(site.pk), "readings": readings}


def post(client, body: dict, key: str | None = None, path: str = INGEST):
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key is not None else {}
    return client.post(path, body, format="json", **headers)
