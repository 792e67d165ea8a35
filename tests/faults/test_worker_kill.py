import pytest

from ingestion.models import Upload
from tests.faults.clusters import (
    ROWS,
    Clusters,
    activity_upload,
    assert_done_with_every_row_once,
    enqueue_to_real_clusters,
    finished,
    reap_as_if_the_timeout_passed,
    wait_for,
)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def clusters(monkeypatch):
    enqueue_to_real_clusters(monkeypatch, ("io", "cpu"))
    running = Clusters()
    yield running
    running.stop_all()


def test_worker_killed_during_parse_resumes_to_every_row_once(
    clusters, organization, member
):
    clusters.start("io")
    clusters.start("cpu")
    upload = activity_upload(organization, member)

    def parsed_some() -> bool:
        upload.refresh_from_db()
        return upload.status == Upload.Status.PARSING and 0 < upload.rows_parsed < ROWS

    wait_for(parsed_some, 120, "a committed parse chunk")
    clusters.kill("io")
    upload.refresh_from_db()
    assert upload.rows_parsed < ROWS
    assert reap_as_if_the_timeout_passed() == 1
    clusters.start("io")
    wait_for(lambda: finished(upload), 300, "the upload to finish")
    assert_done_with_every_row_once(upload)


def test_worker_killed_during_calculate_recalculates_every_row_once(
    clusters, organization, member
):
    clusters.start("io")
    clusters.start("cpu")
    upload = activity_upload(organization, member)

    def calculating() -> bool:
        upload.refresh_from_db()
        return upload.status == Upload.Status.CALCULATING

    wait_for(calculating, 300, "the calculate step")
    clusters.kill("cpu")
    upload.refresh_from_db()
    assert upload.status == Upload.Status.CALCULATING
    assert reap_as_if_the_timeout_passed() == 1
    clusters.start("cpu")
    wait_for(lambda: finished(upload), 300, "the upload to finish")
    assert_done_with_every_row_once(upload)
