from django.urls import path

from accounts.api.views import MeApi, MemberDetailApi, MemberListApi, TokenApi

urlpatterns = [
    path("auth/token/", TokenApi.as_view(), name="auth-token"),
    path("me/", MeApi.as_view(), name="me"),
    path("members/", MemberListApi.as_view(), name="member-list"),
    path("members/<uuid:member_id>/", MemberDetailApi.as_view(), name="member-detail"),
]
