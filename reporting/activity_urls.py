from django.urls import path

from reporting import views

app_name = "activities"
urlpatterns = [
    path("<uuid:activity_id>/", views.activity_trail_view, name="detail"),
]
