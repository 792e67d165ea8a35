"""Upload mapping (API.md): a file whose headers are not enough stops at
needs_mapping; a person's mapping resumes it and is remembered for the layout."""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from ingestion.models import Activity, ColumnMapping, Upload
from tests.conftest import assert_problem
from tests.ingestion.helpers import csv_bytes, upload_file
from tests.reporting.factories import ClosedPeriodFactory

URL = "/api/v1/uploads/"
JUNE_2016 = (
    Path(settings.BASE_DIR).parent
    / "shared/data/samples/spend/birmingham_cc_purchase_card_2016_06.csv"
)


def _post(client, content: bytes, captured, name="activities.csv"):
    with captured(execute=True):
        response = client.post(
            URL, {"file": upload_file(content, name)}, format="multipart"
        )
    assert response.status_code in (200, 202), response.content
    return Upload.objects.get(pk=response.json()["id"])


def _put(client, upload, body, captured):
    with captured(execute=True):
        return client.put(f"{URL}{upload.pk}/mapping/", body, format="json")


@pytest.fixture
def june_2016():
    if not JUNE_2016.exists():
        pytest.skip(f"{JUNE_2016} is not here (../shared/data/samples/spend)")
    return JUNE_2016.read_bytes()


def test_card_export_without_currency_is_read_in_the_organizations_currency(
    api, organization, factors, django_capture_on_commit_callbacks, june_2016
):
    # Before ADR-4.2c this file stopped at needs_mapping for want of a currency.
    upload = _post(api, june_2016, django_capture_on_commit_callbacks, "june.csv")
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.assumed_currency == organization.default_currency == "USD"
    assert upload.reading["currency"] == {"code": "USD", "source": "organization"}
    assert upload.rows_parsed == 4889

    # A person says the file is in pounds: the upload is read again.
    response = _put(
        api,
        upload,
        {"defaults": {"currency": "gbp"}},
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 202, response.content
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE, upload.failure
    assert upload.assumed_currency == "GBP"
    activities = Activity.objects.filter(upload=upload)
    assert activities.count() + upload.rows_failed == upload.rows_parsed == 4889
    assert set(activities.values_list("unit", flat=True)) == {"GBP"}
    assert activities.filter(quantity__lt=0).exists()  # refunds load too

    # Next month's file of the same layout is read with the remembered mapping.
    next_month = june_2016.replace(b"/06/2016", b"/07/2016")
    again = _post(api, next_month, django_capture_on_commit_callbacks, "july.csv")
    assert again.status == Upload.Status.DONE, again.failure
    assert again.mapping["defaults"] == {"currency": "GBP"}
    assert again.assumed_currency == "GBP"
    assert ColumnMapping.objects.count() == 1


def test_unrecognized_headers_are_mapped_by_name(
    api, factors, django_capture_on_commit_callbacks
):
    rows = [["Thing", "How many", "Measure", "When"], ["Diesel", "40", "litres", ""]]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    assert upload.status == Upload.Status.NEEDS_MAPPING
    mapping = api.get(f"{URL}{upload.pk}/mapping/").json()
    # "Diesel" reads as a description by its values; "How many" says nothing.
    assert set(mapping["missing"]) == {"quantity"}

    bad = _put(
        api,
        upload,
        {"columns": {"Thing": "descriptoin", "Nope": "unit"}},
        django_capture_on_commit_callbacks,
    )
    body = assert_problem(bad, 400, "validation_error")
    assert {e["field"] for e in body["errors"]} == {"columns.Thing", "columns.Nope"}
    incomplete = _put(
        api,
        upload,
        {"columns": {"Thing": "description"}},
        django_capture_on_commit_callbacks,
    )
    assert_problem(incomplete, 400, "validation_error")
    upload.refresh_from_db()
    assert upload.status == Upload.Status.NEEDS_MAPPING

    done = _put(
        api,
        upload,
        {
            "columns": {
                "Thing": "description",
                "How many": "quantity",
                "Measure": "unit",
            }
        },
        django_capture_on_commit_callbacks,
    )
    assert done.status_code == 202
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE, upload.failure
    activity = Activity.objects.get(upload=upload)
    assert (activity.description, activity.unit) == ("Diesel", "litres")

    Upload.objects.filter(pk=upload.pk).update(status=Upload.Status.MATCHING)
    again = _put(
        api,
        upload,
        {"defaults": {"currency": "GBP"}},
        django_capture_on_commit_callbacks,
    )
    assert_problem(again, 409, "conflict")


def test_bad_default_currency_is_named(
    api, factors, django_capture_on_commit_callbacks
):
    rows = [["description", "amount"], ["Taxi", "12.50"]]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    assert upload.status == Upload.Status.DONE, upload.failure
    response = _put(
        api,
        upload,
        {"defaults": {"currency": "ZZZ"}},
        django_capture_on_commit_callbacks,
    )
    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "defaults.currency"


def test_another_organizations_mapping_is_404(
    api, api_client_for, member, other_organization, django_capture_on_commit_callbacks
):
    rows = [["description", "amount"], ["Taxi", "12.50"]]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    stranger = api_client_for(member(org=other_organization))
    assert stranger.get(f"{URL}{upload.pk}/mapping/").status_code == 404
    response = stranger.put(
        f"{URL}{upload.pk}/mapping/", {"defaults": {"currency": "GBP"}}, format="json"
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("South Africa", "ZA"),
        ("ZAF", "ZA"),
        ("United Kingdom", "GB"),
        ("Korea, Republic of", "KR"),
        ("EU", "EU"),
        ("US-CA", "US-CA"),
    ],
)
def test_country_names_are_read_as_their_codes_not_cut(
    api, factors, django_capture_on_commit_callbacks, written, code
):
    rows = [
        ["description", "quantity", "unit", "country"],
        ["Diesel", "40", "L", written],
    ]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    assert upload.status == Upload.Status.DONE, upload.failure
    assert Activity.objects.get(upload=upload).region == code


