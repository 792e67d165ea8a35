from django.urls import path

from reporting.mrv import views

app_name = "mrv"
urlpatterns = [
    path("", views.mrv_dashboard, name="dashboard"),
    path("uploads/", views.mrv_upload_view, name="upload"),
    path("periods/", views.statement_create_view, name="statement-create"),
    path(
        "periods/<uuid:statement_id>/<slug:action>/",
        views.statement_action_view,
        name="statement-action",
    ),
]
