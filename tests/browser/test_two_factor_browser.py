"""Two-factor sign-in and the sign-in lockout in Chromium, as an editor meets them.

A regional recruiter turns two-factor sign-in on from their account settings (reading the key
on the page, as someone whose phone cannot scan would), signs out, and signs in again with the
password and then a code. axe-core checks every two-factor page; any Content-Security-Policy
violation reported by the browser fails the test. Screenshots: admin-2fa-*.png.
"""

import re
import time
from base64 import b32decode

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.oath import TOTP

from .conftest import ARTIFACTS, database

pytestmark = pytest.mark.browser

USERNAME = "recruteur"
PASSWORD = "inserm-demo"
LOCKED_USERNAME = "nobody-by-this-name"
SHOTS = ARTIFACTS / "screenshots"


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"admin-2fa-{name}.png"), full_page=True)


def serious_axe_violations(page):
    # Messages fade in: check the colours they end with, not a frame of the animation.
    page.evaluate(
        """Promise.all((document.querySelector(".messages")?.getAnimations({subtree: true}) ?? [])
            .map(animation => animation.finished))"""
    )
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} "
        f"{[node['target'] for node in violation['nodes']]} {violation['nodes'][0]['any']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def code_for(secret, step=None):
    """What an authentication app shows for this base32 key (TOTP: 30 s, 6 digits), now or at
    the given 30-second step."""
    key = b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    totp = TOTP(key, step=30, t0=0, digits=6, drift=0)
    totp.time = time.time() if step is None else step * 30
    return f"{totp.token():06d}"


def next_usable_step(django_db_blocker):
    """The first 30-second step whose code the server accepts now.

    django-otp refuses a step already used (`last_t`) and accepts one step either side of the
    clock as it knows it, which includes the drift it learned: a device confirmed across a step
    boundary is one step behind. Reading both makes the test pass whenever it runs, instead of
    failing when a boundary falls at the wrong moment.
    """
    from django_otp.plugins.otp_totp.models import TOTPDevice

    with database(django_db_blocker):
        device = TOTPDevice.objects.get(user__username=USERNAME)
    return max(device.last_t + 1, int(time.time()) // 30 + device.drift)


@pytest.fixture
def csp_violations():
    """Console messages about the Content-Security-Policy, from every page given to watch()."""
    messages = []

    def watch(page):
        page.on(
            "console",
            lambda message: (
                messages.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        return page

    watch.messages = messages
    return watch


@pytest.fixture
def recruiter_id(django_db_blocker):
    """The demo recruiter, without an authenticator before and after the test (the server is
    another process, so what the test does is committed and must be undone)."""
    from axes.models import AccessAttempt, AccessLog
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def clean():
        with database(django_db_blocker):
            TOTPDevice.objects.filter(user__username=USERNAME).delete()
            for model in (AccessAttempt, AccessLog):
                model.objects.filter(username__in=[USERNAME, LOCKED_USERNAME]).delete()

    clean()
    with database(django_db_blocker):
        pk = get_user_model().objects.get(username=USERNAME).pk
    yield pk
    clean()


def sign_in(page, server_url, username=USERNAME, password=PASSWORD):
    page.goto(server_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_turn_on_two_factor_then_sign_in_with_a_code(
    server_url, new_page, recruiter_id, csp_violations, django_db_blocker
):
    # 1280 px wide, tall enough for the set-up page to show whole in its screenshot.
    page = csp_violations(new_page(width=1280, height=1500))
    sign_in(page, server_url)
    page.wait_for_url(re.compile(r"/admin/$"))

    # Account settings › More actions › Two-factor sign-in.
    page.goto(server_url + "/admin/account/")
    page.click("#tab-label-actions")
    page.click(f"a[href='/admin/2fa/devices/{recruiter_id}']")
    page.wait_for_url(re.compile(rf"/admin/2fa/devices/{recruiter_id}$"))
    assert page.locator("h1").count() == 1
    assert serious_axe_violations(page) == []
    shot(page, "off")

    page.click("a[href='/admin/2fa/devices/new']")
    page.wait_for_url(re.compile(r"/admin/2fa/devices/new$"))
    qr = page.locator("img.signin-2fa-qrcode")
    # An image of wagtail-2fa's own URL (never a data: URI), that the browser did load.
    assert qr.get_attribute("src") == "/admin/2fa/devices/qr-code"
    qr.evaluate("image => image.decode()")
    assert qr.evaluate("image => image.naturalWidth") > 0
    secret = page.locator("#signin-2fa-key").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4})*", secret)
    assert serious_axe_violations(page) == []
    shot(page, "setup")

    page.fill("#id_otp_token", code_for(secret))
    page.fill("#id_password", PASSWORD)
    page.click(".signin-2fa-actions button[type=submit]")
    page.wait_for_url(re.compile(rf"/admin/2fa/devices/{recruiter_id}$"))
    assert page.locator("table.listing tbody tr").count() == 1
    assert serious_axe_violations(page) == []
    shot(page, "on")

    # Sign out from the sidebar's account menu.
    page.locator(".sidebar-footer__account").click()
    page.locator(".sidebar-footer button", has_text=re.compile("Log out|Se déconnecter")).click()
    page.wait_for_url(re.compile(r"/admin/login/"))

    # The password alone now leads to the code page.
    sign_in(page, server_url)
    page.wait_for_url(re.compile(r"/admin/2fa/auth\?next="))
    assert page.locator("#id_otp_token").get_attribute("autocomplete") == "one-time-code"
    assert serious_axe_violations(page) == []
    shot(page, "code")

    page.fill("#id_otp_token", "000000")
    page.click("button[type=submit] >> nth=0")
    page.wait_for_load_state()
    assert page.locator(".messages .error").count() == 1
    assert re.search(r"/admin/2fa/auth", page.url)
    assert serious_axe_violations(page) == []
    shot(page, "code-error")

    # django-otp makes the next try wait a second after a wrong code. The step that confirmed
    # the device cannot be used twice.
    time.sleep(1.5)
    page.fill("#id_otp_token", code_for(secret, next_usable_step(django_db_blocker)))
    page.click("button[type=submit] >> nth=0")
    page.wait_for_url(re.compile(r"/admin/$"))
    assert page.locator("#wagtail-sidebar-props").count() == 1  # the full admin, signed in

    assert csp_violations.messages == []


def test_the_lockout_page(server_url, new_page, recruiter_id, csp_violations):
    page = csp_violations(new_page(width=1280))
    for _ in range(5):
        sign_in(page, server_url, username=LOCKED_USERNAME, password="wrong password")
        page.wait_for_load_state()
    response = page.goto(server_url + "/admin/login/")
    assert response.ok  # the sign-in page itself stays open
    page.fill("#id_username", LOCKED_USERNAME)
    page.fill("#id_password", "wrong password")
    with page.expect_response(re.compile(r"/admin/login/$")) as answer:
        page.click("button[type=submit]")
    assert answer.value.status == 429
    page.locator("h1").wait_for()
    assert page.locator("h1").count() == 1
    assert page.locator("a[href='/admin/password_reset/']").count() == 1
    assert serious_axe_violations(page) == []
    shot(page, "lockout")
    assert csp_violations.messages == []
