"""Turn offer specs (the documented import schema) into pages.

Two paths, one schema:
- `save_offer()` creates or updates one offer through Wagtail's page API (revisions,
  publishing signals, search index): what `import_offers` uses, row by row.
- `bulk_create_offers()` writes thousands of new offers in a few statements for demos and
  benchmarks (`generate_offers`, `load_demo_content`): no revisions, indexed in bulk.
Both create the French page and its English wagtail-localize translation (home.translation):
its facts follow the French and a translator changes only its texts.
"""

import html
import uuid
import zlib
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.cache_purge import purge_related
from core.page_cache import purge_all
from home.models import Region
from home.translation import translate
from home.translation_bulk import adopt_many

from .filters import offers_changed
from .models import OfferIndexPage, OfferPage, OfferResearchField, ResearchField
from .schema import FACT_FIELDS, RICH_TEXT_FIELDS, TEXT_FIELDS

TRANSLATION_KEY_NAMESPACE = uuid.UUID("4d1c0c55-0b8e-4f57-9a53-0f6c3e1e9a11")


def text_to_html(text):
    """Plain text (blank-line paragraphs, "- " bullets) → escaped rich-text HTML."""
    blocks = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{html.escape(line[2:].strip())}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append(f"<p>{html.escape(' '.join(lines))}</p>")
    return "".join(blocks)


def translation_key(reference):
    """Stable across runs and machines, so the French and English pages always pair."""
    return uuid.uuid5(TRANSLATION_KEY_NAMESPACE, reference)


def offer_slug(spec, language):
    return f"{slugify(spec[f'title_{language}'])[:60].rstrip('-')}-{slugify(spec['reference'])}"


def has_english(spec):
    return bool(spec.get("title_en"))


class OfferTargets:
    """The offers indexes and taxonomies the specs refer to, looked up once."""

    def __init__(self):
        self.source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.index = OfferIndexPage.objects.filter(locale=self.source).first()
        if self.index is None:
            raise LookupError("There is no French offers index page to add offers to.")
        translation = self.index.get_translations().filter(alias_of__isnull=True).first()
        self.translated_index = translation.specific if translation else None
        self.regions = dict(Region.objects.filter(locale=self.source).values_list("slug", "pk"))
        self.fields = dict(
            ResearchField.objects.filter(locale=self.source).values_list("slug", "pk")
        )


def page_values(spec, language, targets):
    values = {name: spec[name] for name in FACT_FIELDS}
    for key, field in TEXT_FIELDS.items():
        text = spec.get(f"{key}_{language}") or spec.get(f"{key}_fr") or ""
        values[field] = text_to_html(text) if key in RICH_TEXT_FIELDS else text
    values["region_id"] = targets.regions[spec["region"]]
    return values


# --- One offer at a time (imports) ----------------------------------------------------


def save_offer(spec, targets):
    """Create or update the offer with this reference (French page, then English).

    Returns "created" or "updated". Runs inside the caller's transaction.
    """
    page = OfferPage.objects.filter(locale=targets.source, reference=spec["reference"]).first()
    created = page is None
    if created:
        page = OfferPage(
            locale=targets.source,
            translation_key=translation_key(spec["reference"]),
            slug=offer_slug(spec, "fr"),
        )
    _assign(page, spec, "fr", targets)
    if created:
        targets.index.add_child(instance=page)
    page.save_revision().publish()

    locale = targets.translated_index.locale if targets.translated_index else None
    if locale is None:
        return "created" if created else "updated"
    if has_english(spec):
        in_english = OfferPage.objects.get(pk=page.pk)
        _assign(in_english, spec, "en", targets)
        in_english.slug = offer_slug(spec, "en")
        english = translate(page, in_english, locale, spec["reference"], strict=False)
        # wagtail-localize creates the page with the French slug, then renames it: Wagtail
        # records a redirect from an address that never existed.
        Redirect.objects.filter(automatically_created=True, redirect_page_id=english.pk).delete()
    elif page.get_translation_or_none(locale) is not None:
        # A French-only update: the translation keeps its texts and follows the facts.
        translate(page, None, locale, spec["reference"])
    return "created" if created else "updated"


