"""Admin sign-in throttling (django-axes): lockout per username and address, its page, reset."""

import io
import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.utils import timezone

from core.client_ip import client_ip
from core.signin.lockout import attempted_username

pytestmark = pytest.mark.django_db

USERNAME = "lockout-editor"
PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"
HERE = "192.0.2.10"
ELSEWHERE = "198.51.100.20"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(
        USERNAME, "lockout-editor@example.org", PASSWORD, first_name="Lou"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, password, username=USERNAME, address=HERE, language="en"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def fail(client, times, **kwargs):
    return [sign_in(client, "wrong password", **kwargs) for _ in range(times)]


def test_fifth_failure_locks_and_the_right_password_is_then_refused(client, editor):
    first_four = fail(client, 4)
    # Wagtail's own sign-in page with its error, four times.
    assert [response.status_code for response in first_four] == [200] * 4
    assert "Too many failed" not in first_four[-1].content.decode()

    # The fifth failure reaches the limit: its answer is already the lockout page.
    fifth = sign_in(client, "wrong password")
    assert fifth.status_code == 429

    sixth = sign_in(client, PASSWORD)
    assert sixth.status_code == 429
    assert "_auth_user_id" not in client.session
    html = sixth.content.decode()
    assert "<h1>Too many failed sign-in attempts</h1>" in html
    assert "Try again in 15 minutes." in html
    assert sixth["Retry-After"] == "900"
    assert "no-store" in sixth["Cache-Control"]
    # A page of the admin's look, with the way out: password reset and back to sign in.
    assert 'href="/admin/password_reset/"' in html
    assert f'href="{LOGIN}"' in html
    assert AccessAttempt.objects.get(username=USERNAME, ip_address=HERE).failures_since_start >= 5


def test_lockout_page_is_in_the_visitors_language(client, editor):
    fail(client, 5, language="fr")
    response = sign_in(client, PASSWORD, language="fr")
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "Trop de tentatives de connexion" in html
    assert "15 minutes" in html


def test_lockout_page_loads_nothing_inline_or_from_elsewhere(client, editor):
    fail(client, 5)
    html = sign_in(client, PASSWORD).content.decode()
    assert " style=" not in html
    # Scripts: files of this site, plus Wagtail's configuration as inert JSON.
    for script in re.findall(r"<script[^>]*>", html):
        assert 'src="/' in script or 'type="application/json"' in script, script
    # Everything the page loads (scripts, style sheets, icons, images) comes from this site.
    loaded = re.findall(r'<(?:script|img)[^>]* src="([^"]*)"', html)
    loaded += re.findall(r'<link[^>]* href="([^"]*)"', html)
    assert loaded
    for url in loaded:
        assert url.startswith("/") and not url.startswith("//"), url
    # The attempted username is never echoed back.
    assert USERNAME not in html


def test_same_username_from_another_address_still_signs_in(client, editor):
    fail(client, 5, address=HERE)
    assert sign_in(client, PASSWORD, address=HERE).status_code == 429
    assert signed_in(sign_in(client, PASSWORD, address=ELSEWHERE))


def test_other_users_from_the_same_address_still_sign_in(client, editor):
    fail(client, 5, username="someone-else")
    assert signed_in(sign_in(client, PASSWORD))


def test_username_case_variants_count_toward_one_lock(client, editor):
    for variant in ("Lockout-Editor", "LOCKOUT-EDITOR", "lockout-editor ", "lockout-EDITOR"):
        sign_in(client, "wrong password", username=variant)
    sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 429


def test_after_the_cool_off_the_user_signs_in_again(client, editor):
    fail(client, 5)
    assert sign_in(client, PASSWORD).status_code == 429
    # Sixteen minutes later (the attempts' clock is moved back rather than waiting).
    AccessAttempt.objects.filter(username=USERNAME).update(
        attempt_time=timezone.now() - timedelta(minutes=16)
    )
    assert signed_in(sign_in(client, PASSWORD))


def test_the_daily_job_deletes_attempts_past_the_cool_off_and_no_password_is_kept(client, editor):
    fail(client, 3)
    fail(client, 2, address=ELSEWHERE)
    for attempt in AccessAttempt.objects.filter(username=USERNAME):
        assert "wrong password" not in f"{attempt.post_data} {attempt.get_data}"
    AccessAttempt.objects.filter(ip_address=HERE).update(
        attempt_time=timezone.now() - timedelta(minutes=16)
    )
    output = io.StringIO()
    call_command("purge_signin_attempts", stdout=output)
    assert output.getvalue() == "Expired sign-in attempts deleted: 1.\n"
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ELSEWHERE]


@override_settings(AXES_COOLOFF_TIME=timedelta(minutes=2))
def test_the_page_tells_the_configured_wait(client, editor):
    fail(client, 5)
    response = sign_in(client, PASSWORD)
    assert "Try again in 2 minutes." in response.content.decode()
    assert response["Retry-After"] == "120"


