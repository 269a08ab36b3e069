"""Thousands of copies made wagtail-localize translations at once (home.translation, in bulk).

`generate_offers` writes thousands of offers in a few statements; making each English row a
translation the way wagtail-localize does costs about 150 queries a page. Here it takes a
dozen statements a batch, writing the rows wagtail-localize's own functions would.
"""

import json
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .translation import adopt, paired_strings, plain_copies, strings_of, translatable_models


def adopt_many(pairs):
    """`adopt()` for many (source, copy) pairs of one model at once, in a few statements.

    Thousands of generated offers go through here: `adopt()` costs about 150 queries a page
    (each string, context and segment looked up or created on its own), this a dozen a batch.
    It writes what wagtail-localize's `TranslationSource.get_or_create_from_instance()` and
    `Translation.import_po()` would for content made of strings and rich text; a pair whose
    content has anything else (links, images, related snippets) goes through `adopt()`.
    """
    pairs = list(pairs)
    if not pairs:
        return 0
    model = type(pairs[0][0])
    locale_ids = {source.locale_id for source, _ in pairs}
    keys = [source.translation_key for source, _ in pairs]
    existing = set(
        Translation.objects.filter(source__object_id__in=keys).values_list(
            "source__object_id", "target_locale_id"
        )
    )
    # Sent to translation before (a source without this translation): wagtail-localize's way.
    sourced = set(
        TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", flat=True)
    )
    simple, adopted = [], 0
    for source, copy in pairs:
        if (source.translation_key, copy.locale_id) in existing:
            continue
        if source.translation_key in sourced:
            adopted += adopt(source, copy)
            continue
        segments = extract_segments(source)
        french = [segment for segment in segments if isinstance(segment, StringSegmentValue)]
        templates = [segment for segment in segments if isinstance(segment, TemplateSegmentValue)]
        if len(french) + len(templates) == len(segments):
            simple.append((source, copy, french, strings_of(copy), templates))
        else:
            adopted += adopt(source, copy)
    if not simple:
        return adopted
    if len(locale_ids) != 1:
        raise ValueError("adopt_many() takes sources of one language.")
    (source_locale_id,) = locale_ids

    TranslatableObject.objects.bulk_create(
        [
            TranslatableObject(
                translation_key=source.translation_key,
                content_type=ContentType.objects.get_for_model(model.get_translation_model()),
            )
            for source, *_ in simple
        ],
        ignore_conflicts=True,
    )
    now = timezone.now()
    sources = TranslationSource.objects.bulk_create(
        [
            TranslationSource(
                object_id=source.translation_key,
                specific_content_type=ContentType.objects.get_for_model(model),
                locale_id=source_locale_id,
                object_repr=str(source)[:200],
                content_json=_content_json(source),
                schema_version=get_schema_version(model._meta.app_label),
                last_updated_at=now,
            )
            for source, *_ in simple
        ]
    )
    Translation.objects.bulk_create(
        [
            Translation(source=translation_source, target_locale_id=copy.locale_id, enabled=True)
            for translation_source, (_, copy, *_) in zip(sources, simple, strict=True)
        ]
    )
    values = [value for *_, french, _, _ in simple for value in french]
    hashes = {String._get_data_hash(value.string.data): value.string.data for value in values}
    String.objects.bulk_create(
        [
            String(locale_id=source_locale_id, data_hash=data_hash, data=data)
            for data_hash, data in hashes.items()
        ],
        ignore_conflicts=True,
    )
    strings = dict(
        String.objects.filter(locale_id=source_locale_id, data_hash__in=hashes).values_list(
            "data_hash", "pk"
        )
    )
    TranslationContext.objects.bulk_create(
        [
            TranslationContext(
                object_id=source.translation_key,
                path=value.path,
                path_id=TranslationContext._get_path_id(value.path),
            )
            for source, _, french, _, templates in simple
            for value in french + templates
        ],
        ignore_conflicts=True,
    )
    template_ids = _templates([value for *_, templates in simple for value in templates])
    contexts = {
        (key, path_id): pk
        for key, path_id, pk in TranslationContext.objects.filter(object_id__in=keys).values_list(
            "object_id", "path_id", "pk"
        )
    }

    def ids(source, value):
        context = contexts[(source.translation_key, TranslationContext._get_path_id(value.path))]
        return strings[String._get_data_hash(value.string.data)], context

    segments, template_segments, translations = [], [], []
    for translation_source, (source, copy, french, english, templates) in zip(
        sources, simple, strict=True
    ):
        for value in templates:
            template_segments.append(
                TemplateSegment(
                    source=translation_source,
                    template_id=template_ids[_template_uuid(value)],
                    context_id=contexts[
                        (source.translation_key, TranslationContext._get_path_id(value.path))
                    ],
                    order=value.order,
                )
            )
        for value in french:
            string_id, context_id = ids(source, value)
            segments.append(
                StringSegment(
                    source=translation_source,
                    string_id=string_id,
                    context_id=context_id,
                    order=value.order,
                    attrs=json.dumps(value.attrs, cls=DjangoJSONEncoder),
                )
            )
        for french_value, english_value in paired_strings(french, english):
            string_id, context_id = ids(source, french_value)
            translations.append(
                StringTranslation(
                    translation_of_id=string_id,
                    locale_id=copy.locale_id,
                    context_id=context_id,
                    data=english_value.string.data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
            )
    StringSegment.objects.bulk_create(segments)
    TemplateSegment.objects.bulk_create(template_segments)
    StringTranslation.objects.bulk_create(translations, ignore_conflicts=True)
    return adopted + len(simple)


def _template_uuid(value):
    # As Template.from_value() names a template.
    return uuid.uuid5(uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format), value.template)


def _templates(values):
    """{uuid: id} of the Template rows for these values, created when missing."""
    by_uuid = {_template_uuid(value): value for value in values}
    Template.objects.bulk_create(
        [
            Template(
                uuid=key,
                template=value.template,
                template_format=value.format,
                string_count=value.string_count,
            )
            for key, value in by_uuid.items()
        ],
        ignore_conflicts=True,
    )
    return dict(Template.objects.filter(uuid__in=by_uuid).values_list("uuid", "pk"))


def _content_json(instance):
    # As TranslationSource stores it.
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def adopt_plain_copies(models=None, log=print):
    """Turn every plain copy of a French page or snippet into its translation (idempotent)."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    adopted = orphans = 0
    for model in models or translatable_models():
        copies = plain_copies(model, source_locale)
        sources = {
            item.translation_key: item
            for item in model.objects.filter(
                locale=source_locale, translation_key__in=[c.translation_key for c in copies]
            )
        }
        pairs = []
        for copy in copies:
            source = sources.get(copy.translation_key)
            if source is None:
                orphans += 1  # written in English first: nothing to follow
                continue
            pairs.append((source, copy))
        for start in range(0, len(pairs), 500):
            with transaction.atomic():
                adopted += adopt_many(pairs[start : start + 500])
    log(f"Translations: {adopted} copies made translations ({orphans} with no French source).")
    return adopted
