import pytest
from reporting.mrv.models import DailyRemoval
from tests.reporting.mrv.conftest import CALCIUM, PLANT_A_FILES, PLANT_B_FILES
from ingestion.models import Upload

pytestmark = pytest.mark.django_db


def test_smoke(api, plants, samples, upload_path):
    for path in [CALCIUM, *PLANT_A_FILES, *PLANT_B_FILES]:
        r = upload_path(api, path)
        assert r.status_code == 202, r.content
    for u in Upload.objects.all():
        print(u.filename, u.status, u.failure, u.rows_total, u.rows_failed)
    from collections import Counter
    print(Counter((r.plant.code, r.quality_flag) for r in DailyRemoval.objects.filter(is_current=True)))
    for r in DailyRemoval.objects.filter(is_current=True, date__in=["2025-04-02","2025-04-11"]):
        print(r.plant.code, r.date, r.ca_upstream_mg_l, r.ca_downstream_mg_l, r.flow_mgd, r.co2_t, r.co2_t_uncertainty, r.quality_flag, r.message, r.version)
    assert 0
