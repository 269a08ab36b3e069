"""A check that a person, not a script, fills a form, without shutting anyone out.

The source pages ask visitors to pick a named picture ("Le Camion", "L'Arbre", "La Maison",
"Le Cœur"). Here the pictures are radio buttons whose labels are the names, so a screen-reader
user hears the question and the names, and a keyboard user picks one like any choice. Two
silent checks come with it: a honeypot field that people never see (and assistive technology
skips), and a minimum time between showing the form and sending it.

The expected answer and the time the form was shown travel in a signed token: nothing is
stored on the server. A failed check re-displays the form with everything the visitor typed.
"""

import hashlib
import random
import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.templatetags.static import static
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

PICTURES = {
    "camion": _("The lorry"),
    "arbre": _("The tree"),
    "maison": _("The house"),
    "coeur": _("The heart"),
}
MIN_FILL_SECONDS = 3  # faster than a person reads the question
MAX_AGE_SECONDS = 4 * 3600  # a form left open for a long time gets a new question
SALT = "careers.human-check"


def new_token(answer=None, shown_at=None):
    answer = answer or random.choice(list(PICTURES))
    return signing.dumps({"answer": answer, "shown_at": shown_at or time.time()}, salt=SALT)


def read_token(token):
    """{"answer", "shown_at"} from a token, or None when it was tampered with or is too old."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(data, dict) or data.get("answer") not in PICTURES:
        return None
    return data


def first_use(token):
    """True the first time a form's token is sent (within its lifetime): a form sent twice,
    by a double click or a reload, is received once. Only a hash of the token is kept."""
    key = "form-token:" + hashlib.sha256(token.encode()).hexdigest()[:32]
    # add() gives None when the shared cache is unreachable: the form is received rather than
    # lost (a double click may then be received twice).
    return cache.add(key, 1, timeout=MAX_AGE_SECONDS) is not False


class PictureSelect(forms.RadioSelect):
    """Radio buttons labelled with a picture and its name (the picture is decoration)."""

    option_template_name = "forms/picture_option.html"

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["picture"] = static(f"img/check/{value}.svg") if value else ""
        return option


class HumanCheckMixin(forms.Form):
    """Add to a form: the picture question, the honeypot and the timing, checked in clean()."""

    picture = forms.ChoiceField(
        label=_("Check that you are a person"),
        choices=list(PICTURES.items()),
        widget=PictureSelect,
        error_messages={"required": _("Choose a picture.")},
    )
    # Named like a field people might expect, so that scripts fill it; hidden from people.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    check_token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        token = self.data.get(self.add_prefix("check_token")) if self.is_bound else None
        data = read_token(token) if token else None
        self.stale_question = self.is_bound and data is None
        if data is None:
            token = new_token()
            data = read_token(token)
            if self.is_bound:
                # Ask the new question when the form is shown again, with the answers kept.
                self.data = self.data.copy()
                self.data[self.add_prefix("check_token")] = token
        self.expected_picture = data["answer"]
        # The question comes last, once the visitor has written what they came to write.
        guards = ["picture", "website", "check_token"]
        self.order_fields([name for name in self.fields if name not in guards] + guards)
        self.shown_at = data["shown_at"]
        self.fields["check_token"].initial = token
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "honeypot__input"}
        )
        # Lazy, so that the question is worded in the language of the page that shows it.
        self.fields["picture"].help_text = format_lazy(
            _("Select the picture: {name}."), name=PICTURES[self.expected_picture]
        )

    def clean(self):
        cleaned = super().clean()
        if self.stale_question:
            raise forms.ValidationError(
                _("This form was open for too long. Please answer the question again.")
            )
        if cleaned.get("website"):
            raise forms.ValidationError(_("Your message could not be sent."))
        if time.time() - self.shown_at < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Please check your answers and send the form again.")
            )
        if cleaned.get("picture") and cleaned["picture"] != self.expected_picture:
            self.add_error(
                "picture",
                format_lazy(
                    _("That is not the picture asked for. Select: {name}."),
                    name=PICTURES[self.expected_picture],
                ),
            )
        return cleaned
