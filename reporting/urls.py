from django.urls import path

from reporting import views

app_name = "reporting"
urlpatterns = [
    path("<uuid:upload_id>/", views.upload_detail_view, name="upload-detail"),
    path(
        "<uuid:upload_id>/recalculate/",
        views.recalculation_view,
        name="upload-recalculate",
    ),
]
