"""wagtail-2fa's admin views, with the fixes they need on Wagtail 8 and django-otp 1.7.

Every view keeps the library's logic (device confirmation with the current password, the QR
code, who may list or remove whose devices); the subclasses only change what is noted.
"""

from base64 import b32encode

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import utils
from wagtail_2fa import views as wagtail_2fa_views


def confirmed_device(user):
    """A user's authenticator. One per user: the device list offers "New device" only to a
    user without one (replacing a phone = removing its device, then adding the new one)."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk").first()


class TokenForm(wagtail_2fa_forms.TokenForm):
    """The code asked after the password.

    django-otp 1.7.1 stopped trying a code against every device of the user when the form
    names none (it throttled unrelated devices); wagtail-2fa's form names none, so every code
    was refused ("Please select a device", labd/wagtail-2fa#284). The device is the user's
    authenticator.
    """

    otp_error_messages = {
        **wagtail_2fa_forms.TokenForm.otp_error_messages,
        "token_required": _("Enter the 6-digit code shown by your authentication app."),
        "invalid_token": _("This code is not valid. Enter the code your app shows now."),
    }

    code_label = _("Code from your authentication app")
    # A numeric keypad on phones; "one-time-code" lets a browser or password manager fill it.
    code_attrs = {"inputmode": "numeric", "autocomplete": "one-time-code"}

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields["otp_token"].label = self.code_label
        self.fields["otp_token"].widget.attrs.update(self.code_attrs)

    def _chosen_device(self, user):
        return confirmed_device(user)


class DeviceForm(wagtail_2fa_forms.DeviceForm):
    """wagtail-2fa's device form (the code confirms the app holds the key, the password that
    the person at the keyboard is the user), with the code field of the sign-in form."""

    def __init__(self, request, **kwargs):
        super().__init__(request, **kwargs)
        # Our own wording (and so our own French catalogue: wagtail-2fa is not an installed
        # app, so its catalogue is not loaded).
        if "otp_token" in self.fields:
            field = self.fields["otp_token"]
            field.label = TokenForm.code_label
            field.help_text = _("The 6-digit code your app shows after scanning the QR code.")
            field.widget.attrs.update(TokenForm.code_attrs)
        if not self.instance.confirmed:
            self.initial["name"] = _("My phone")
        self.fields["name"].label = _("Name")
        self.fields["name"].help_text = _("For you to recognise it, e.g. “Work phone”.")
        self.fields["password"].label = _("Your password")
        self.fields["password"].help_text = _("To confirm that it is you.")
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"

    def clean_otp_token(self):
        try:
            return super().clean_otp_token()
        except ValidationError:
            raise ValidationError(
                TokenForm.otp_error_messages["invalid_token"], code="invalid"
            ) from None

    def clean_password(self):
        # The password goes through authenticate(), so django-axes counts a wrong one.
        try:
            return super().clean_password()
        except ValidationError:
            raise ValidationError(_("This is not your password."), code="invalid") from None


class LoginView(wagtail_2fa_views.LoginView):
    form_class = TokenForm

    def dispatch(self, request, *args, **kwargs):
        # Nothing to ask of a user without an authenticator (django-otp would answer "Please
        # select a device"): on to where they were going.
        if request.user.is_authenticated and confirmed_device(request.user) is None:
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        # The library falls back on LOGIN_REDIRECT_URL (Django's /accounts/profile/).
        return self.get_redirect_url() or reverse("wagtailadmin_home")


# The password and code never appear in error reports (the library's sign-in view already
# does this; its device views do not).
HIDDEN_FIELDS = method_decorator(sensitive_post_parameters("password", "otp_token"), "dispatch")


@HIDDEN_FIELDS
class DeviceCreateView(wagtail_2fa_views.DeviceCreateView):
    form_class = DeviceForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The key for apps that cannot scan, in base32 as apps expect it, in groups of four.
        secret = b32encode(self.device.bin_key).decode().rstrip("=")
        context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
        return context

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            # One authenticator per user (see confirmed_device).
            if confirmed_device(request.user) is not None:
                return redirect(self.get_success_url())
            # A form posted without the unconfirmed device that its GET made (another tab
            # confirmed it, or a forged post) would save a device without a user.
            if request.method == "POST" and utils.get_unconfirmed_device(request.user) is None:
                return redirect(request.path)
        return super().dispatch(request, *args, **kwargs)


@HIDDEN_FIELDS
class DeviceUpdateView(wagtail_2fa_views.DeviceUpdateView):
    form_class = DeviceForm


class DeviceDeleteView(wagtail_2fa_views.DeviceDeleteView):
    """The library looks the device up with .get(): an unknown id was a 500, now a 404."""

    def dispatch(self, request, *args, **kwargs):
        get_object_or_404(TOTPDevice, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        # The library reads the user from a posted field: a post without it was a 500.
        return reverse("wagtail_2fa_device_list", kwargs={"user_id": self.object.user_id})


class DeviceQRCodeView(wagtail_2fa_views.DeviceQRCodeView):
    """The QR code of the device being added; 404 (not a 500) when none is being added."""

    def get(self, request):
        if utils.get_unconfirmed_device(request.user) is None:
            raise Http404
        return super().get(request)
