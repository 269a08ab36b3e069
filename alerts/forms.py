from django import forms
from django.contrib.auth.base_user import BaseUserManager
from django.utils.translation import gettext_lazy as _

from core.human_check import HumanCheckMixin

from .models import Frequency


def normalise_email(address):
    """Trim, and lowercase the domain (the local part may be case-sensitive)."""
    return BaseUserManager.normalize_email(address.strip())


class SubscribeForm(HumanCheckMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send a link to this address: nothing else is sent until you confirm."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, such as name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Frequency.choices,
        initial=Frequency.DAILY,
        widget=forms.RadioSelect,
        help_text=_("At most one e-mail a day or a week, only when there are new offers."),
    )

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class ManageForm(forms.Form):
    """One action on one of the address's alerts, from the manage page."""

    ACTIONS = ("frequency", "delete", "resume", "delete_all")

    action = forms.ChoiceField(choices=[(action, action) for action in ACTIONS])
    alert = forms.UUIDField(required=False)
    frequency = forms.ChoiceField(choices=Frequency.choices, required=False)
