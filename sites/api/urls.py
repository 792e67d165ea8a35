from django.urls import path

from sites.api.views import SiteDetailApi, SiteListApi

urlpatterns = [
    path("sites/", SiteListApi.as_view(), name="site-list"),
    path("sites/<uuid:site_id>/", SiteDetailApi.as_view(), name="site-detail"),
]
