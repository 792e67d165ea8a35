from django.urls import path

from reporting import review_views

# The pages keep the namespace of their path, /matching/.
app_name = "matching"
urlpatterns = [
    path("review/", review_views.review_view, name="review"),
    path("review/groups/", review_views.review_groups_view, name="review-groups"),
]
