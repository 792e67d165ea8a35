import pytest

from accounts.models import Role
from ingestion.models import Upload
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db

URL = "/api/v1/uploads/"
CONTENT = csv_bytes([["Description", "Quantity", "Unit"], ["Diesel", "300", "litres"]])


def _post(client, name="activities.csv"):
    return client.post(URL, {"file": upload_file(CONTENT, name)}, format="multipart")


@pytest.fixture
def analyst(api_client_for, member):
    return api_client_for(member(Role.ANALYST))


@pytest.fixture
def supplier(api_client_for, member):
    return api_client_for(member(Role.SUPPLIER))


def test_supplier_sending_an_analysts_file_gets_their_own_upload(analyst, supplier):
    theirs = _post(analyst, "analyst-q1.csv").json()
    response = _post(supplier, "mine.csv")
    assert response.status_code == 202
    mine = response.json()
    assert mine["id"] != theirs["id"]
    assert mine["filename"] == "mine.csv"
    assert supplier.get(f"{URL}{mine['id']}/").status_code == 200
    assert Upload.objects.count() == 2


def test_supplier_resending_own_file_gets_it_back(supplier):
    first = _post(supplier).json()
    again = _post(supplier)
    assert again.status_code == 200
    assert again.json()["id"] == first["id"]


def test_two_suppliers_do_not_see_each_others_file(api_client_for, member):
    one = api_client_for(member(Role.SUPPLIER))
    two = api_client_for(member(Role.SUPPLIER))
    first = _post(one).json()
    second = _post(two)
    assert second.status_code == 202
    assert second.json()["id"] != first["id"]


def test_analyst_sending_a_suppliers_file_gets_the_visible_upload(analyst, supplier):
    supplied = _post(supplier).json()
    response = _post(analyst)
    assert response.status_code == 200
    assert response.json()["id"] == supplied["id"]
    assert Upload.objects.count() == 1
