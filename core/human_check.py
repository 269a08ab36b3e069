"""A check that a person, not a script, fills a form, without shutting anyone out.

The source pages ask visitors to pick a named picture ("Le Camion", "L'Arbre", "La Maison",
"Le Cœur"). Here the pictures are radio buttons whose labels are the names, so a screen-reader
user hears the names, and a keyboard user picks one like any choice. The question does not name
the picture it wants: it describes it in plain words ("Select the plant.", "Select what beats
in your chest."), which a person understands whether they see the pictures or hear the names,
and a script matching the question's words with the labels does not. Two silent checks come
with it: a honeypot field that people never see (and assistive technology skips), and a
minimum time between showing the form and sending it.

Nothing the browser receives gives the answer away: the pictures, their names, files and
(empty) alt texts are the same whatever is asked, and the signed token carries only a random id
and the time the form was shown. Which question an id asks follows from a keyed hash of it
(SECRET_KEY): the server needs to store nothing, and the token names neither the answer nor the
question. A wrong picture spends the token (see first_use) and asks a new question, so a script
cannot send every picture for one question. A failed check re-displays the form with
everything the visitor typed.
"""

import hashlib
import secrets
import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.templatetags.static import static
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

PICTURES = {
    "camion": _("The lorry"),
    "arbre": _("The tree"),
    "maison": _("The house"),
    "coeur": _("The heart"),
}
# Each question describes one picture without its name, in words anyone knows.
QUESTIONS = [
    ("camion", _("Select the vehicle.")),
    ("camion", _("Select what carries goods by road.")),
    ("arbre", _("Select the plant.")),
    ("arbre", _("Select what grows leaves.")),
    ("maison", _("Select the building.")),
    ("maison", _("Select where people live.")),
    ("coeur", _("Select what beats in your chest.")),
    ("coeur", _("Select the symbol of love.")),
]
MIN_FILL_SECONDS = 3  # faster than a person reads the question
MAX_AGE_SECONDS = 4 * 3600  # a form left open for a long time gets a new question
SALT = "careers.human-check"


def question(question_id):
    """The (picture, wording) a token's random id asks, known only to whoever has SECRET_KEY."""
    digest = salted_hmac(SALT, question_id, algorithm="sha256").digest()
    return QUESTIONS[int.from_bytes(digest[:4], "big") % len(QUESTIONS)]


def new_token(answer=None, shown_at=None):
    """A signed token for a new question. `answer` (for tests) asks about that picture: ids are
    drawn until one does, a few draws on average."""
    if answer is not None and answer not in PICTURES:
        raise ValueError(f"No picture {answer!r}")
    while True:
        question_id = secrets.token_urlsafe(12)
        if answer is None or question(question_id)[0] == answer:
            data = {"id": question_id, "shown_at": shown_at or time.time()}
            return signing.dumps(data, salt=SALT)


def read_token(token):
    """{"picture", "question", "shown_at"} from a token, or None when it was tampered with, is too
    old, or was made before questions were described (it carried its answer then)."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    if not isinstance(data.get("shown_at"), int | float):
        return None
    picture, wording = question(data["id"])
    return {"picture": picture, "question": wording, "shown_at": data["shown_at"]}


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
        self.stale_question = self.is_bound and (not token or read_token(token) is None)
        self.ask(new_token() if token is None or self.stale_question else token)
        # The question comes last, once the visitor has written what they came to write.
        guards = ["picture", "website", "check_token"]
        self.order_fields([name for name in self.fields if name not in guards] + guards)
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "honeypot__input"}
        )

    def ask(self, token):
        """Ask the question of `token`; a form shown again sends it back, with the answers kept."""
        data = read_token(token)
        self.expected_picture = data["picture"]
        self.shown_at = data["shown_at"]
        self.fields["check_token"].initial = token
        # Lazy, so that the question is worded in the language of the page that shows it.
        self.fields["picture"].help_text = data["question"]
        if self.is_bound:
            self.data = self.data.copy()
            self.data[self.add_prefix("check_token")] = token

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
            # One try per question: the token is spent (the views then receive nothing sent
            # with it), and a new question is asked, with no picture chosen for it yet.
            first_use(self.data[self.add_prefix("check_token")])
            self.ask(new_token(shown_at=self.shown_at))
            self.data.pop(self.add_prefix("picture"), None)
            self.add_error(
                "picture", _("That is not the picture asked for. Here is a new question.")
            )
        return cleaned
