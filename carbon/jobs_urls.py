from django.urls import path

from carbon import jobs_views

app_name = "jobs"
urlpatterns = [
    path("", jobs_views.job_list_view, name="list"),
    path("<uuid:job_id>/retry/", jobs_views.job_retry_view, name="retry"),
]
