import csv
import io
from decimal import Decimal

import pytest
from django.core.files.storage import default_storage
from openpyxl import load_workbook

from accounts.models import Role
from ingestion.models import Activity
from ingestion.services.uploads import upload_create
from matching.factors.models import EmissionFactor
from reporting.decisions import activity_match_override
from reporting.recalculation import recalculation_apply, recalculation_preview
from reporting.trail import activity_trail_get
from tests.ingestion.factories import UploadFactory
from tests.ingestion.helpers import csv_bytes, upload_file
from tests.matching.ai_factories import ActivityFactory

pytestmark = pytest.mark.django_db

HEADER = ["description", "amount", "currency", "date", "category", "country"]
SPEND = ["Office paper", "1,250.00", "GBP", "2023-05-01", "Office supplies", "UK"]
FUEL = ["Fleet fuel", "10", "US gallons", "2024-03-01", "Fleet", "UK"]


def _upload(organization, rows, *, user=None, name="activities.csv", capture):
    with capture(execute=True):
        return upload_create(
            organization=organization,
            file=upload_file(csv_bytes(rows), name),
            user=user,
        ).upload


@pytest.fixture
def spend(organization, factors, django_capture_on_commit_callbacks):
    upload = _upload(
        organization,
        [HEADER, SPEND],
        capture=django_capture_on_commit_callbacks,
    )
    return Activity.objects.get(upload=upload)


@pytest.fixture
def fuel(organization, factors, django_capture_on_commit_callbacks):
    rows = [
        ["description", "quantity", "unit", "date", "category", "country"],
        FUEL,
    ]
    upload = _upload(organization, rows, capture=django_capture_on_commit_callbacks)
    return Activity.objects.get(upload=upload)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def _trail(activity, user):
    return activity_trail_get(
        organization=activity.organization, activity_id=activity.pk, user=user
    )


def test_spend_line_in_another_currency_shows_fx_and_price_ratio(spend, admin_user):
    trail = _trail(spend, admin_user)
    assert trail.upload.pk == spend.upload_id
    assert trail.activity.row_number == 2
    assert trail.emission.status == "calculated"
    assert trail.emission.fx_rate > 0
    assert trail.emission.price_index_ratio > 0
    assert trail.fx_year == 2023
    assert trail.price_year == 2022
    assert trail.factor.pk == trail.emission.factor_id
    assert trail.emission.co2e_kg == (
        spend.quantity * trail.emission.multiplier * trail.emission.factor_value
    ).quantize(Decimal("0.000001"))
    assert trail.data_quality_label == "Spend-based"
    assert "_" not in trail.match_method_label
    assert trail.factor_unit_words == "USD (2022 dollars)"


def test_trail_reads_the_rows_cells_from_the_stored_file(spend, admin_user):
    cells = {
        c.column: (c.value, c.read_as)
        for c in _trail(spend, admin_user).source_row.cells
    }
    assert cells["amount"] == ("1,250.00", "amount")
    assert cells["currency"] == ("GBP", "currency")
    assert cells["country"] == ("UK", "region")


def test_trail_says_when_the_stored_file_is_gone(spend, admin_user, admin_client):
    default_storage.delete(spend.upload.file.name)
    source = _trail(spend, admin_user).source_row
    assert source.cells == []
    assert source.missing == "The uploaded file is no longer stored."
    body = admin_client.get(f"/activities/{spend.pk}/").content.decode()
    assert "The uploaded file is no longer stored." in body


def test_page_shows_file_row_factor_conversion_and_result(spend, admin_client):
    response = admin_client.get(f"/activities/{spend.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    trail = _trail(spend, None)
    assert "activities.csv" in body
    assert f'href="/uploads/{spend.upload_id}/"' in body
    assert "1,250.00" in body  # the raw cell
    assert "1,250" in body  # the parsed amount, with a thousands separator
    assert trail.factor.name in body
    assert "GBP per US dollar, the average of 2023" in body
    assert "dollars into the factor's 2022 dollars" in body
    assert f"{trail.emission.co2e_kg.quantize(Decimal('0.001')):,f} kg CO2e" in body
    assert "Spend-based" in body
    assert "spend_based" not in body


def test_overridden_line_names_who_decided(fuel, admin_user, admin_client):
    factor = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1011_8_1"
    )
    activity_match_override(activity=fuel, factor=factor, user=admin_user)
    trail = _trail(fuel, admin_user)
    assert trail.activity.match_status == "overridden"
    assert trail.record.decided_by == admin_user
    assert trail.record.decided_for == "line"
    assert trail.record.decided_at is not None
    assert trail.factor == factor
    body = admin_client.get(f"/activities/{fuel.pk}/").content.decode()
    assert "Chosen by a person" in body
    assert admin_user.email in body


