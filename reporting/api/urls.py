from django.urls import path

from reporting.api.inventory import InventoryApi, InventoryExportApi, TargetsApi
from reporting.api.recalculations import (
    ClosedPeriodListApi,
    RecalculationApplyApi,
    RecalculationDetailApi,
    RecalculationListApi,
)
from reporting.api.review import (
    ActivityMatchApi,
    ActivityReviewApi,
    ReviewAccountApi,
    ReviewGroupApi,
)
from reporting.api.scope_overrides import (
    ScopeOverrideDetailApi,
    ScopeOverrideListApi,
)
from reporting.api.supplier_factors import (
    SupplierFactorDetailApi,
    SupplierFactorListApi,
)
from reporting.api.views import ResultExportApi, ResultListApi

urlpatterns = [
    path("activities/review/", ActivityReviewApi.as_view(), name="activity-review"),
    path(
        "activities/review-groups/",
        ReviewGroupApi.as_view(),
        name="activity-review-groups",
    ),
    path(
        "activities/review-accounts/",
        ReviewAccountApi.as_view(),
        name="activity-review-accounts",
    ),
    path(
        "activities/<uuid:activity_id>/match/",
        ActivityMatchApi.as_view(),
        name="activity-match",
    ),
    path("results/", ResultListApi.as_view(), name="result-list"),
    path("inventory/", InventoryApi.as_view(), name="inventory"),
    path(
        "inventory/export/", InventoryExportApi.as_view(), name="api-inventory-export"
    ),
    path("targets/", TargetsApi.as_view(), name="targets"),
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
    path(
        "supplier-factors/",
        SupplierFactorListApi.as_view(),
        name="supplier-factor-list",
    ),
    path(
        "supplier-factors/<uuid:supplier_factor_id>/",
        SupplierFactorDetailApi.as_view(),
        name="supplier-factor-detail",
    ),
    path(
        "scope-overrides/", ScopeOverrideListApi.as_view(), name="scope-override-list"
    ),
    path(
        "scope-overrides/<int:scope_override_id>/",
        ScopeOverrideDetailApi.as_view(),
        name="scope-override-detail",
    ),
]
