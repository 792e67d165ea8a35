from django.urls import path

from reporting.api.views import ResultExportApi, ResultListApi

urlpatterns = [
    path("results/", ResultListApi.as_view(), name="result-list"),
    path("results/export/", ResultExportApi.as_view(), name="result-export"),
]
