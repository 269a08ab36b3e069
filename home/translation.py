"""One way to translate: every English page and snippet is a wagtail-localize translation.

A translation made by wagtail-localize opens in its translation editor, where texts are
translated segment by segment and the synchronised facts (an offer's application link, a
form's recipients, a contact's address…) cannot be changed: they follow the French source.
A plain copy (`copy_for_translation`, or rows written in bulk) opens in the ordinary editor
instead, where every field is editable: a translator could change an offer's application
link. So whoever creates an English version (the admin, the importer, the generator, the demo
loader) goes through here or home.translation_bulk, and `adopt_translations` turns the
copies of older databases into translations.
"""

import re

import polib
from django.apps import apps
from modelcluster.fields import ParentalKey
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class TranslationPairingError(Exception):
    pass


def facts(*names):
    """Fields shared by every language: synchronised from the French and never overridden in
    the translation editor (wagtail-localize lets translators override a synchronised field
    unless told otherwise)."""
    return [SynchronizedField(name, overridable=False) for name in names]


def paired_po(french, english, label, strict=True):
    """A PO file pairing each French string of an instance with its English counterpart:
    `english` is the same instance (or its copy) with its texts in English.

    Strict: the two must have the same structure, paired in document order (the demo
    loader's texts). Otherwise strings are paired by their place in the content (a copy keeps
    its block ids), and French strings with no English counterpart stay untranslated.
    """
    french_strings = strings_of(french)
    english_strings = strings_of(english)
    po = polib.POFile()
    if strict:
        shape = [_shape(segment.path) for segment in french_strings]
        if shape != [_shape(segment.path) for segment in english_strings]:
            raise TranslationPairingError(
                f"{label}: the French and English texts differ in structure."
            )
        pairs = zip(french_strings, english_strings, strict=True)
    else:
        pairs = paired_strings(french_strings, english_strings)
    for french_segment, english_segment in pairs:
        po.append(
            polib.POEntry(
                msgctxt=french_segment.path,
                msgid=french_segment.string.data,
                msgstr=english_segment.string.data,
            )
        )
    return po


def translate(instance, english, locale, label, strict=True):
    """Create (or refresh) the wagtail-localize translation of `instance` into `locale`, with
    the English texts of `english` (None: keep the translated texts there are), and publish
    it: its facts are then the source's."""
    translation = _translation(instance, locale)
    if english is not None:
        translation.import_po(paired_po(instance, english, label, strict=strict))
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        return instance.get_translation(locale)
    # wagtail-localize publishes a page translation once the transaction commits: published
    # here and now instead, so that the caller (an import row, a test) sees it live.
    page, _ = translation.source.create_or_update_translation(
        locale, publish=False, fallback=True, copy_parent_pages=True
    )
    page.get_latest_revision().publish()
    return page


def adopt(source, target):
    """Make `target`, an existing copy of `source` in another language, its wagtail-localize
    translation, keeping the target's texts as the translated strings.

    The target is not rewritten: its facts are already the source's (copies and bulk rows are
    made from the same values), and rewriting would give any string left unpaired the
    French text. Returns False when it already was a translation.
    """
    if Translation.objects.filter(
        source__object_id=source.translation_key, target_locale_id=target.locale_id
    ).exists():
        return False
    translation = _translation(source, target.locale)
    translation.import_po(paired_po(source, target, str(source), strict=False))
    return True


def _translation(instance, locale):
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def translatable_models():
    """Page types and snippets with a language (every TranslatableMixin model but inline
    rows, which are translated with their page)."""
    found = []
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or model is Page:
            continue
        if issubclass(model, Page) or not any(
            isinstance(field, ParentalKey) for field in model._meta.get_fields()
        ):
            found.append(model)
    return found


def plain_copies(model, source_locale):
    """The other-language versions of `model` that are neither translations nor aliases."""
    translated = Translation.objects.filter(
        source__locale=source_locale,
        source__specific_content_type__model=model._meta.model_name,
        source__specific_content_type__app_label=model._meta.app_label,
    ).values_list("source__object_id", "target_locale_id")
    translated = set(translated)
    copies = model.objects.exclude(locale=source_locale)
    if issubclass(model, Page):
        copies = copies.filter(alias_of__isnull=True).exact_type(model)
    return [
        copy
        for copy in copies.order_by("pk")
        if (copy.translation_key, copy.locale_id) not in translated
    ]


def strings_of(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def paired_strings(french, english):
    """French and English strings paired by their place in the content (a copy keeps its
    block ids). A rich text field gives one string per paragraph under one path: paired in
    order when both have as many, left to translate otherwise."""
    pairs = []
    english_by_path = _by_path(english)
    for path, segments in _by_path(french).items():
        if len(english_by_path.get(path, ())) == len(segments):
            pairs.extend(zip(segments, english_by_path[path], strict=True))
    return pairs


def _by_path(segments):
    grouped = {}
    for segment in segments:
        grouped.setdefault(segment.path, []).append(segment)
    return grouped


def _shape(path):
    return UUID_RE.sub("*", path)
