from django.urls import path

from reporting.registry.api import public as v

urlpatterns = [
    path("projects/", v.PublicProjectListApi.as_view(), name="public-project-list"),
    path(
        "projects/<str:project_id>/",
        v.PublicProjectDetailApi.as_view(),
        name="public-project-detail",
    ),
    path(
        "projects/<str:project_id>/credits/",
        v.PublicProjectCreditsApi.as_view(),
        name="public-project-credits",
    ),
    path(
        "retirements/<uuid:retirement_id>/",
        v.PublicCertificateApi.as_view(),
        name="public-certificate",
    ),
    path("filters/", v.PublicFiltersApi.as_view(), name="public-filters"),
]
