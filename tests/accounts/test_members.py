import hashlib
import threading
import time
import uuid
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client, override_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import AuditEvent, Membership, MembershipStatus, Role
from tests.accounts.factories import PASSWORD, MembershipFactory, UserFactory
from tests.conftest import assert_problem

pytestmark = pytest.mark.django_db

URL = "/api/v1/members/"
NEW_PASSWORD = "a-long-enough-passphrase-2026"
NON_ADMINS = [Role.ANALYST, Role.SUPPLIER, Role.VERIFIER, Role.VIEWER, Role.BUYER]


def _invite(api, email="new.person@example.test", role="verifier"):
    response = api.post(URL, {"email": email, "role": role}, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def _path(body) -> str:
    return urlsplit(body["invite_url"]).path


def _accept(client, body, password=NEW_PASSWORD):
    return client.post(_path(body), {"password1": password, "password2": password})


def _member(member_id) -> Membership:
    return Membership.objects.select_related("user").get(pk=member_id)


def _audit(organization) -> list[tuple]:
    return list(
        AuditEvent.objects.filter(organization=organization)
        .order_by("id")
        .values_list("action", "email", "actor__email", "details")
    )


def _token_status(email: str, password: str) -> int:
    return (
        APIClient()
        .post("/api/v1/auth/token/", {"email": email, "password": password})
        .status_code
    )


@pytest.fixture(autouse=True)
def _clear_throttles():
    cache.clear()
    yield
    cache.clear()


# The API contract


def test_admin_lists_every_member_with_role_and_status(api, admin_user, organization):
    deactivated = MembershipFactory(
        organization=organization, role=Role.ANALYST, deactivated=True
    )
    invited = _invite(api, email="zed@example.test")
    response = api.get(URL)
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["next"], body["previous"]) == (3, None, None)
    assert {item["id"]: item for item in body["results"]} == {
        str(admin_user.membership.pk): {
            "id": str(admin_user.membership.pk),
            "email": admin_user.email,
            "role": "admin",
            "status": "active",
        },
        str(deactivated.pk): {
            "id": str(deactivated.pk),
            "email": deactivated.user.email,
            "role": "analyst",
            "status": "deactivated",
        },
        invited["id"]: {
            "id": invited["id"],
            "email": "zed@example.test",
            "role": "verifier",
            "status": "invited",
        },
    }
    emails = [item["email"] for item in body["results"]]
    assert emails == sorted(emails)


def test_the_list_never_shows_another_organizations_members(
    api, admin_user, other_organization
):
    MembershipFactory(organization=other_organization)
    body = api.get(URL).json()
    assert [item["id"] for item in body["results"]] == [str(admin_user.membership.pk)]


def test_invite_answers_201_with_a_one_time_link_and_mails_it(
    api, admin_user, organization, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(
            URL, {"email": " New.Person@Example.TEST ", "role": "verifier"}
        )
    assert response.status_code == 201, response.content
    body = response.json()
    member = _member(body["id"])
    assert body == {
        "id": str(member.pk),
        "email": "new.person@example.test",
        "role": "verifier",
        "status": "invited",
        "invite_url": body["invite_url"],
    }
    assert body["invite_url"].startswith("http://testserver/members/invitations/")
    assert member.organization == organization
    assert not member.user.has_usable_password()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.person@example.test"]
    assert body["invite_url"] in mail.outbox[0].body
    token = _path(body).rstrip("/").rsplit("/", 1)[-1]
    assert not member.invitations.filter(token_hash=token).exists()
    stored = hashlib.sha256(token.encode()).hexdigest()
    assert member.invitations.get().token_hash == stored
    assert _audit(organization) == [
        (
            "member_invited",
            "new.person@example.test",
            admin_user.email,
            {"role": "verifier"},
        )
    ]


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({"email": "not-an-email", "role": "verifier"}, {"email"}),
        ({"email": "a@example.test", "role": "owner"}, {"role"}),
        ({"email": "a@example.test"}, {"role"}),
        ({}, {"email", "role"}),
    ],
)
def test_invalid_invitation_is_400(api, payload, fields):
    body = assert_problem(api.post(URL, payload), 400, "validation_error")
    assert {error["field"] for error in body["errors"]} == fields


def test_inviting_an_active_member_or_another_organizations_is_400(
    api, member, other_organization
):
    colleague = member(Role.ANALYST)
    stranger = MembershipFactory(organization=other_organization).user
    for email in (colleague.email, stranger.email):
        body = assert_problem(
            api.post(URL, {"email": email, "role": "viewer"}), 400, "validation_error"
        )
        assert body["errors"][0]["field"] == "email"
    assert stranger.membership.organization == other_organization


