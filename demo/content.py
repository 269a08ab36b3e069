"""The demo's texts, read from the YAML files of demo/data/ and checked as they are read.

One file per area (site_pages, institution, action_plan, questionnaire, guides, forms,
promotions), French and English side by side. `load(name)` parses a file with PyYAML's safe
loader and checks it against its schema below: required keys, types, both languages, and the
same structure in French and English (the loader pairs the two string by string into
wagtail-localize translations). The first fault raises DemoDataError naming the file and the
path of the faulty entry, e.g.
"demo/data/guides.yaml: guides[3].fr.steps[2].value: missing 'title'".
"""

import copy
import datetime
import functools
import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same rules, in C when built


class DemoDataError(ValueError):
    """A demo data file that is not what the demo code expects."""


def load(name):
    """The data of demo/data/<name>.yaml, checked (a fresh copy: callers may change it)."""
    return copy.deepcopy(_load(name))


@functools.cache
def _load(name):
    return parse(name, (DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def parse(name, text):
    """Parse and check the text of demo/data/<name>.yaml."""
    label = f"demo/data/{name}.yaml"
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        raise DemoDataError(f"{label}: not valid YAML: {error}") from None
    try:
        check(data, SCHEMAS[name], "")
        same_structure_in_both_languages(data, "")
        for rule in RULES.get(name, ()):
            rule(data)
    except _Fault as fault:
        where = f"{fault.path}: " if fault.path else ""
        raise DemoDataError(f"{label}: {where}{fault.message}") from None
    return data


class _Fault(Exception):
    def __init__(self, path, message):
        super().__init__(f"{path}: {message}")
        self.path, self.message = path, message


# --- The schema language ----------------------------------------------------------------------
# A type (or a tuple of types; None allowed as a value) checks a scalar; {"key": spec} a mapping
# ("key?" is optional, "*" gives the spec of any other key, which are refused without it);
# [spec] a list; Each(spec) a mapping of any keys; a function(value, path) a rule of its own.

ANY = object()


class Each:
    def __init__(self, spec):
        self.spec = spec


def check(value, spec, path):
    if spec is ANY:
        return
    if isinstance(spec, dict):
        _check_mapping(value, spec, path)
    elif isinstance(spec, list):
        if not isinstance(value, list):
            raise _Fault(path, f"a list expected, not {_kind(value)}")
        for index, item in enumerate(value):
            check(item, spec[0], f"{path}[{index}]")
    elif isinstance(spec, Each):
        if not isinstance(value, dict):
            raise _Fault(path, f"a mapping expected, not {_kind(value)}")
        for key, item in value.items():
            check(item, spec.spec, _join(path, key))
    elif isinstance(spec, (type, tuple)):
        types = spec if isinstance(spec, tuple) else (spec,)
        allowed = tuple(type(None) if kind is None else kind for kind in types)
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            names = " or ".join("null" if kind is None else _TYPE_NAMES[kind] for kind in types)
            raise _Fault(path, f"{names} expected, not {_kind(value)}")
    else:
        spec(value, path)


def _check_mapping(value, spec, path):
    if not isinstance(value, dict):
        raise _Fault(path, f"a mapping expected, not {_kind(value)}")
    known = {key.removesuffix("?") for key in spec if key != "*"}
    for key, item_spec in spec.items():
        if key == "*":
            continue
        name = key.removesuffix("?")
        if name in value:
            check(value[name], item_spec, _join(path, name))
        elif not key.endswith("?"):
            raise _Fault(path, f"missing '{name}'")
    for name, item in value.items():
        if name in known:
            continue
        if "*" not in spec:
            raise _Fault(path, f"unknown key '{name}'")
        check(item, spec["*"], _join(path, name))


def same_structure_in_both_languages(value, path):
    """Wherever "fr" and "en" sit side by side, they have the same keys, the same number of
    items and the same block types: the loader pairs them position by position."""
    if isinstance(value, dict):
        if isinstance(value.get("fr"), (dict, list)) and "en" in value:
            _same_shape(value["fr"], value["en"], _join(path, "en"))
        for key, item in value.items():
            same_structure_in_both_languages(item, _join(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            same_structure_in_both_languages(item, f"{path}[{index}]")


def _same_shape(french, english, path):
    if isinstance(french, dict):
        if not isinstance(english, dict):
            raise _Fault(path, f"a mapping expected, as in French, not {_kind(english)}")
        if missing := [key for key in french if key not in english]:
            raise _Fault(path, f"missing '{missing[0]}' (present in French)")
        if extra := [key for key in english if key not in french]:
            raise _Fault(path, f"'{extra[0]}' is not in French")
        if "type" in french and french["type"] != english["type"]:
            raise _Fault(path, f"a '{french['type']}' block expected, as in French")
        for key in french:
            _same_shape(french[key], english[key], _join(path, key))
    elif isinstance(french, list):
        if not isinstance(english, list) or len(english) != len(french):
            count = len(english) if isinstance(english, list) else _kind(english)
            raise _Fault(path, f"{len(french)} items expected, as in French, not {count}")
        for index, (one, other) in enumerate(zip(french, english, strict=True)):
            _same_shape(one, other, f"{path}[{index}]")


def _join(path, key):
    return f"{path}.{key}" if path else str(key)


def _kind(value):
    return "null" if value is None else _TYPE_NAMES.get(type(value), type(value).__name__)


_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    float: "a number",
    dict: "a mapping",
    list: "a list",
    datetime.date: "a date",
}


def iso_date(value, path):
    """A date written as a string (YYYY-MM-DD), as the guides' review dates."""
    check(value, str, path)
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise _Fault(path, f"a date as YYYY-MM-DD expected, not '{value}'") from None


def model_label(value, path):
    check(value, str, path)
    if not re.fullmatch(r"[a-z_]+\.[A-Z]\w+", value):
        raise _Fault(path, f"a model as app.Model expected, not '{value}'")


def both_or_neither(*keys):
    def rule(value, path):
        present = [key for key in keys if key in value]
        if present and len(present) != len(keys):
            missing = next(key for key in keys if key not in value)
            raise _Fault(path, f"missing '{missing}' (both languages or neither)")

    return rule


def all_of(*specs):
    def rule(value, path):
        for spec in specs:
            check(value, spec, path)

    return rule


def one_of(*values):
    def rule(value, path):
        check(value, str, path)
        if value not in values:
            raise _Fault(path, f"one of {', '.join(values)} expected, not '{value}'")

    return rule


def matching(pattern, description):
    def rule(value, path):
        check(value, str, path)
        if not re.fullmatch(pattern, value):
            raise _Fault(path, f"{description} expected, not '{value}'")

    return rule


def not_empty(spec):
    def rule(value, path):
        check(value, spec, path)
        if not value:
            raise _Fault(path, "empty")

    return rule


# --- The files' schemas -----------------------------------------------------------------------

BLOCK = {"type": str, "value": ANY, "id?": str}
PAGE_TEXTS = {
    "title": str,
    "slug": str,
    "seo_title?": str,
    "search_description?": str,
    "intro?": str,
    "body?": [BLOCK],
    "*": ANY,  # the page type's own fields (milestones, test results, axes…)
}
PAGE = all_of(
    {
        "key": str,
        "model": model_label,
        "parent": (str, None),
        "show_in_menus?": bool,
        "show_in_footer?": bool,
        "facts?": Each(ANY),
        # Absent for the pages whose texts are in another file (institution.yaml).
        "fr?": PAGE_TEXTS,
        "en?": PAGE_TEXTS,
    },
    both_or_neither("fr", "en"),
)
TEXT_PAGE = {"facts?": Each((int, str, bool, None)), "fr": PAGE_TEXTS, "en": PAGE_TEXTS}
CONTACT_TEXTS = dict.fromkeys(
    ("name", "handles", "does_not_handle", "who_may_refer", "confidentiality", "address", "hours"),
    str,
)
CONTACT = {
    "key": str,
    "kind": str,
    "email": str,
    "phone": str,
    "url": str,
    "anonymous_reports": (bool, None),
    "fr": CONTACT_TEXTS,
    "en": CONTACT_TEXTS,
}
ACTION = {
    "number": str,
    "theme": int,
    "group_fr": str,
    "group_en": str,
    "text_fr": str,
    "text_en": str,
    "status": str,
    "done_in": str,
    "due_year": (int, None),
    "due_half": (int, None),
    "owners": str,
    "note_fr": str,
    "note_en": str,
}
BOTH = {"fr": str, "en": str}
STEP = {
    "title": str,
    "what_to_do": str,
    "who": str,
    "documents": [str],
    "delay": str,
    "links": [{"text": str, "url": str}],
    "official_url": str,
    "official_label": str,
    "applies_to": [str],
    "contacts": [str],
}
GUIDE_TEXTS = {
    "title": str,
    "slug": str,
    "search_description": str,
    "intro": str,
    "steps": [{"type": str, "value": STEP}],
}
# The suggestion form's page and fields (wagtail.contrib.forms' field types).
FORM_TEXTS = dict.fromkeys(
    ("title", "slug", "search_description", "intro", "thank_you_text", "subject"), str
)
FIELD_TYPES = (
    "singleline",
    "multiline",
    "email",
    "number",
    "url",
    "checkbox",
    "checkboxes",
    "dropdown",
    "multiselect",
    "radio",
    "date",
    "datetime",
    "hidden",
)
WITH_CHOICES = {"checkboxes", "dropdown", "multiselect", "radio"}
FIELD_TEXTS = {"label": str, "choices": [str], "help_text": str}
# A "documents" block: placeholder PDFs named "#document:<key>" (demo/documents.py).
DOCUMENTS_BLOCK = {
    "heading": str,
    "documents": [
        {"document": matching(r"#document:[a-z0-9-]+", "'#document:<key>'"), "title": str}
    ],
}
PATH_PAGE_TEXTS = dict.fromkeys(("title", "slug", "search_description", "intro"), str)

SCHEMAS = {
    "site_pages": {"pages": [PAGE]},
    "institution": {
        "hr_excellence": TEXT_PAGE,
        "contacts_page": TEXT_PAGE,
        "contacts": [CONTACT],
        "working_conditions": TEXT_PAGE,
        "strategic_documents": {"fr": DOCUMENTS_BLOCK, "en": DOCUMENTS_BLOCK},
        "regional_hr_contact": {"fr": CONTACT_TEXTS, "en": CONTACT_TEXTS},
    },
    "action_plan": {
        "themes": [{"number": int, **BOTH}],
        "milestones": [{"date": str, **BOTH}],
        "abbreviations": Each(BOTH),
        "actions": [ACTION],
    },
    "questionnaire": {
        "questionnaire": {
            "fr": PAGE_TEXTS,
            "en": PAGE_TEXTS,
            "axes": [
                {
                    "fr": {"title": str, "intro": str},
                    "en": {"title": str, "intro": str},
                    "questions": [BOTH],
                }
            ],
        }
    },
    "guides": {
        "newcomer_path": {"fr": PATH_PAGE_TEXTS, "en": PATH_PAGE_TEXTS},
        "documents_in_english_heading": BOTH,
        "guides": [
            {
                "key": str,
                "stage": str,
                "last_checked": iso_date,
                "review_by": iso_date,
                "fr": GUIDE_TEXTS,
                "en": GUIDE_TEXTS,
            }
        ],
        "documents_in_english": [
            {"key": str, "title_fr": str, "title_en": str, "placeholder_text": str}
        ],
    },
    "forms": {
        "suggestion_form": {
            "fr": FORM_TEXTS,
            "en": FORM_TEXTS,
            "fields": not_empty(
                [
                    {
                        "field_type": one_of(*FIELD_TYPES),
                        "required": bool,
                        "fr": FIELD_TEXTS,
                        "en": FIELD_TEXTS,
                    }
                ]
            ),
        }
    },
    "promotions": {
        "promotions": [
            {
                # A French page's URL path in the tree, as Wagtail stores it.
                "page": matching(r"/accueil/([a-z0-9-]+/)*", "a URL path as /accueil/…/"),
                "queries": not_empty([str]),
            }
        ]
    },
}


def _unique(items, path, field):
    seen = set()
    for index, item in enumerate(items):
        if item[field] in seen:
            raise _Fault(f"{path}[{index}].{field}", f"'{item[field]}' is used twice")
        seen.add(item[field])


def _pages_in_tree_order(data):
    _unique(data["pages"], "pages", "key")
    keys = set()
    for index, page in enumerate(data["pages"]):
        if page["parent"] is not None and page["parent"] not in keys:
            raise _Fault(
                f"pages[{index}].parent", f"'{page['parent']}' is not the key of an earlier page"
            )
        keys.add(page["key"])


def _choices_where_the_field_type_has_them(data):
    for index, field in enumerate(data["suggestion_form"]["fields"]):
        path = f"suggestion_form.fields[{index}]"
        if field["field_type"] in WITH_CHOICES and not field["fr"]["choices"]:
            raise _Fault(f"{path}.fr.choices", f"a '{field['field_type']}' field needs choices")
        if field["field_type"] not in WITH_CHOICES and field["fr"]["choices"]:
            raise _Fault(f"{path}.fr.choices", f"a '{field['field_type']}' field has no choices")


def _same_documents_in_both_languages(data):
    french = data["strategic_documents"]["fr"]["documents"]
    english = data["strategic_documents"]["en"]["documents"]
    for index, (one, other) in enumerate(zip(french, english, strict=True)):
        if one["document"] != other["document"]:
            raise _Fault(
                f"strategic_documents.en.documents[{index}].document",
                f"'{one['document']}' expected, as in French",
            )


def _region_in_the_names(data):
    for language in ("fr", "en"):
        if "{region}" not in data["regional_hr_contact"][language]["name"]:
            raise _Fault(f"regional_hr_contact.{language}.name", "no '{region}' in the name")


def _queries_used_once(data):
    _unique(data["promotions"], "promotions", "page")
    for index, promotion in enumerate(data["promotions"]):
        seen = set()
        for number, query in enumerate(promotion["queries"]):
            if query in seen:
                raise _Fault(f"promotions[{index}].queries[{number}]", f"'{query}' is used twice")
            seen.add(query)


RULES = {
    "site_pages": [_pages_in_tree_order],
    "institution": [
        lambda data: _unique(data["contacts"], "contacts", "key"),
        _same_documents_in_both_languages,
        _region_in_the_names,
    ],
    "action_plan": [lambda data: _unique(data["actions"], "actions", "number")],
    "guides": [
        lambda data: _unique(data["guides"], "guides", "key"),
        lambda data: _unique(data["documents_in_english"], "documents_in_english", "key"),
    ],
    "forms": [_choices_where_the_field_type_has_them],
    "promotions": [_queries_used_once],
}
