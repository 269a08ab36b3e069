"""Demo forms of 'Your opinion matters', under the section page, in both languages.

The suggestions form (demo/data/forms.yaml): the French page is created with its fields; the
English page is its wagtail-localize translation (the same fields, labels and choices in
English). The questionnaire is a page spec for the demo loader (demo.loader), from
demo/data/questionnaire.yaml.
"""

from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from home.models import SuggestionFormField, SuggestionFormPage
from home.translation import translate

from . import content

PARENT_PATH = "/accueil/votre-avis-compte/"
RECIPIENT = "ressources-humaines@example.org"  # a reserved demo address: set the real one


def ensure_suggestion_form(log=print):
    parent = Page.objects.filter(url_path=PARENT_PATH).first()
    if parent is None or SuggestionFormPage.objects.child_of(parent).exists():
        log("Suggestions form: 0 created.")
        return
    english = Locale.objects.get(language_code="en")
    form = content.load("forms")["suggestion_form"]
    with transaction.atomic():
        page = SuggestionFormPage(
            **form["fr"], to_address=RECIPIENT, from_address="", locale=parent.locale
        )
        page.form_fields = [
            SuggestionFormField(
                field_type=spec["field_type"],
                required=spec["required"],
                sort_order=index,
                **field_texts(spec["fr"]),
            )
            for index, spec in enumerate(form["fields"])
        ]
        parent.add_child(instance=page)
        page.save_revision().publish()
    with transaction.atomic():
        in_english = SuggestionFormPage.objects.get(pk=page.pk)
        for name, value in form["en"].items():
            setattr(in_english, name, value)
        fields = list(page.form_fields.all())
        in_english.form_fields = [
            SuggestionFormField(
                pk=field.pk,
                translation_key=field.translation_key,
                field_type=field.field_type,
                required=field.required,
                sort_order=field.sort_order,
                **field_texts(spec["en"]),
            )
            for field, spec in zip(fields, form["fields"], strict=True)
        ]
        translate(page, in_english, english, "Suggestions form")
    # Renaming the translation's slug makes Wagtail record a redirect from an address that
    # never existed (see demo.loader): removed.
    Redirect.objects.filter(
        automatically_created=True, redirect_page_id=page.get_translation(english).pk
    ).delete()
    log("Suggestions form: 1 created in French and English.")


def field_texts(texts):
    """A field's texts as the form field stores them: its choices one per line."""
    return {**texts, "choices": "\n".join(texts["choices"])}


def with_questionnaire(page_specs):
    """The site's page specs with the questionnaire after 'Your opinion matters' (its parent)."""
    specs = []
    for spec in page_specs:
        specs.append(spec)
        if spec["key"] == "your-opinion":
            specs.append(questionnaire_spec())
    return specs


def questionnaire_spec():
    questionnaire = content.load("questionnaire")["questionnaire"]

    def axes(language):
        return [
            {
                "type": "axis",
                "value": {
                    "title": axis[language]["title"],
                    "intro": axis[language]["intro"],
                    "questions": [question[language] for question in axis["questions"]],
                },
            }
            for axis in questionnaire["axes"]
        ]

    return {
        "key": "questionnaire",
        "model": "home.QuestionnairePage",
        "parent": "your-opinion",
        "show_in_menus": False,
        "fr": {**questionnaire["fr"], "axes": axes("fr")},
        "en": {**questionnaire["en"], "axes": axes("en")},
    }