@pytest.mark.parametrize("role", NON_ADMINS)
def test_only_an_admin_manages_members(api_client_for, member, role):
    client = api_client_for(member(role))
    target = member(Role.VIEWER).membership
    assert_problem(client.get(URL), 403, "permission_denied")
    assert_problem(
        client.post(URL, {"email": "x@example.test", "role": "admin"}),
        403,
        "permission_denied",
    )
    assert_problem(
        client.patch(f"{URL}{target.pk}/", {"role": "admin"}), 403, "permission_denied"
    )
    assert not Membership.objects.filter(role=Role.ADMIN, user__email="x@example.test")


def test_anonymous_is_401(anonymous_api):
    assert_problem(anonymous_api.get(URL), 401, "not_authenticated")


def test_admin_changes_a_role_and_it_is_audited(api, admin_user, member, organization):
    target = member(Role.VIEWER).membership
    response = api.patch(f"{URL}{target.pk}/", {"role": "verifier"})
    assert response.status_code == 200, response.content
    assert response.json() == {
        "id": str(target.pk),
        "email": target.user.email,
        "role": "verifier",
        "status": "active",
    }
    assert _member(target.pk).role == Role.VERIFIER
    assert _audit(organization) == [
        (
            "role_changed",
            target.user.email,
            admin_user.email,
            {"from": "viewer", "to": "verifier"},
        )
    ]


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"status": "active"},
        {"role": "owner"},
        {"role": "admin", "status": "deactivated"},
    ],
)
def test_patch_takes_one_role_or_deactivation(api, member, payload):
    target = member(Role.VIEWER).membership
    assert_problem(api.patch(f"{URL}{target.pk}/", payload), 400, "validation_error")
    assert _member(target.pk).role == Role.VIEWER
    assert _member(target.pk).status == MembershipStatus.ACTIVE


@pytest.mark.parametrize("payload", [{"role": "viewer"}, {"status": "deactivated"}])
def test_another_organizations_member_is_404(api, other_organization, payload):
    stranger = MembershipFactory(organization=other_organization, role=Role.ADMIN)
    for member_id in (stranger.pk, uuid.uuid4()):
        assert_problem(api.patch(f"{URL}{member_id}/", payload), 404, "not_found")
    stranger.refresh_from_db()
    assert (stranger.role, stranger.status) == (Role.ADMIN, MembershipStatus.ACTIVE)


# At least one active admin


@pytest.mark.parametrize("payload", [{"role": "analyst"}, {"status": "deactivated"}])
def test_the_last_active_admin_cannot_go_409(api, admin_user, organization, payload):
    MembershipFactory(organization=organization, role=Role.ADMIN, deactivated=True)
    membership = admin_user.membership
    body = assert_problem(
        api.patch(f"{URL}{membership.pk}/", payload), 409, "last_admin"
    )
    assert admin_user.email in body["detail"]
    assert (_member(membership.pk).role, _member(membership.pk).status) == (
        Role.ADMIN,
        MembershipStatus.ACTIVE,
    )
    assert _audit(organization) == []


def test_an_admin_may_step_down_while_another_admin_remains(api, admin_user, member):
    member(Role.ADMIN)
    response = api.patch(f"{URL}{admin_user.membership.pk}/", {"role": "analyst"})
    assert response.status_code == 200
    assert response.json()["role"] == "analyst"


def _waiting_on_locks() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def _in_thread(target, outcome, key):
    def run():
        try:
            outcome[key] = target()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "payload", [{"role": "viewer"}, {"status": "deactivated"}], ids=["demote", "off"]
)
def test_two_concurrent_changes_of_the_last_two_admins_one_wins_one_is_409(
    api_client_for, organization, payload
):
    first = MembershipFactory(organization=organization, role=Role.ADMIN)
    second = MembershipFactory(organization=organization, role=Role.ADMIN)
    clients = {
        first.pk: api_client_for(first.user),
        second.pk: api_client_for(second.user),
    }
    locked, release = threading.Event(), threading.Event()

    def hold_admin_rows():
        with transaction.atomic():
            list(Membership.objects.select_for_update().filter(role=Role.ADMIN))
            locked.set()
            release.wait(20)

    outcome = {}
    blocker = _in_thread(hold_admin_rows, outcome, "blocker")
    assert locked.wait(10)
    # Each admin takes the other away; both requests wait on the held rows.
    threads = [
        _in_thread(
            lambda c=clients[a.pk], b=b: c.patch(
                f"{URL}{b.pk}/", payload, format="json"
            ),
            outcome,
            a.pk,
        )
        for a, b in ((first, second), (second, first))
    ]
    deadline = time.monotonic() + 10
    while _waiting_on_locks() < 2:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    release.set()
    for thread in [blocker, *threads]:
        thread.join(20)
    statuses = sorted(outcome[pk].status_code for pk in (first.pk, second.pk))
    assert statuses == [200, 409]
    loser = next(
        r for k, r in outcome.items() if k != "blocker" and r.status_code == 409
    )
    assert_problem(loser, 409, "last_admin")
    assert (
        Membership.objects.filter(
            organization=organization, role=Role.ADMIN, status=MembershipStatus.ACTIVE
        ).count()
        == 1
    )
    assert AuditEvent.objects.filter(organization=organization).count() == 1


