from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigninConfig(AppConfig):
    """Admin sign-in security: the lockout page (django-axes) and optional two-factor sign-in
    (wagtail-2fa's views and middleware, wired into the admin by this app's wagtail_hooks)."""

    name = "core.signin"
    label = "signin"
    verbose_name = _("Sign-in security")
