"""The HRS4R actions' migration to wagtail-localize (home 0010–0012), run both ways on the demo
database: every French and English text is kept, and `adopt_translations` then makes the
English records wagtail-localize translations.

Run inside the test's transaction, rolled back afterwards: PostgreSQL only (SQLite's schema
editor refuses to run inside a transaction with foreign keys on).
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail_localize.models import TranslatableObject, Translation

from home.models import Action
from home.translation import plain_copies

from .helpers import locale

pytestmark = pytest.mark.django_db

BEFORE = "0009_accessibility_statement_page"
STEPS = [
    "0010_action_translatable",
    "0011_action_translations",
    "0012_action_language_columns_removed",
]
TEXTS = ("text", "group", "note")
FACTS = ("position", "theme", "status", "done_in", "due_year", "due_half", "owners")


def migrate(target):
    """Migrate home to `target`, one migration per call; the models of that state."""
    MigrationExecutor(connection).migrate([("home", target)])
    # Fire the deferred foreign key checks now: PostgreSQL refuses to alter a table with
    # pending checks, which one transaction for every step would otherwise leave.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    return MigrationExecutor(connection).loader.project_state([("home", target)]).apps


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("the migration runs in the test's transaction: PostgreSQL only")


def texts_by_number(language):
    return {
        action.number: (
            tuple(getattr(action, name) for name in TEXTS),
            tuple(getattr(action, name) for name in FACTS),
        )
        for action in Action.objects.filter(locale=locale(language))
    }


def test_actions_migrate_to_translations_and_back_keeping_every_text(postgresql):
    french, english = texts_by_number("fr"), texts_by_number("en")
    assert len(french) == len(english) == 91

    # Backwards: one record per action, both languages side by side, as before 0010.
    for target in reversed([BEFORE, *STEPS[:-1]]):
        old = migrate(target)
    OldAction = old.get_model("home", "Action")
    assert OldAction.objects.count() == 91
    for action in OldAction.objects.all():
        texts, facts = french[action.number]
        assert tuple(getattr(action, f"{name}_fr") for name in TEXTS) == texts
        assert tuple(getattr(action, f"{name}_en") for name in TEXTS) == english[action.number][0]
        assert tuple(getattr(action, name) for name in FACTS) == facts
    assert not TranslatableObject.objects.filter(content_type__model="action").exists()
    # An older record whose English note and sub-heading were never written.
    untranslated = OldAction.objects.exclude(note_fr="").exclude(group_fr="").first()
    untranslated.note_en = untranslated.group_en = ""
    untranslated.save()

    # Forwards: the French record and its English one, the same translation key and facts.
    for target in STEPS:
        migrate(target)
    assert texts_by_number("fr") == french
    migrated = texts_by_number("en")
    assert migrated.keys() == english.keys()
    for number, (texts, facts) in english.items():
        if number == untranslated.number:
            # The English page showed the French: the English record keeps it.
            assert migrated[number] == (
                (texts[0], french[number][0][1], french[number][0][2]),
                facts,
            )
        else:
            assert migrated[number] == (texts, facts)
    keys = {
        language: set(
            Action.objects.filter(locale=locale(language)).values_list("translation_key", flat=True)
        )
        for language in ("fr", "en")
    }
    assert len(keys["fr"]) == 91 and keys["fr"] == keys["en"]

    # The deploy step makes the English records wagtail-localize translations, once every
    # later migration of home is back (the command reads every page model as it is now).
    (latest,) = MigrationExecutor(connection).loader.graph.leaf_nodes("home")
    migrate(latest[1])
    assert len(plain_copies(Action, locale("fr"))) == 91
    call_command("adopt_translations", stdout=io.StringIO())
    assert plain_copies(Action, locale("fr")) == []
    assert (
        Translation.objects.filter(
            source__object_id__in=keys["fr"], target_locale=locale("en"), enabled=True
        ).count()
        == 91
    )
    assert texts_by_number("en") == migrated  # adopted as they are
