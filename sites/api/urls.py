from django.urls import path

from sites.api import views

urlpatterns = [
    path("sites/", views.SiteListApi.as_view(), name="site-list"),
    path("sites/<uuid:site_id>/", views.SiteDetailApi.as_view(), name="site-detail"),
    path(
        "sites/<uuid:site_id>/metrics/",
        views.SiteMetricsApi.as_view(),
        name="site-metrics",
    ),
    path(
        "sites/<uuid:site_id>/readings/",
        views.SiteReadingListApi.as_view(),
        name="site-readings",
    ),
    path(
        "sites/<uuid:site_id>/device-keys/",
        views.DeviceKeyListApi.as_view(),
        name="site-device-keys",
    ),
    path(
        "sites/<uuid:site_id>/device-keys/<uuid:key_id>/",
        views.DeviceKeyDetailApi.as_view(),
        name="site-device-key",
    ),
    path("ingest/", views.IngestApi.as_view(), name="ingest"),
]
