"""The factor library's pages (included under /factors/)."""

from django.urls import path

from matching.factors import views

app_name = "factors"
urlpatterns = [
    path("", views.factor_list_view, name="list"),
    path("pick/", views.factor_pick_view, name="pick"),
    path("<uuid:factor_id>/", views.factor_detail_view, name="detail"),
]
