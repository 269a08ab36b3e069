"""wagtail-2fa's middleware, made optional per user.

wagtail-2fa offers two middlewares and neither fits "2FA optional, but always asked of whoever
turned it on" (see the settings' "Sign-in security" section):
- VerifyUserMiddleware asks nobody for a code unless WAGTAIL_2FA_REQUIRED, and then forces
  everyone to set up a device;
- VerifyUserPermissionsMiddleware also needs WAGTAIL_2FA_REQUIRED and forces every holder of
  the "enable 2FA" permission, which superusers always hold.
This subclass keeps VerifyUserMiddleware's redirects and only drops its first test: a user with
a confirmed device is asked for a code whatever WAGTAIL_2FA_REQUIRED says, and one without a
device is sent to set one up only when WAGTAIL_2FA_REQUIRED is true.
"""

import django_otp
from django.conf import settings
from django.urls import Resolver404, resolve
from wagtail_2fa.middleware import VerifyUserMiddleware


class TwoFactorMiddleware(VerifyUserMiddleware):
    def process_request(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            # Without a session cookie nobody is signed in. Reading request.user here would
            # read the session and mark every anonymous response "Vary: Cookie", which caches
            # and CDNs treat as uncacheable; user.is_verified() is still installed, lazily.
            self._install_lazy_accessors(request)
            return None
        return super().process_request(request)

    def _require_verified_user(self, request):
        user = request.user
        if not user.is_authenticated:
            return False
        # Users without access to the admin are never asked (the library's own rule).
        if not (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")):
            return False
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            url_name = None
        if url_name in self._allowed_url_names:
            return False
        if url_name in self._allowed_url_names_no_device and not django_otp.user_has_device(
            user, confirmed=True
        ):
            return False
        return True
