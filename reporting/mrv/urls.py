from django.urls import path

from reporting.mrv import views

app_name = "mrv"
urlpatterns = [
    path("", views.mrv_dashboard, name="dashboard"),
    path("plants/", views.plant_list_view, name="plants"),
    path("plants/<str:code>/", views.plant_detail_view, name="plant"),
    path("uploads/", views.mrv_upload_view, name="upload"),
    path(
        "uploads/<uuid:upload_id>/",
        views.mrv_upload_detail_view,
        name="upload-detail",
    ),
    path(
        "uploads/<uuid:upload_id>/reprocess/",
        views.mrv_upload_reprocess_view,
        name="upload-reprocess",
    ),
    path("periods/", views.statement_create_view, name="statement-create"),
    path(
        "periods/<uuid:statement_id>/<slug:action>/",
        views.statement_action_view,
        name="statement-action",
    ),
]
