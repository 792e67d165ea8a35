from django.urls import path

from ingestion.api.views import (
    ActivityListApi,
    UploadDetailApi,
    UploadErrorListApi,
    UploadListApi,
    UploadMappingApi,
)

urlpatterns = [
    path("uploads/", UploadListApi.as_view(), name="upload-list"),
    path("uploads/<uuid:upload_id>/", UploadDetailApi.as_view(), name="upload-detail"),
    path(
        "uploads/<uuid:upload_id>/errors/",
        UploadErrorListApi.as_view(),
        name="upload-errors",
    ),
    path(
        "uploads/<uuid:upload_id>/mapping/",
        UploadMappingApi.as_view(),
        name="upload-mapping",
    ),
    path("activities/", ActivityListApi.as_view(), name="activity-list"),
]
