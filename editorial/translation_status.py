"""The state of every page and snippet in each translated language.

- missing: no translation (or only the alias wagtail-localize keeps, which shows the French);
- out of date: the French source was published (pages) or changed (snippets) after its texts
  were last sent to translation, or some of its texts are not translated yet;
- draft: the translation is not live, or has changes not yet published;
- up to date: otherwise.

Pages are classified in SQL, so the report and the dashboard count 10,000 offers in one query;
the translatable snippets (regions, contacts, research fields: a few hundred at most) compare
their current content with what was last sent to translation.
"""

import json
from dataclasses import dataclass

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    OUTDATED = "outdated", _("Out of date")
    DRAFT = "draft", _("Draft")
    UP_TO_DATE = "up_to_date", _("Up to date")


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales():
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk"))


def _untranslated(locale, translation_key, source_locale_id):
    """Texts of the object's translation source that have no translation in `locale`."""
    return StringSegment.objects.filter(
        source__object_id=translation_key, source__locale_id=source_locale_id
    ).exclude(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale=locale,
                has_error=False,
            )
        )
    )


def pages_with_state(locale, source=None):
    """Source-language pages annotated with `state` (and `target_id`) for `locale`."""
    source = source or source_locale()
    target = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=locale)
    extracted = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    return (
        Page.objects.filter(locale=source, depth__gt=1)
        .annotate(
            target_id=Subquery(target.values("pk")[:1]),
            target_alias_of=Subquery(target.values("alias_of_id")[:1]),
            target_live=Subquery(target.values("live")[:1]),
            target_changes=Subquery(target.values("has_unpublished_changes")[:1]),
            target_published_at=Subquery(target.values("last_published_at")[:1]),
            extracted_at=Subquery(extracted.values("last_updated_at")[:1]),
            source_id=Subquery(extracted.values("pk")[:1]),
        )
        .annotate(
            state=Case(
                When(
                    Q(target_id__isnull=True) | Q(target_alias_of__isnull=False),
                    then=Value(State.MISSING.value),
                ),
                # Translated with wagtail-localize: compare with the last extraction.
                When(
                    Q(extracted_at__isnull=False, last_published_at__gt=F("extracted_at")),
                    then=Value(State.OUTDATED.value),
                ),
                When(
                    Q(source_id__isnull=False)
                    & Exists(_untranslated(locale, OuterRef("translation_key"), source.pk)),
                    then=Value(State.OUTDATED.value),
                ),
                # Translated by hand in the page editor: compare publication dates.
                When(
                    Q(extracted_at__isnull=True, last_published_at__gt=F("target_published_at")),
                    then=Value(State.OUTDATED.value),
                ),
                When(Q(target_live=False) | Q(target_changes=True), then=Value(State.DRAFT.value)),
                default=Value(State.UP_TO_DATE.value),
                output_field=models.CharField(),
            )
        )
    )


def translatable_snippet_models():
    from home.models import Contact, Region
    from offers.models import ResearchField

    return [Region, Contact, ResearchField]


def _content_json(instance):
    # The same serialisation wagtail-localize stores in TranslationSource.content_json.
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


@dataclass
class SnippetRow:
    instance: models.Model
    target: models.Model | None
    source: TranslationSource | None
    state: str


def snippet_rows(locale, source=None):
    """Every translatable snippet of the source language, with its state in `locale`."""
    source = source or source_locale()
    rows = []
    for model in translatable_snippet_models():
        instances = list(model.objects.filter(locale=source))
        keys = [instance.translation_key for instance in instances]
        targets = {
            target.translation_key: target
            for target in model.objects.filter(locale=locale, translation_key__in=keys)
        }
        sources = {
            translation_source.object_id: translation_source
            for translation_source in TranslationSource.objects.filter(
                object_id__in=keys, locale=source
            )
        }
        incomplete = set(
            StringSegment.objects.filter(source__in=sources.values())
            .exclude(
                Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale=locale,
                        has_error=False,
                    )
                )
            )
            .values_list("source__object_id", flat=True)
        )
        for instance in instances:
            target = targets.get(instance.translation_key)
            translation_source = sources.get(instance.translation_key)
            if target is None:
                state = State.MISSING
            elif translation_source is not None and (
                translation_source.content_json != _content_json(instance)
                or instance.translation_key in incomplete
            ):
                state = State.OUTDATED
            else:
                state = State.UP_TO_DATE
            rows.append(SnippetRow(instance, target, translation_source, state.value))
    return rows


def outdated_count():
    """Translations out of date, over every translated language (for the dashboard)."""
    source = source_locale()
    total = 0
    for locale in target_locales():
        total += pages_with_state(locale, source).filter(live=True, state=State.OUTDATED).count()
        total += sum(row.state == State.OUTDATED for row in snippet_rows(locale, source))
    return total