def test_a_successful_sign_in_resets_the_count(client, editor):
    fail(client, 4)
    assert signed_in(sign_in(client, PASSWORD))
    assert not AccessAttempt.objects.filter(username=USERNAME).exists()
    client.post("/admin/logout/")
    # Four more failures do not lock: the count started again.
    assert [response.status_code for response in fail(client, 4)] == [200] * 4
    assert signed_in(sign_in(client, PASSWORD))


def test_axes_reset_unlocks(client, editor):
    fail(client, 5)
    assert sign_in(client, PASSWORD).status_code == 429
    call_command("axes_reset", verbosity=0)
    assert signed_in(sign_in(client, PASSWORD))


def test_axes_reset_username_unlocks_one_user(client, editor):
    fail(client, 5)
    call_command("axes_reset_username", USERNAME, verbosity=0)
    assert signed_in(sign_in(client, PASSWORD))


def test_password_reset_still_works_while_locked_out(client, editor):
    fail(client, 5)
    assert client.get("/admin/password_reset/", REMOTE_ADDR=HERE).status_code == 200
    response = client.post(
        "/admin/password_reset/", {"email": editor.email}, REMOTE_ADDR=HERE, follow=True
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    link = re.search(r"/admin/password_reset/confirm/\S+/\S+/", mail.outbox[0].body).group(0)
    form_page = client.get(link, REMOTE_ADDR=HERE, follow=True)
    assert form_page.status_code == 200
    new_password = "a brand new passphrase 2026"
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
        REMOTE_ADDR=HERE,
    )
    assert done.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new_password)
    # The lock still holds from this address until the cool-off; elsewhere the new one works.
    assert sign_in(client, new_password).status_code == 429
    assert signed_in(sign_in(client, new_password, address=ELSEWHERE))


def test_a_normal_sign_in_costs_a_bounded_number_of_queries(
    client, editor, django_assert_max_num_queries
):
    """A successful sign-in, measured at 14: axes' count of failures for this username and
    address (1); the user (1); the new session (4: exists?, savepoint, insert, release);
    axes' clean-up of expired attempts (1) and reset of this user's (3: the attempts, their
    expirations, the delete); last_login (1); the session saved again (3). None of them
    depends on the number of users or of past attempts (no access log: AXES_DISABLE_ACCESS_LOG).
    """
    fail(client, 2)
    with django_assert_max_num_queries(14):
        response = sign_in(client, PASSWORD)
    assert signed_in(response)


@pytest.mark.parametrize(
    "username",
    ["x" * 300, "éditrice\u0000", "' OR 1=1 --", "<script>alert(1)</script>", ""],
)
def test_odd_usernames_never_fail_the_page(client, editor, username):
    response = sign_in(client, "wrong password", username=username)
    assert response.status_code == 200


def test_odd_client_addresses_never_fail_the_page(client, editor):
    response = sign_in(client, "wrong password", address="not-an-address")
    assert response.status_code == 200


# --- Where a sign-in comes from ---------------------------------------------------------


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().post(LOGIN, REMOTE_ADDR=remote, **extra)


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored():
    assert client_ip(request_from(HERE, forwarded=ELSEWHERE)) == HERE


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_right_most_forwarded_address_is_the_client():
    proxy = "10.0.0.5"
    assert client_ip(request_from(proxy, forwarded=HERE)) == HERE
    # Whatever the client wrote itself comes first and is ignored.
    assert client_ip(request_from(proxy, forwarded=f"{ELSEWHERE}, {HERE}")) == HERE
    assert client_ip(request_from(proxy, forwarded="2001:db8::1")) == "2001:db8::1"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_second_entry_from_the_right_is_the_client():
    assert client_ip(request_from("10.0.0.5", forwarded=f"1.2.3.4, {HERE}, 10.0.0.9")) == HERE


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_a_short_or_odd_forwarded_header_falls_back_to_the_peer():
    assert client_ip(request_from("10.0.0.5", forwarded=HERE)) == "10.0.0.5"
    assert client_ip(request_from("10.0.0.5", forwarded="junk, 10.0.0.9")) == "10.0.0.5"
    assert client_ip(request_from("10.0.0.5")) == "10.0.0.5"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_lock_follows_the_client_not_the_proxy(client, editor):
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": USERNAME, "password": "wrong"},
            REMOTE_ADDR="10.0.0.5",
            HTTP_X_FORWARDED_FOR=HERE,
        )
    locked = client.post(
        LOGIN,
        {"username": USERNAME, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.5",
        HTTP_X_FORWARDED_FOR=f"{ELSEWHERE}, {HERE}",  # a forged first entry changes nothing
    )
    assert locked.status_code == 429
    other_client = client.post(
        LOGIN,
        {"username": USERNAME, "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="10.0.0.5",
        HTTP_X_FORWARDED_FOR=ELSEWHERE,
    )
    assert signed_in(other_client)


def test_attempted_username_is_case_folded_and_bounded():
    request = RequestFactory().post(LOGIN, {"username": " Admin "})
    assert attempted_username(request, None) == "admin"
    assert attempted_username(request, {"username": "X" * 400}) == "x" * 255
