import pytest

from accounts.models import Role
from ingestion.models import Activity
from tests.ingestion.factories import UploadFactory
from tests.matching.ai_factories import ActivityFactory, EmissionFactorFactory

pytestmark = pytest.mark.django_db

URL = "/matching/review/"
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def queue(organization):
    upload = UploadFactory(organization=organization)
    factor = EmissionFactorFactory(name="Electricity grid")
    return ActivityFactory.create_batch(3, upload=upload, factor=factor)


def test_queue_lists_needs_review_with_candidates(client, member, queue):
    client.force_login(member(Role.ANALYST))
    body = client.get(URL).content.decode()
    assert body.count('name="activity_ids"') == 3
    assert "Electricity grid" in body
    assert 'type="radio"' in body


def test_accept_one(client, member, queue):
    client.force_login(member(Role.ANALYST))
    response = client.post(URL, {"row": f"{queue[0].pk}:accept"}, **HTMX)
    assert response.status_code == 200
    assert "Accepted 1 row." in response.content.decode()
    assert (
        Activity.objects.select_related("match").get(pk=queue[0].pk).match_status
        == "matched"
    )
    assert Activity.objects.filter(match__status="needs_review").count() == 2


def test_accept_counts_every_row_that_follows_the_key(client, member, organization):
    upload = UploadFactory(organization=organization)
    factor = EmissionFactorFactory(name="Electricity grid")
    rows = ActivityFactory.create_batch(
        14, upload=upload, factor=factor, match_key="f" * 32
    )
    client.force_login(member(Role.ANALYST))
    response = client.post(URL, {"row": f"{rows[0].pk}:accept"}, **HTMX)
    body = response.content.decode()
    assert "Accepted 14 rows (1 chosen, 13 more with the same description)." in body
    assert Activity.objects.filter(match__status="matched").count() == 14


def test_bulk_override(client, member, queue):
    other = EmissionFactorFactory(name="Other grid")
    client.force_login(member(Role.ANALYST))
    ids = [str(a.pk) for a in queue[:2]]
    response = client.post(
        URL, {"bulk": "override", "activity_ids": ids, "bulk_factor": str(other.pk)}
    )
    assert response.status_code == 302
    overridden = Activity.objects.filter(match__status="overridden")
    assert set(overridden.values_list("match__factor_id", flat=True)) == {other.pk}
    assert overridden.count() == 2


def test_bulk_without_selection_is_an_error(client, member, queue):
    client.force_login(member(Role.ANALYST))
    response = client.post(URL, {"bulk": "accept"}, **HTMX)
    assert "Tick at least one" in response.content.decode()
    assert Activity.objects.filter(match__status="needs_review").count() == 3


@pytest.mark.parametrize("role", [Role.VIEWER, Role.VERIFIER, Role.SUPPLIER])
def test_read_only_roles_cannot_review(client, member, queue, role):
    client.force_login(member(role))
    assert client.post(URL, {"row": f"{queue[0].pk}:accept"}).status_code == 403
    assert Activity.objects.filter(match__status="needs_review").count() == 3


def test_queue_narrowed_to_one_upload_and_bad_upload_ignored(client, member, queue):
    client.force_login(member(Role.ANALYST))
    other = client.get(URL, {"upload": "00000000-0000-0000-0000-000000000000"})
    assert other.content.decode().count('name="activity_ids"') == 0
    bad = client.get(URL, {"upload": "nope"})
    assert bad.content.decode().count('name="activity_ids"') == 3
