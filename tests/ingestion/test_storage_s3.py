import boto3
import pytest
from moto.server import ThreadedMotoServer

from ingestion.models import Activity, Upload
from tests.ingestion.helpers import csv_bytes, upload_file

pytestmark = pytest.mark.django_db
BUCKET = "carbon-uploads"


@pytest.fixture(scope="module")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_storage(s3_endpoint, settings):
    credentials = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
    boto3.client(
        "s3", endpoint_url=s3_endpoint, region_name="us-east-1", **credentials
    ).create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_endpoint,
                "region_name": "us-east-1",
                "access_key": "testing",
                "secret_key": "testing",
                "default_acl": None,
                "file_overwrite": False,
            },
        },
    }
    return boto3.resource(
        "s3", endpoint_url=s3_endpoint, region_name="us-east-1", **credentials
    ).Bucket(BUCKET)


def test_upload_is_stored_in_s3_and_parsed_from_it(
    api, factors, s3_storage, django_capture_on_commit_callbacks
):
    content = csv_bytes(
        [
            ["description", "quantity", "unit"],
            ["Electricity", "10", "kWh"],
            ["Diesel", "5", "litres"],
        ]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            "/api/v1/uploads/", {"file": upload_file(content)}, format="multipart"
        )
    assert response.status_code == 202, response.content
    upload = Upload.objects.get(pk=response.json()["id"])
    stored = s3_storage.Object(upload.file.name).get()["Body"].read()
    assert stored == content
    assert upload.status == Upload.Status.DONE
    assert Activity.objects.filter(upload=upload).count() == 2
