from django.urls import path

from carbon.jobs import views

app_name = "jobs"
urlpatterns = [
    path("", views.job_list_view, name="list"),
    path("<uuid:job_id>/retry/", views.job_retry_view, name="retry"),
]
