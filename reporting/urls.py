from django.urls import path

from reporting import views

app_name = "reporting"
urlpatterns = [
    path("<uuid:upload_id>/", views.upload_detail_view, name="upload-detail"),
]
