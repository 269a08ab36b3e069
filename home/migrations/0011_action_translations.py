"""Each HRS4R action becomes its French record plus an English one (step 2 of 3).

Every text is kept: the French record takes text_fr, group_fr and note_fr; its English
translation, with the same translation_key and the same facts, takes text_en, group_en and
note_en. Where the English was left empty the English page showed the French: the English
record keeps that French text, as wagtail-localize itself fills an untranslated text.

A migration cannot use wagtail-localize's own code, so the English records are made
wagtail-localize translations (TranslationSource from the French, Translation into English,
the English texts as the translated strings) by `manage.py adopt_translations`, the deploy
step that already turns older databases' plain copies into translations (docs/deployment.md).
Until it runs, the English records show on the English page as they are.

Backwards: the English texts go back into the *_en columns of the French record, the other
records and any wagtail-localize objects made for actions are deleted.
"""

import uuid

from django.conf import settings
from django.db import migrations

TEXTS = ("text", "group", "note")
FACTS = ("number", "position", "theme", "status", "done_in", "due_year", "due_half", "owners")
ENGLISH = "en"


def to_records(apps, schema_editor):
    Action = apps.get_model("home", "Action")
    Locale = apps.get_model("wagtailcore", "Locale")
    actions = list(Action.objects.filter(locale__isnull=True).order_by("pk"))
    if not actions:
        return
    french, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    english, _ = Locale.objects.get_or_create(language_code=ENGLISH)
    translations = []
    for action in actions:
        action.translation_key = uuid.uuid4()
        action.locale = french
        for name in TEXTS:
            setattr(action, name, getattr(action, f"{name}_fr"))
        translations.append(
            Action(
                translation_key=action.translation_key,
                locale=english,
                **{name: getattr(action, name) for name in FACTS},
                **{
                    name: getattr(action, f"{name}_en") or getattr(action, f"{name}_fr")
                    for name in TEXTS
                },
                # The language columns go in 0012: the same values until then.
                **{
                    f"{name}_{language}": getattr(action, f"{name}_{language}")
                    for name in TEXTS
                    for language in ("fr", "en")
                },
            )
        )
    Action.objects.bulk_update(actions, ["translation_key", "locale", *TEXTS])
    Action.objects.bulk_create(translations)


def to_columns(apps, schema_editor):
    Action = apps.get_model("home", "Action")
    english = {
        action.translation_key: action
        for action in Action.objects.filter(locale__language_code=ENGLISH)
    }
    actions = list(Action.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    for action in actions:
        translation = english.get(action.translation_key, action)
        for name in TEXTS:
            setattr(action, f"{name}_fr", getattr(action, name))
            setattr(action, f"{name}_en", getattr(translation, name))
    Action.objects.bulk_update(
        actions, [f"{name}_{language}" for name in TEXTS for language in ("fr", "en")]
    )
    Action.objects.exclude(pk__in=[action.pk for action in actions]).delete()
    Action.objects.update(translation_key=None, locale=None)
    # The wagtail-localize objects made for actions: their sources (with their segments and
    # translations), then the translatable objects (with their strings' contexts).
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslatableObject = apps.get_model("wagtail_localize", "TranslatableObject")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    action_type = ContentType.objects.filter(app_label="home", model="action").first()
    if action_type is not None:
        objects = TranslatableObject.objects.filter(content_type=action_type)
        TranslationSource.objects.filter(object__in=objects).delete()
        objects.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_action_translatable"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(to_records, to_columns)]
