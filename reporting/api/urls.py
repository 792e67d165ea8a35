from django.urls import path

from reporting.api.recalculations import (
    ClosedPeriodListApi,
    RecalculationApplyApi,
    RecalculationDetailApi,
    RecalculationListApi,
)
from reporting.api.views import ResultExportApi, ResultListApi

urlpatterns = [
    path("results/", ResultListApi.as_view(), name="result-list"),
    path("results/export/", ResultExportApi.as_view(), name="result-export"),
    path("recalculations/", RecalculationListApi.as_view(), name="recalculation-list"),
    path(
        "recalculations/<uuid:recalculation_id>/",
        RecalculationDetailApi.as_view(),
        name="recalculation-detail",
    ),
    path(
        "recalculations/<uuid:recalculation_id>/apply/",
        RecalculationApplyApi.as_view(),
        name="recalculation-apply",
    ),
    path("closed-periods/", ClosedPeriodListApi.as_view(), name="closed-period-list"),
]