# The one-time link


def test_the_invitee_sets_a_password_and_is_signed_in(
    api, client, organization, admin_user
):
    body = _invite(api)
    page = client.get(_path(body))
    assert page.status_code == 200
    assert organization.name in page.content.decode()
    response = _accept(client, body)
    assert response.status_code == 302
    assert response["Location"] == "/"
    member = _member(body["id"])
    assert member.status == MembershipStatus.ACTIVE
    assert member.user.check_password(NEW_PASSWORD)
    assert client.get("/")["Location"] == "/mrv/"  # signed in: a verifier's landing
    assert _token_status(member.user.email, NEW_PASSWORD) == 200
    assert [row[0] for row in _audit(organization)] == [
        "member_invited",
        "invitation_accepted",
    ]
    assert _audit(organization)[1][2] == member.user.email


def test_a_link_works_once(api, client):
    body = _invite(api)
    assert _accept(client, body).status_code == 302
    other = Client()
    assert other.get(_path(body)).status_code == 410
    second = _accept(other, body, password="another-long-passphrase-1")
    assert second.status_code == 410
    assert "used, revoked or has expired" in second.content.decode()
    assert _member(body["id"]).user.check_password(NEW_PASSWORD)


def test_an_expired_link_is_refused(api, client):
    body = _invite(api)
    member = _member(body["id"])
    member.invitations.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(_path(body)).status_code == 410
    assert _accept(client, body).status_code == 410
    member.refresh_from_db()
    assert member.status == MembershipStatus.INVITED
    assert not member.user.has_usable_password()


def test_an_unknown_link_is_refused(client):
    assert client.get("/members/invitations/not-a-token/").status_code == 410


def test_inviting_again_replaces_the_link(api, client):
    first = _invite(api, role="viewer")
    second = _invite(api, role="verifier")
    assert second["id"] == first["id"]
    assert second["invite_url"] != first["invite_url"]
    assert _accept(client, first).status_code == 410
    assert _accept(client, second).status_code == 302
    assert _member(second["id"]).role == Role.VERIFIER


def test_revoking_an_invitation_refuses_its_link(api, client, organization):
    body = _invite(api)
    response = api.patch(f"{URL}{body['id']}/", {"status": "deactivated"})
    assert response.status_code == 200
    assert response.json()["status"] == "deactivated"
    assert _accept(client, body).status_code == 410
    assert [row[0] for row in _audit(organization)] == [
        "member_invited",
        "member_deactivated",
    ]
    assert _audit(organization)[1][3] == {"from_status": "invited"}


def test_a_weak_password_is_refused_and_the_link_still_works(api, client):
    body = _invite(api)
    response = _accept(client, body, password="123")
    assert response.status_code == 400
    assert "too short" in response.content.decode()
    assert _member(body["id"]).status == MembershipStatus.INVITED
    assert _accept(client, body).status_code == 302


def test_an_existing_user_joins_without_a_new_password(api, client, organization):
    user = UserFactory(email="known@example.test")
    body = _invite(api, email="known@example.test")
    page = client.get(_path(body))
    assert "Password" not in page.content.decode()
    response = client.post(_path(body))
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert user.membership.organization == organization
    assert user.membership.status == MembershipStatus.ACTIVE


def test_an_invited_member_cannot_sign_in_before_accepting(api, client):
    user = UserFactory(email="known@example.test")
    _invite(api, email="known@example.test")
    assert _token_status(user.email, PASSWORD) == 401
    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


# Deactivation


def test_a_deactivated_member_is_refused_everywhere(
    api, api_client_for, member, organization, admin_user
):
    user = member(Role.ANALYST)
    old_client = api_client_for(user)
    browser = Client()
    browser.force_login(user)
    assert browser.get("/sites/").status_code == 200
    response = api.patch(f"{URL}{user.membership.pk}/", {"status": "deactivated"})
    assert response.status_code == 200
    assert response.json() == {
        "id": str(user.membership.pk),
        "email": user.email,
        "role": "analyst",
        "status": "deactivated",
    }
    assert not Token.objects.filter(user=user).exists()
    assert_problem(old_client.get("/api/v1/me/"), 401, "not_authenticated")
    # A token made some other way (the Django admin) is refused too.
    assert_problem(api_client_for(user).get("/api/v1/sites/"), 401, "not_authenticated")
    assert _token_status(user.email, PASSWORD) == 401
    page = browser.get("/sites/")
    assert page.status_code == 302
    assert page["Location"].startswith("/accounts/login/")
    fresh = Client()
    fresh.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in fresh.session
    assert _audit(organization) == [
        (
            "member_deactivated",
            user.email,
            admin_user.email,
            {"from_status": "active"},
        )
    ]


