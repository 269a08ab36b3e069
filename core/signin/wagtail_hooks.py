"""Two-factor sign-in in the admin, from wagtail-2fa's views.

wagtail-2fa 1.8.0 is not in INSTALLED_APPS: its own wagtail_hooks module imports
wagtail.users.widgets, which Wagtail 8 no longer has (labd/wagtail-2fa#283), and Wagtail imports
the hooks of every installed app, so the whole admin would fail. The hooks are registered here
instead, under the library's URL names (its views, templates and middleware use them).
"""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail_2fa import views as wagtail_2fa_views

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    # Inside the admin's URLs, so Wagtail's admin-access check applies to every view.
    return [
        path("2fa/auth", views.LoginView.as_view(), name="wagtail_2fa_auth"),
        path(
            "2fa/devices/<int:user_id>",
            wagtail_2fa_views.DeviceListView.as_view(),
            name="wagtail_2fa_device_list",
        ),
        path("2fa/devices/new", views.DeviceCreateView.as_view(), name="wagtail_2fa_device_new"),
        path(
            "2fa/devices/<int:pk>/update",
            views.DeviceUpdateView.as_view(),
            name="wagtail_2fa_device_update",
        ),
        path(
            "2fa/devices/<int:pk>/remove",
            views.DeviceDeleteView.as_view(),
            name="wagtail_2fa_device_remove",
        ),
        path(
            "2fa/devices/qr-code",
            views.DeviceQRCodeView.as_view(),
            name="wagtail_2fa_device_qrcode",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    # Account settings › More actions: every admin user may turn it on for themselves.
    return {
        "url": reverse("wagtail_2fa_device_list", kwargs={"user_id": request.user.pk}),
        "label": _("Two-factor sign-in"),
        "help_text": _(
            "Ask for a code from an app on your phone after your password, each time you sign in."
        ),
    }


@hooks.register("construct_main_menu")
def only_setup_until_verified(request, menu_items):
    """With WAGTAIL_2FA_REQUIRED, a user who has not set up or entered a code yet sees one menu
    item, the set-up (the middleware would send every other link back there)."""
    user = request.user
    if settings.WAGTAIL_2FA_REQUIRED and not user.is_verified():
        menu_items[:] = [
            MenuItem(
                _("Set up two-factor sign-in"),
                reverse("wagtail_2fa_device_list", kwargs={"user_id": user.pk}),
                icon_name="key",
            )
        ]


@hooks.register("register_user_listing_buttons")
def two_factor_user_button(user, request_user):
    """Users › "Two-factor sign-in" on each user, to remove the device of someone who lost
    their phone. wagtail-2fa lets only superusers list or remove another user's devices (it
    checks a permission, "user.change_user", that no group can hold), so only they see it."""
    if request_user.is_superuser:
        yield ListingButton(
            _("Two-factor sign-in"),
            reverse("wagtail_2fa_device_list", kwargs={"user_id": user.pk}),
            priority=100,
        )
