from django.urls import path

from sites import views

app_name = "sites"
urlpatterns = [
    path("", views.site_list_view, name="list"),
    path("<uuid:site_id>/", views.site_detail_view, name="detail"),
    path("<uuid:site_id>/ingest/", views.site_ingest_view, name="ingest"),
]
