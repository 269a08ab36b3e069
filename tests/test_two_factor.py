"""Optional two-factor sign-in (wagtail-2fa's views, careers_site/signin) for admin users."""

import re
import time
from base64 import b32encode
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

PASSWORD = "inserm-demo"  # the demo accounts' password (load_demo_content)
HOME = "/admin/"


def code(device, steps_ahead=0):
    """The code the user's app shows now (or that many 30-second steps later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, username="recruteur", password=PASSWORD):
    response = client.post(
        "/admin/login/", {"username": username, "password": password, "next": HOME}
    )
    assert response.status_code == 302 and response["Location"] == HOME, response.status_code
    return response


def user(username, language="en"):
    """A demo account, with its admin in that language."""
    account = get_user_model().objects.get(username=username)
    profile = UserProfile.get_for_user(account)
    profile.preferred_language = language
    profile.save()
    return account


@pytest.fixture
def english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def turn_on(client, account):
    """Account settings › Two-factor sign-in › Turn on, through the real pages."""
    settings_page = client.get("/admin/account/").content.decode()
    device_list = f"/admin/2fa/devices/{account.pk}"
    assert f'href="{device_list}"' in settings_page
    listing = client.get(device_list)
    assert listing.status_code == 200
    assert "Two-factor sign-in is off" in listing.content.decode()

    form = client.get("/admin/2fa/devices/new")
    assert form.status_code == 200
    html = form.content.decode()
    device = TOTPDevice.objects.get(user=account, confirmed=False)
    # The QR code is an image from wagtail-2fa's own URL, never an inline data: URI.
    assert 'src="/admin/2fa/devices/qr-code"' in html
    assert "data:" not in html
    qr = client.get("/admin/2fa/devices/qr-code")
    assert qr.status_code == 200 and qr["Content-Type"] == "image/svg+xml"
    # The key for apps that cannot scan, as shown: base32 in groups of four.
    shown = re.search(r'id="signin-2fa-key">([A-Z2-7 ]+)<', html).group(1)
    assert shown.replace(" ", "") == b32encode(device.bin_key).decode().rstrip("=")
    assert " style=" not in html

    confirmed = client.post(
        "/admin/2fa/devices/new",
        {"name": "Work phone", "otp_token": code(device), "password": PASSWORD},
    )
    assert confirmed.status_code == 302 and confirmed["Location"] == device_list
    device.refresh_from_db()
    assert device.confirmed
    on = client.get(device_list).content.decode()
    assert "Two-factor sign-in is on" in on and "Work phone" in on
    return device


def test_without_an_authenticator_the_password_alone_signs_in(english):
    user("recruteur")
    sign_in(english)
    assert english.get(HOME).status_code == 200
    assert english.get("/admin/account/").status_code == 200


def test_turned_on_every_sign_in_then_asks_for_the_code(english):
    account = user("recruteur")  # a regional recruiter: no right on users or settings
    sign_in(english)
    device = turn_on(english, account)
    english.post("/admin/logout/")

    sign_in(english)
    # The password alone opens nothing of the admin now.
    for path in (HOME, "/admin/pages/", "/admin/account/", f"/admin/2fa/devices/{account.pk}"):
        response = english.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/2fa/auth?next="), path
    page = english.get("/admin/2fa/auth?next=/admin/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Enter your sign-in code" in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    assert " style=" not in html and 'tabindex="3"' not in html

    wrong = english.post("/admin/2fa/auth", {"otp_token": "000000", "next": HOME})
    assert wrong.status_code == 200
    assert "This code is not valid." in wrong.content.decode()
    assert english.get(HOME).status_code == 302
    # A wrong code is not a failed password for django-axes; django-otp throttles it instead:
    # right after a failure even the right code waits (1 s, then 2, 4, 8... per failure).
    assert not AccessAttempt.objects.filter(username="recruteur").exists()
    throttled = english.post("/admin/2fa/auth", {"otp_token": code(device, 1), "next": HOME})
    assert "Verification temporarily disabled" in throttled.content.decode()
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=5)
    )

    # The code is the one of the next 30-second step: the step used to confirm the device
    # cannot be used twice (django-otp refuses replays), and one step of drift is allowed.
    right = english.post("/admin/2fa/auth", {"otp_token": code(device, 1), "next": HOME})
    assert right.status_code == 302 and right["Location"] == HOME
    assert english.get(HOME).status_code == 200
    assert english.get("/admin/account/").status_code == 200


def test_the_code_page_keeps_a_safe_next_address_only(english):
    account = user("recruteur")
    sign_in(english)
    device = turn_on(english, account)
    english.post("/admin/logout/")
    sign_in(english)
    response = english.post(
        "/admin/2fa/auth", {"otp_token": code(device, 1), "next": "https://evil.example/"}
    )
    assert response.status_code == 302 and response["Location"] == HOME


def test_a_wrong_password_when_turning_it_on_counts_toward_the_lockout(english):
    account = user("recruteur")
    sign_in(english)
    english.get("/admin/2fa/devices/new")
    device = TOTPDevice.objects.get(user=account, confirmed=False)
    response = english.post(
        "/admin/2fa/devices/new",
        {"name": "Phone", "otp_token": code(device), "password": "not my password"},
    )
    assert response.status_code == 200
    assert "This is not your password." in response.content.decode()
    assert AccessAttempt.objects.get(username="recruteur").failures_since_start == 1
    device.refresh_from_db()
    assert not device.confirmed


def test_a_wrong_code_when_turning_it_on_confirms_nothing(english):
    account = user("recruteur")
    sign_in(english)
    english.get("/admin/2fa/devices/new")
    response = english.post(
        "/admin/2fa/devices/new", {"name": "Phone", "otp_token": "12", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "This code is not valid." in response.content.decode()
    assert not TOTPDevice.objects.filter(user=account, confirmed=True).exists()


def test_one_authenticator_per_user(english):
    account = user("recruteur")
    sign_in(english)
    turn_on(english, account)
    again = english.get("/admin/2fa/devices/new")
    assert again.status_code == 302 and again["Location"] == f"/admin/2fa/devices/{account.pk}"
    assert 'href="/admin/2fa/devices/new"' not in english.get(again["Location"]).content.decode()


def test_removing_the_authenticator_turns_it_off(english):
    account = user("recruteur")
    sign_in(english)
    device = turn_on(english, account)
    confirm = english.get(f"/admin/2fa/devices/{device.pk}/remove")
    assert confirm.status_code == 200
    removed = english.post(f"/admin/2fa/devices/{device.pk}/remove")
    assert removed.status_code == 302
    assert removed["Location"] == f"/admin/2fa/devices/{account.pk}"
    assert not TOTPDevice.objects.filter(user=account).exists()
    english.post("/admin/logout/")
    sign_in(english)
    assert english.get(HOME).status_code == 200


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_when_required_a_user_without_an_authenticator_is_sent_to_set_one_up(english):
    account = user("editrice")
    sign_in(english, "editrice")
    response = english.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new?next=")
    # The set-up pages open, with one menu item left: the set-up.
    setup = english.get("/admin/2fa/devices/new")
    assert setup.status_code == 200
    listing = english.get(f"/admin/2fa/devices/{account.pk}").content.decode()
    menu = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', listing, re.S).group(1)
    assert "Set up two-factor sign-in" in menu
    assert '"/admin/pages/"' not in menu
    device = TOTPDevice.objects.get(user=account, confirmed=False)
    english.post(
        "/admin/2fa/devices/new",
        {"name": "Phone", "otp_token": code(device), "password": PASSWORD},
    )
    # Confirming the device also verifies this session: the admin opens.
    assert english.get(HOME).status_code == 200
    assert english.get("/admin/account/").status_code == 200


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_when_required_the_superuser_is_asked_too(english):
    user("admin")
    sign_in(english, "admin")
    response = english.get(HOME)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new")


def test_by_default_nobody_is_forced_not_even_the_superuser(english):
    user("admin")
    sign_in(english, "admin")
    assert english.get(HOME).status_code == 200


def test_another_users_authenticator_only_superusers_manage_it(english, client):
    recruiter = user("recruteur")
    sign_in(english)
    device = turn_on(english, recruiter)

    administrator = user("administratrice")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    sign_in(client, "administratrice")
    assert not administrator.is_superuser
    # Refused (Wagtail turns the 403 into a redirect to the dashboard with a message).
    for response in (
        client.get(f"/admin/2fa/devices/{recruiter.pk}"),
        client.post(f"/admin/2fa/devices/{device.pk}/remove"),
    ):
        assert response.status_code == 302 and response["Location"] == HOME
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    # The demo superuser removes the device of someone who lost their phone.
    superuser = get_user_model().objects.get(username="admin")
    client.force_login(superuser)
    users = client.get("/admin/users/").content.decode()
    assert f'href="/admin/2fa/devices/{recruiter.pk}"' in users
    listing = client.get(f"/admin/2fa/devices/{recruiter.pk}").content.decode()
    assert "Work phone" in listing
    removed = client.post(f"/admin/2fa/devices/{device.pk}/remove")
    assert removed["Location"] == f"/admin/2fa/devices/{recruiter.pk}"
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_odd_requests_are_404_not_500(english):
    user("recruteur")
    sign_in(english)
    # (LocaleMiddleware redirects an admin 404 to /en/…/, which is then a 404.)
    assert english.get("/admin/2fa/devices/999999/remove", follow=True).status_code == 404
    assert english.post("/admin/2fa/devices/999999/remove", follow=True).status_code == 404
    # No device being added: no QR code, and a posted form starts again.
    assert english.get("/admin/2fa/devices/qr-code", follow=True).status_code == 404
    posted = english.post(
        "/admin/2fa/devices/new", {"name": "x", "otp_token": "123456", "password": PASSWORD}
    )
    assert posted.status_code == 302 and posted["Location"] == "/admin/2fa/devices/new"
    # Another user's list: refused (redirect to the dashboard), whatever the number.
    for user_id in (1, 999999999999999999999):
        response = english.get(f"/admin/2fa/devices/{user_id}")
        assert response.status_code == 302 and response["Location"] == HOME
    # The code page of a user without an authenticator has nothing to ask: on to "next".
    no_device = english.post("/admin/2fa/auth", {"otp_token": "123456", "next": "/admin/account/"})
    assert no_device.status_code == 302 and no_device["Location"] == "/admin/account/"


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for path in ("/admin/2fa/auth", "/admin/2fa/devices/new", "/admin/2fa/devices/qr-code"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_public_pages_of_anonymous_visitors_do_not_vary_on_the_cookie(client):
    """The middleware leaves requests without a session alone, so the full-page cache and a
    CDN may still keep the page."""
    response = client.get("/fr/")
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")


def test_the_pages_are_french_for_a_french_admin(client):
    account = user("recruteur", language="fr")
    sign_in(client)
    listing = client.get(f"/admin/2fa/devices/{account.pk}").content.decode()
    assert '<html lang="fr"' in listing
    assert "Connexion à deux facteurs" in listing
    assert "La connexion à deux facteurs est désactivée" in listing
    form = client.get("/admin/2fa/devices/new").content.decode()
    assert "Activer la connexion à deux facteurs" in form
    assert "Code de votre application d’authentification" in form
    account_page = client.get("/admin/account/").content.decode()
    assert "Connexion à deux facteurs" in account_page


@pytest.mark.parametrize(
    "username", ["editrice", "recruteur", "moderatrice", "translator", "administratrice"]
)
def test_every_editorial_role_may_turn_it_on(english, username):
    """The pages live in the admin and need its access permission, which every role has."""
    account = user(username)
    english.force_login(account)
    assert english.get(f"/admin/2fa/devices/{account.pk}").status_code == 200
    assert english.get("/admin/2fa/devices/new").status_code == 200
    assert english.get("/admin/2fa/devices/qr-code").status_code == 200
