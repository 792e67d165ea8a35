from django.urls import path

from ingestion import views

app_name = "ingestion"
urlpatterns = [
    path("", views.upload_list_view, name="upload-list"),
    path("<uuid:upload_id>/", views.upload_detail_view, name="upload-detail"),
]