def test_default_region_by_country_name_is_its_code(
    api, factors, django_capture_on_commit_callbacks
):
    rows = [["description", "quantity", "unit"], ["Diesel", "40", "L"]]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    response = _put(
        api,
        upload,
        {"defaults": {"region": "South Africa"}},
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 202, response.content
    assert Activity.objects.get(upload=upload).region == "ZA"


def test_unknown_default_region_is_named_not_cut(
    api, factors, django_capture_on_commit_callbacks
):
    rows = [["description", "quantity", "unit"], ["Diesel", "40", "L"]]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    response = _put(
        api,
        upload,
        {"defaults": {"region": "Middle Earthland"}},
        django_capture_on_commit_callbacks,
    )
    body = assert_problem(response, 400, "validation_error")
    assert body["errors"][0]["field"] == "defaults.region"


def test_an_upload_with_rows_in_a_closed_period_is_not_read_again(
    api, organization, factors, django_capture_on_commit_callbacks
):
    rows = [["date", "description", "amount", "currency"]] + [
        [f"2024-0{month}-15", f"Taxi {month}", "20.00", "GBP"] for month in (2, 5)
    ]
    upload = _post(api, csv_bytes(rows), django_capture_on_commit_callbacks)
    assert upload.status == Upload.Status.DONE, upload.failure
    ClosedPeriodFactory(
        organization=organization, start=date(2024, 1, 1), end=date(2024, 3, 31)
    )
    before = sorted(Activity.objects.filter(upload=upload).values_list("pk", flat=True))

    response = _put(
        api,
        upload,
        {"defaults": {"currency": "usd"}},
        django_capture_on_commit_callbacks,
    )

    assert_problem(response, 409, "conflict")
    assert response.json()["errors"][0]["code"] == "period_closed"
    assert "2024-01-01..2024-03-31" in response.json()["detail"]
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE
    after = sorted(Activity.objects.filter(upload=upload).values_list("pk", flat=True))
    assert after == before  # nothing deleted, nothing read again
    assert not ColumnMapping.objects.exists()
