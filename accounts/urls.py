from django.urls import path

from accounts import views

app_name = "members"
urlpatterns = [
    path("", views.member_list_view, name="list"),
    path("<uuid:member_id>/role/", views.member_role_view, name="role"),
    path(
        "<uuid:member_id>/deactivate/", views.member_deactivate_view, name="deactivate"
    ),
    path("<uuid:member_id>/resend/", views.member_resend_view, name="resend"),
    path("invitations/<str:token>/", views.invitation_accept_view, name="accept"),
]