def test_recalculated_line_keeps_its_history(fuel, admin_user, admin_client):
    old = EmissionFactor.objects.current().get(
        source="desnz", external_id="1_101_1011_8_1"
    )
    activity_match_override(activity=fuel, factor=old, user=admin_user)
    before = _trail(fuel, admin_user).emission.co2e_kg
    EmissionFactor.objects.filter(source=old.source).update(is_current=False)
    new = EmissionFactor.objects.get(pk=old.pk)
    new.pk = None
    new.version = "2099-test"
    new.kg_co2e_per_unit = old.kg_co2e_per_unit * 2
    new.is_current = True
    new.save()
    recalculation = recalculation_preview(
        organization=fuel.organization, user=admin_user, upload=fuel.upload
    )
    recalculation_apply(recalculation=recalculation, user=admin_user)

    trail = _trail(fuel, admin_user)
    (line,) = trail.history
    assert line.row.old_factor_version == old.version
    assert line.row.new_factor_version == "2099-test"
    assert line.row.old_co2e_kg == before
    assert line.row.new_co2e_kg == trail.emission.co2e_kg
    assert line.recalculation.applied_by == admin_user
    body = admin_client.get(f"/activities/{fuel.pk}/").content.decode()
    assert f"{old.version} → 2099-test" in body


def test_another_organizations_activity_is_404(
    spend, client, member, other_organization
):
    stranger = member(Role.ADMIN, org=other_organization)
    with pytest.raises(Activity.DoesNotExist):
        activity_trail_get(
            organization=other_organization, activity_id=spend.pk, user=stranger
        )
    client.force_login(stranger)
    assert client.get(f"/activities/{spend.pk}/").status_code == 404


@pytest.mark.parametrize("bad", ["not-a-uuid", "' OR 1=1", "a" * 1000])
def test_malformed_id_is_404(organization, admin_user, admin_client, bad):
    with pytest.raises(Activity.DoesNotExist):
        activity_trail_get(organization=organization, activity_id=bad, user=admin_user)
    assert admin_client.get(f"/activities/{bad}/").status_code == 404


def test_supplier_sees_only_activities_of_their_own_uploads(
    organization, member, client, factors, django_capture_on_commit_callbacks
):
    supplier = member(Role.SUPPLIER)
    own = _upload(
        organization,
        [HEADER, SPEND],
        user=supplier,
        capture=django_capture_on_commit_callbacks,
    )
    theirs = _upload(
        organization,
        [HEADER, ["Taxi", "40", "USD", "2022-02-01", "Travel", "US"]],
        user=member(Role.ANALYST),
        name="other.csv",
        capture=django_capture_on_commit_callbacks,
    )
    mine = Activity.objects.get(upload=own)
    other = Activity.objects.get(upload=theirs)
    assert _trail(mine, supplier).activity == mine
    with pytest.raises(Activity.DoesNotExist):
        _trail(other, supplier)
    client.force_login(supplier)
    assert client.get(f"/activities/{mine.pk}/").status_code == 200
    assert client.get(f"/activities/{other.pk}/").status_code == 404


def test_csv_export_rows_link_to_a_page_that_answers(api, spend, admin_client):
    response = api.get(f"/api/v1/results/export/?upload={spend.upload_id}&format=csv")
    content = b"".join(response.streaming_content).decode()
    (row,) = csv.DictReader(io.StringIO(content))
    assert row["activity_url"] == f"/activities/{spend.pk}/"
    assert admin_client.get(row["activity_url"]).status_code == 200


def test_xlsx_export_has_the_activity_url_column(api, spend):
    response = api.get(f"/api/v1/results/export/?upload={spend.upload_id}&format=xlsx")
    workbook = load_workbook(
        io.BytesIO(b"".join(response.streaming_content)), read_only=True
    )
    header, data = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert data[header.index("activity_url")] == f"/activities/{spend.pk}/"


def test_review_queue_links_each_line_to_its_page(organization, member, client):
    activity = ActivityFactory(upload=UploadFactory(organization=organization))
    client.force_login(member(Role.ANALYST))
    body = client.get("/matching/review/").content.decode()
    assert f'href="/activities/{activity.pk}/"' in body
    assert f'href="/uploads/{activity.upload_id}/"' not in body


def test_upload_page_links_each_row_to_its_page(spend, admin_client):
    body = admin_client.get(f"/uploads/{spend.upload_id}/").content.decode()
    assert f'href="/activities/{spend.pk}/"' in body


def test_a_row_read_in_the_assumed_currency_says_so_on_its_page_and_export(
    organization, api, admin_client, factors, django_capture_on_commit_callbacks
):
    organization.default_currency = "GBP"
    organization.save(update_fields=["default_currency"])
    upload = _upload(
        organization,
        [
            ["description", "amount", "date"],
            ["Office paper", "80.00", "2023-05-01"],
        ],
        capture=django_capture_on_commit_callbacks,
    )
    upload.refresh_from_db()
    paper = Activity.objects.get(upload=upload)
    assert (upload.assumed_currency, paper.unit) == ("GBP", "GBP")
    page = admin_client.get(f"/activities/{paper.pk}/").content.decode()
    assert "Assumed: GBP" in page
    response = api.get(f"/api/v1/results/export/?upload={upload.pk}&format=csv")
    (row,) = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row["currency_assumed"] == "GBP"


def test_a_row_with_its_own_currency_column_assumes_nothing(api, spend, admin_client):
    assert (
        "Assumed:" not in admin_client.get(f"/activities/{spend.pk}/").content.decode()
    )
    response = api.get(f"/api/v1/results/export/?upload={spend.upload_id}&format=csv")
    (row,) = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row["currency_assumed"] == ""
