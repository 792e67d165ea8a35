from django.urls import path

from matching import views

app_name = "matching"
urlpatterns = [
    path("review/", views.review_view, name="review"),
    path("review/groups/", views.review_groups_view, name="review-groups"),
]
