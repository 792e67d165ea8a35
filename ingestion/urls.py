from django.urls import path

from ingestion import views

app_name = "ingestion"
urlpatterns = [
    path("", views.upload_list_view, name="upload-list"),
    path("<uuid:upload_id>/mapping/", views.upload_mapping_view, name="upload-mapping"),
]
