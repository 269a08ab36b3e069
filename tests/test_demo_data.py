"""The demo's data files (demo/data/*.yaml): they load, and a faulty entry is refused with the
file and the path of the entry in the message. No database is needed."""

import pytest
import yaml

from demo import content
from demo.content import DemoDataError


def refusal(name, change):
    """The message of the error raised when the file `name`, changed by `change`, is loaded."""
    data = content.load(name)
    change(data)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    with pytest.raises(DemoDataError) as error:
        content.parse(name, text)
    return str(error.value)


@pytest.mark.parametrize("name", sorted(content.SCHEMAS))
def test_every_data_file_loads(name):
    assert content.load(name)


def test_each_load_is_a_fresh_copy():
    content.load("guides")["guides"].clear()
    assert content.load("guides")["guides"]


def test_a_missing_key_is_named_with_its_path():
    def change(data):
        del data["guides"][3]["fr"]["steps"][2]["value"]["title"]

    assert refusal("guides", change) == (
        "demo/data/guides.yaml: guides[3].fr.steps[2].value: missing 'title'"
    )


def test_a_missing_language_is_named():
    def change(data):
        del data["contacts"][1]["en"]

    assert refusal("institution", change) == "demo/data/institution.yaml: contacts[1]: missing 'en'"


def test_both_languages_of_an_action_are_required():
    def change(data):
        del data["actions"][0]["text_en"]

    assert refusal("action_plan", change) == (
        "demo/data/action_plan.yaml: actions[0]: missing 'text_en'"
    )


def test_a_page_has_both_languages_or_neither():
    def change(data):
        del data["pages"][0]["en"]

    assert refusal("site_pages", change) == (
        "demo/data/site_pages.yaml: pages[0]: missing 'en' (both languages or neither)"
    )


def test_a_wrong_type_is_named():
    def change(data):
        data["actions"][4]["due_year"] = "2022"

    assert refusal("action_plan", change) == (
        "demo/data/action_plan.yaml: actions[4].due_year: an integer or null expected, not a string"
    )


def test_a_misspelt_key_is_refused():
    def change(data):
        data["actions"][0]["note_em"] = data["actions"][0].pop("note_en")

    assert refusal("action_plan", change) == (
        "demo/data/action_plan.yaml: actions[0]: missing 'note_en'"
    )

    def extra(data):
        data["contacts"][0]["emial"] = ""

    assert refusal("institution", extra) == (
        "demo/data/institution.yaml: contacts[0]: unknown key 'emial'"
    )


def test_english_must_have_the_french_structure():
    """The loader pairs French and English position by position."""

    def fewer_steps(data):
        data["guides"][0]["en"]["steps"].pop()

    count = len(content.load("guides")["guides"][0]["fr"]["steps"])
    assert refusal("guides", fewer_steps) == (
        f"demo/data/guides.yaml: guides[0].en.steps: {count} items expected, as in French, "
        f"not {count - 1}"
    )

    def other_block(data):
        data["pages"][0]["en"]["body"][1]["type"] = "heading"

    assert refusal("site_pages", other_block) == (
        "demo/data/site_pages.yaml: pages[0].en.body[1]: a 'paragraph' block expected, as in French"
    )

    def key_in_english_only(data):
        data["questionnaire"]["en"]["seo_title"] = "Questionnaire"

    assert refusal("questionnaire", key_in_english_only) == (
        "demo/data/questionnaire.yaml: questionnaire.en: 'seo_title' is not in French"
    )


def test_pages_come_after_their_parent_and_keys_are_unique():
    def parent_later(data):
        data["pages"][1]["parent"] = "privacy"

    assert refusal("site_pages", parent_later) == (
        "demo/data/site_pages.yaml: pages[1].parent: 'privacy' is not the key of an earlier page"
    )

    def twice(data):
        data["guides"][1]["key"] = data["guides"][0]["key"]

    key = content.load("guides")["guides"][0]["key"]
    assert refusal("guides", twice) == (
        f"demo/data/guides.yaml: guides[1].key: '{key}' is used twice"
    )


def test_review_dates_are_iso_dates():
    def change(data):
        data["guides"][2]["review_by"] = "01/10/2026"

    assert refusal("guides", change) == (
        "demo/data/guides.yaml: guides[2].review_by: a date as YYYY-MM-DD expected, "
        "not '01/10/2026'"
    )


def test_a_file_that_is_not_yaml_is_refused():
    with pytest.raises(DemoDataError, match=r"^demo/data/guides.yaml: not valid YAML"):
        content.parse("guides", "guides: [unclosed\n")
    with pytest.raises(DemoDataError, match=r"^demo/data/guides.yaml: a mapping expected"):
        content.parse("guides", "- a list\n")


def test_the_suggestion_form_needs_both_languages_and_choices_where_its_fields_have_them():
    def no_english_label(data):
        del data["suggestion_form"]["fields"][1]["en"]["label"]

    assert refusal("forms", no_english_label) == (
        "demo/data/forms.yaml: suggestion_form.fields[1].en: missing 'label'"
    )

    def a_dropdown_without_choices(data):
        for language in ("fr", "en"):
            data["suggestion_form"]["fields"][0][language]["choices"] = []

    assert refusal("forms", a_dropdown_without_choices) == (
        "demo/data/forms.yaml: suggestion_form.fields[0].fr.choices: "
        "a 'dropdown' field needs choices"
    )

    def unknown_type(data):
        data["suggestion_form"]["fields"][2]["field_type"] = "e-mail"

    assert refusal("forms", unknown_type).startswith(
        "demo/data/forms.yaml: suggestion_form.fields[2].field_type: one of singleline, "
    )


def test_promotions_name_a_page_path_and_queries():
    def relative_path(data):
        data["promotions"][0]["page"] = "bienvenue-en-france"

    assert refusal("promotions", relative_path) == (
        "demo/data/promotions.yaml: promotions[0].page: a URL path as /accueil/…/ expected, "
        "not 'bienvenue-en-france'"
    )

    def no_queries(data):
        data["promotions"][1]["queries"] = []

    assert refusal("promotions", no_queries) == (
        "demo/data/promotions.yaml: promotions[1].queries: empty"
    )


def test_the_texts_moved_from_python_are_checked_like_the_others():
    def strategic_document_in_french_only(data):
        data["strategic_documents"]["en"]["documents"].pop()

    assert refusal("institution", strategic_document_in_french_only) == (
        "demo/data/institution.yaml: strategic_documents.en.documents: "
        "2 items expected, as in French, not 1"
    )

    def other_document_in_english(data):
        data["strategic_documents"]["en"]["documents"].reverse()

    assert refusal("institution", other_document_in_english) == (
        "demo/data/institution.yaml: strategic_documents.en.documents[0].document: "
        "'#document:action-plan-2022' expected, as in French"
    )

    def regional_name_without_region(data):
        data["regional_hr_contact"]["en"]["name"] = "Human resources"

    assert refusal("institution", regional_name_without_region) == (
        "demo/data/institution.yaml: regional_hr_contact.en.name: no '{region}' in the name"
    )

    def path_page_without_english_intro(data):
        del data["newcomer_path"]["en"]["intro"]

    assert refusal("guides", path_page_without_english_intro) == (
        "demo/data/guides.yaml: newcomer_path.en: missing 'intro'"
    )

    def heading_in_french_only(data):
        del data["documents_in_english_heading"]["en"]

    assert refusal("guides", heading_in_french_only) == (
        "demo/data/guides.yaml: documents_in_english_heading: missing 'en'"
    )
