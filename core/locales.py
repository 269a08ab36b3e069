"""The site's languages, asked one way everywhere.

French (settings.LANGUAGE_CODE) is the source language: every page and snippet is written in
French first and the other languages are its wagtail-localize translations, linked by a
shared `translation_key`. These helpers answer the two questions the code keeps asking:
"is this the source language?" and "what is this record in that language?".
"""

from django.conf import settings
from django.db.models import Q


def is_source(locale):
    """True for the source language. `locale` is a Locale, a language code, or None (a record
    not yet given a locale is being written in the source language)."""
    if locale is None:
        return True
    code = getattr(locale, "language_code", locale)
    return code == settings.LANGUAGE_CODE


def in_source_language(locale_field="locale"):
    """A filter for records in the source language: `Model.objects.filter(in_source_language())`;
    through a relation with `in_source_language("page__locale")`."""
    return Q(**{f"{locale_field}__language_code": settings.LANGUAGE_CODE})


def in_locale(items, locale_id):
    """The translatable `items` (all of one model) in the language `locale_id`, in their order,
    each falling back to itself where it has no translation. One query, none for no items."""
    items = list(items)
    if not items:
        return []
    keys = {item.translation_key for item in items}
    found = {
        item.translation_key: item
        for item in type(items[0]).objects.filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [found.get(item.translation_key, item) for item in items]
