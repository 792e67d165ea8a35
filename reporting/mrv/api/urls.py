from django.urls import path

from reporting.mrv.api import views

urlpatterns = [
    path("plants/", views.PlantListApi.as_view(), name="mrv-plant-list"),
    path("plants/<str:code>/", views.PlantDetailApi.as_view(), name="mrv-plant-detail"),
    path("removals/", views.RemovalListApi.as_view(), name="mrv-removal-list"),
    path(
        "removals/summary/",
        views.RemovalSummaryApi.as_view(),
        name="mrv-removal-summary",
    ),
    path(
        "removals/export/", views.RemovalExportApi.as_view(), name="mrv-removal-export"
    ),
    path("issues/", views.IssueListApi.as_view(), name="mrv-issue-list"),
    path("file-checks/", views.FileCheckListApi.as_view(), name="mrv-file-check-list"),
    path("periods/", views.StatementListApi.as_view(), name="mrv-period-list"),
    path(
        "periods/<uuid:statement_id>/",
        views.StatementDetailApi.as_view(),
        name="mrv-period-detail",
    ),
    path(
        "periods/<uuid:statement_id>/submit/",
        views.StatementSubmitApi.as_view(),
        name="mrv-period-submit",
    ),
    path(
        "periods/<uuid:statement_id>/approve/",
        views.StatementApproveApi.as_view(),
        name="mrv-period-approve",
    ),
    path(
        "periods/<uuid:statement_id>/request-changes/",
        views.StatementRequestChangesApi.as_view(),
        name="mrv-period-request-changes",
    ),
]
