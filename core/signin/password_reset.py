"""The admin's password-reset form (/admin/password_reset/), with limits.

Wagtail's form sends an e-mail to any address typed, as often as it is posted: a script could
flood an editor's inbox from the institute's sender, or probe the form at any pace. django-axes
counts failed sign-ins only, so the form is limited here, like the visitors' forms
(core/rate_limit.py, a keyed hash in the cache):
- per client address: PASSWORD_RESET_PER_CLIENT (5, settings/base.py) requests an hour;
- per e-mail address asked for, whoever asks: PASSWORD_RESET_PER_EMAIL (3) an hour, counted
  whether an account has that address or not, so the answer never tells which ones do.
Past either, the form comes back with what was typed and a message, HTTP 429 with Retry-After,
and no e-mail is sent. The view is Wagtail's own otherwise, at its own address
(careers_site/urls.py puts this one first).
"""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView

from core import rate_limit

HOUR = 3600


class LimitedPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().casefold()
        # The client first: a client over its limit spends nothing of the address's.
        allowed = rate_limit.allow(
            self.request, "password-reset", settings.PASSWORD_RESET_PER_CLIENT, HOUR
        ) and rate_limit.allow_value(
            "password-reset-email", email, settings.PASSWORD_RESET_PER_EMAIL, HOUR
        )
        if allowed:
            return super().form_valid(form)
        form.add_error(
            None,
            _(
                "Too many password reset requests from your connection or for this address: "
                "no e-mail was sent. Please try again in an hour."
            ),
        )
        response = self.render_to_response(self.get_context_data(form=form), status=429)
        response["Retry-After"] = str(HOUR)
        return response
