"""Every model of the project names itself in the singular and the plural, in both languages:
without a declared plural, Django adds an "s" to the translated singular, and the French
admin read "page d’accueils" or "page standards" (issue 22, point 5)."""

from pathlib import Path

import pytest
from django.apps import apps
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
PROJECT_MODELS = [
    model
    for model in apps.get_models()
    if Path(apps.get_app_config(model._meta.app_label).path).parent == ROOT
]


def test_the_project_has_models_to_check():
    assert len(PROJECT_MODELS) > 20


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda model: model.__name__)
def test_names_are_declared_and_french(model):
    declared = model._meta.original_attrs
    assert "verbose_name" in declared and "verbose_name_plural" in declared
    with translation.override("fr"):
        singular = str(model._meta.verbose_name)
        plural = str(model._meta.verbose_name_plural)
    assert not plural.endswith("ss"), plural
    # Translated: a French name differs from the English one, except for the words both
    # languages share.
    with translation.override("en"):
        english = str(model._meta.verbose_name)
    assert singular != english or singular in {"questionnaire", "contact"}, singular