def test_deactivating_twice_changes_nothing_more(api, member, organization):
    target = member(Role.VIEWER).membership
    for _ in range(2):
        response = api.patch(f"{URL}{target.pk}/", {"status": "deactivated"})
        assert response.status_code == 200
    assert AuditEvent.objects.filter(organization=organization).count() == 1


def test_a_deactivated_member_invited_again_comes_back(api, client, member):
    user = member(Role.ANALYST)
    api.patch(f"{URL}{user.membership.pk}/", {"status": "deactivated"})
    body = _invite(api, email=user.email, role="viewer")
    assert body["id"] == str(user.membership.pk)
    assert client.post(_path(body)).status_code == 302
    assert _member(body["id"]).status == MembershipStatus.ACTIVE
    assert _member(body["id"]).role == Role.VIEWER
    assert _token_status(user.email, PASSWORD) == 200


# The members page


@pytest.fixture
def admin_browser(client, admin_user):
    client.force_login(admin_user)
    return client


def test_only_admins_see_the_members_link_and_page(client, member):
    for role in NON_ADMINS:
        client.force_login(member(role))
        assert "/members/" not in client.get("/uploads/").content.decode()
        assert client.get("/members/").status_code == 403
    client.force_login(member(Role.ADMIN))
    assert 'href="/members/"' in client.get("/uploads/").content.decode()
    assert client.get("/members/").status_code == 200


@override_settings(INVITATION_LINK_SHOWN=True)
def test_the_page_shows_the_link_when_email_is_not_configured(
    admin_browser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_browser.post(
            "/members/", {"email": "v@example.test", "role": "verifier"}
        )
    assert response.status_code == 302
    assert response["Location"] == "/members/"
    html = admin_browser.get("/members/").content.decode()
    url = mail.outbox[0].body.split("\n")[-2]
    assert url.startswith("http://testserver/members/invitations/")
    assert f'value="{url}"' in html
    assert "Invitation link" in html
    assert url not in admin_browser.get("/members/").content.decode()


@override_settings(INVITATION_LINK_SHOWN=False)
def test_the_page_hides_the_link_when_email_is_configured(
    admin_browser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_browser.post(
            "/members/", {"email": "v@example.test", "role": "verifier"}, follow=True
        )
    html = response.content.decode()
    assert "emailed to v@example.test" in html
    assert "/members/invitations/" not in html
    assert len(mail.outbox) == 1


def test_the_page_refuses_a_bad_invitation_on_the_form(admin_browser, admin_user):
    response = admin_browser.post(
        "/members/", {"email": admin_user.email, "role": "viewer"}
    )
    assert response.status_code == 400
    assert "already a member of this organization" in response.content.decode()


def test_the_page_changes_roles_and_keeps_the_last_admin(
    admin_browser, admin_user, member, organization
):
    target = member(Role.VIEWER).membership
    response = admin_browser.post(
        f"/members/{target.pk}/role/", {"role": "verifier"}, follow=True
    )
    assert f"{target.user.email} is now verifier" in response.content.decode()
    response = admin_browser.post(
        f"/members/{admin_user.membership.pk}/role/", {"role": "viewer"}, follow=True
    )
    assert "only active admin" in response.content.decode()
    response = admin_browser.post(
        f"/members/{admin_user.membership.pk}/deactivate/", follow=True
    )
    assert "only active admin" in response.content.decode()
    assert _member(admin_user.membership.pk).role == Role.ADMIN
    assert [row[0] for row in _audit(organization)] == ["role_changed"]


def test_the_page_deactivates_and_invites_again(admin_browser, member):
    target = member(Role.ANALYST).membership
    admin_browser.post(f"/members/{target.pk}/deactivate/")
    assert _member(target.pk).status == MembershipStatus.DEACTIVATED
    response = admin_browser.post(f"/members/{target.pk}/resend/", follow=True)
    assert response.status_code == 200
    assert _member(target.pk).status == MembershipStatus.INVITED
    assert "Invitation link" in response.content.decode()


def test_the_page_acts_only_on_its_organizations_members(
    admin_browser, other_organization
):
    stranger = MembershipFactory(organization=other_organization, role=Role.VIEWER)
    for action in ("role", "deactivate", "resend"):
        response = admin_browser.post(
            f"/members/{stranger.pk}/{action}/", {"role": "admin"}
        )
        assert response.status_code == 404
    stranger.refresh_from_db()
    assert (stranger.role, stranger.status) == (Role.VIEWER, MembershipStatus.ACTIVE)