def _assign(page, spec, language, targets):
    for name, value in page_values(spec, language, targets).items():
        setattr(page, name, value)
    page.research_fields = _field_links(spec, targets)


def _field_links(spec, targets):
    return [
        OfferResearchField(research_field_id=targets.fields[slug], sort_order=position)
        for position, slug in enumerate(spec["research_fields"])
    ]


# --- Thousands at once (demo content, benchmarks) --------------------------------------


def bulk_create_offers(specs, targets, *, batch_size=500, progress=None):
    """Create the offers whose reference is new; return how many were created.

    Wagtail's page API costs tens of milliseconds a page (tree bookkeeping, revisions,
    signals); here the tree paths are computed once and rows go in by batches. Pages are
    published without a revision: the first edit in the admin makes one.
    """
    existing = set(
        OfferPage.objects.filter(locale=targets.source).values_list("reference", flat=True)
    )
    specs = [spec for spec in specs if spec["reference"] not in existing]
    parents = [(targets.index, "fr")]
    if targets.translated_index is not None:
        parents.append((targets.translated_index, "en"))
    created = 0
    for start in range(0, len(specs), batch_size):
        batch = specs[start : start + batch_size]
        with transaction.atomic():
            versions = [
                _bulk_insert(parent, language, batch, targets) for parent, language in parents
            ]
            get_search_backend().add_bulk(OfferPage, [page for pages in versions for page in pages])
            # The English rows are copies, made wagtail-localize translations like any other.
            if len(versions) > 1:
                adopt_many(zip(*versions, strict=True))
        created += len(batch)
        offers_changed()
        if progress:
            progress(len(batch))
    if created:
        refresh_planner_statistics()
        # Rows written here send no publish signal: the listings, home pages and sitemap that
        # show the new offers are purged as a publish would purge them (a CDN included), and
        # the site's own caches (pages and shared fragments) start a new generation.
        indexes = [parent for parent, _language in parents]
        purge_pages_from_cache(indexes)
        for index in indexes:
            purge_related(type(index), index)
        purge_all()
    return created


def refresh_planner_statistics():
    """After thousands of rows at once, let the database plan with the new sizes.

    Measured on SQLite with 10,000 offers: without statistics the planner joins pages
    before walking the deadline index, and a text query costs 330 ms instead of 2 ms.
    PostgreSQL's autovacuum would get there too, some minutes later.
    """
    if connection.vendor in ("sqlite", "postgresql"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _bulk_insert(parent, language, specs, targets):
    parent = Page.objects.get(pk=parent.pk)  # fresh tree values
    last = parent.get_last_child()
    step = last._get_lastpos_in_path() if last else 0
    depth = parent.depth + 1
    content_type = ContentType.objects.get_for_model(OfferPage)
    now = timezone.now()
    pages = []
    for offset, spec in enumerate(specs, start=1):
        values = page_values(spec, language, targets)
        published = min(now, values["deadline"]) - _age(spec["reference"])
        slug = offer_slug(spec, language)
        pages.append(
            OfferPage(
                path=Page._get_path(parent.path, depth, step + offset),
                depth=depth,
                numchild=0,
                slug=slug,
                url_path=f"{parent.url_path}{slug}/",
                draft_title=values["title"],
                content_type=content_type,
                locale_id=parent.locale_id,
                translation_key=translation_key(spec["reference"]),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                **values,
            )
        )
    # Django cannot bulk-insert a multi-table child: the Page rows go in together, then
    # each offer row (raw, so no per-row signal indexes it: add_bulk does, once).
    base_rows = Page.objects.bulk_create(
        [
            Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
            for page in pages
        ]
    )
    for page, base in zip(pages, base_rows, strict=True):
        page.pk = page.id = page.page_ptr_id = base.pk
        page.save_base(raw=True, force_insert=True)
    OfferResearchField.objects.bulk_create(
        OfferResearchField(offer_id=page.pk, research_field_id=targets.fields[slug], sort_order=i)
        for page, spec in zip(pages, specs, strict=True)
        for i, slug in enumerate(spec["research_fields"])
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def _age(reference):
    """How long ago a generated offer was published: spread over 30 days, stable."""
    return timedelta(hours=zlib.crc32(reference.encode()) % (30 * 24))
