"""Every field an editor meets in the admin says what it is for: a help text under the field.

The panels are read as the admin builds them (`model.get_edit_handler()`: the page editor's
tabs, or the snippet viewset's panels), inline panels included, so a field added to a form
without a help text fails here. A help text may sit on the model field or on its panel
(`FieldPanel("x", help_text=...)`, the way to explain a field inherited from Wagtail).
No database needed: only model classes and panels are read.
"""

from wagtail.admin.panels import FieldPanel, InlinePanel, PanelGroup
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

APPS = ("home", "guides", "offers")

# Wagtail's own page fields without a help text of their own: Wagtail shows them only in its
# "Set publishing schedule" dialog, whose subtitle and notice explain them ("Choose when this
# page should go live and/or expire"). title, slug, seo_title, search_description and
# show_in_menus carry Wagtail's help text, so they pass the check and need no entry here.
WAGTAIL_EXPLAINED = {"go_live_at", "expire_at"}


def editor_models():
    pages = [model for model in get_page_models() if model._meta.app_label in APPS]
    snippets = [model for model in get_snippet_models() if model._meta.app_label in APPS]
    return pages + snippets


def field_panels(panel):
    """Every FieldPanel under a bound panel, inline panels' child panels included."""
    if isinstance(panel, FieldPanel):
        yield panel
    elif isinstance(panel, InlinePanel):
        yield from field_panels(panel.child_edit_handler)
    elif isinstance(panel, PanelGroup):
        for child in panel.children:
            yield from field_panels(child)


def shown_fields():
    """(model, panel) for every field panel an editor meets, the inline models' included."""
    for model in editor_models():
        for panel in field_panels(model.get_edit_handler()):
            yield model, panel


def help_text(panel):
    if panel.help_text:
        return str(panel.help_text).strip()
    field = panel.db_field
    return str(field.help_text).strip() if field is not None else ""


def is_wagtail_explained(panel):
    field = panel.db_field
    return field is not None and field.model is Page and field.name in WAGTAIL_EXPLAINED


def test_the_walk_finds_the_editors_forms():
    models = editor_models()
    names = {model.__name__ for model in models}
    assert {"HomePage", "OfferPage", "WelcomeGuidePage", "Contact", "Action"} <= names
    seen = {(panel.model.__name__, panel.field_name) for _model, panel in shown_fields()}
    # Nested panels (rows in groups), inline panels and promote/settings tabs are all walked.
    assert ("OfferPage", "salary_max") in seen
    assert ("OfferResearchField", "research_field") in seen
    assert ("SuggestionFormField", "field_type") in seen
    assert ("HomePage", "search_description") in seen
    assert ("HomePage", "go_live_at") in seen


def test_every_field_shown_to_editors_has_a_help_text():
    missing = sorted(
        {
            f"{panel.model._meta.label}.{panel.field_name} (in {model.__name__}'s form)"
            for model, panel in shown_fields()
            if not help_text(panel) and not is_wagtail_explained(panel)
        }
    )
    assert not missing, "Fields without a help text:\n" + "\n".join(missing)


def test_the_allowlist_names_only_fields_that_need_it():
    allowed = {panel.field_name for _model, panel in shown_fields() if is_wagtail_explained(panel)}
    assert allowed == WAGTAIL_EXPLAINED
    for _model, panel in shown_fields():
        if is_wagtail_explained(panel):
            assert not help_text(panel), f"{panel.field_name} has a help text now: drop it"
