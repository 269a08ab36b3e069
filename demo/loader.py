"""Build the bilingual demo site from page specifications (demo/data/site_pages.yaml and the
other areas' files, turned into specs by the demo modules).

Idempotent: a page is found by its slug under its parent (never by title) and left alone
when it exists, so a second run changes nothing and never overwrites an editor's work.
English pages are real wagtail-localize translations of the French source: the loader pairs
the French and English texts segment by segment and imports them as a translation, so
translators see them in the translation editor and later French changes are tracked.
"""

import uuid

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from core.site_url import site_address
from home.models import StandardPage
from home.translation import translate

BLOCK_ID_NAMESPACE = uuid.UUID("7f0a7f0e-6d4c-4a1e-9a55-2f1d8b6c0c11")
PAGE_FIELDS = ("title", "slug", "seo_title", "search_description", "intro")


class DemoLoader:
    # Lists given as plain values (a multiple choice), not as a list block's items.
    PLAIN_LISTS = {"applies_to"}

    def __init__(self, page_specs, documents=None, contacts=None, log=print):
        self.specs = page_specs
        self.documents = documents or {}  # "#document:key" in a spec names one of these
        self.contacts = contacts or {}  # "#contact:kind" names one of these
        self.log = log
        self.pages = {}
        self.created = 0
        self.translated_ids = []

    def run(self):
        with transaction.atomic():
            source, target = self.load_source_pages()
        # One transaction per translation: wagtail-localize publishes a translation when its
        # transaction commits, from the page as it was then; a parent published later from
        # a stale copy would lose its children count.
        for spec in self.specs:
            with transaction.atomic():
                self.ensure_translation(spec, self.pages[spec["key"]], target)
        # Editors' new French pages then appear in English as aliases until translated.
        LocaleSynchronization.objects.get_or_create(locale=target, defaults={"sync_from": source})
        # wagtail-localize creates a translation with the French slug, then renames it, and
        # Wagtail records a redirect for the rename (on commit): a redirect from a URL that
        # never existed, removed here.
        Redirect.objects.filter(
            automatically_created=True, redirect_page_id__in=self.translated_ids
        ).delete()
        self.log(
            f"Pages: {self.created} created, {len(self.translated_ids)} translated into English."
        )

    def load_source_pages(self):
        source, target = self.ensure_locales()
        self.deferred = []
        for spec in self.specs:
            page, _ = self.ensure_page(spec, source)
            self.pages[spec["key"]] = page
        # A body may link to a page further down the list: fill it once all pages exist.
        for spec in self.deferred:
            page = self.pages[spec["key"]]
            self.set_stream_fields(page, spec, "fr")
            page.save_revision().publish()
        self.ensure_site(self.pages[self.specs[0]["key"]])
        return source, target

    def ensure_locales(self):
        source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        target_code = next(code for code, _ in settings.LANGUAGES if code != source.language_code)
        target, _ = Locale.objects.get_or_create(language_code=target_code)
        return source, target

    def ensure_page(self, spec, locale):
        model = apps.get_model(spec["model"])
        fields = spec["fr"]
        if spec["parent"] is None:
            parent = Page.get_first_root_node()
        else:
            parent = self.pages[spec["parent"]]
        existing = parent.get_children().filter(locale=locale, slug=fields["slug"]).first()
        if existing is not None and self.outdated_type(existing, model):
            self.log(f"Replacing '{existing.title}' (a standard page) by a {model.__name__}.")
            self.remove_page(existing)
            existing = None
        if existing is not None:
            return existing.specific, False

        page = model(
            locale=locale,
            show_in_menus=spec.get("show_in_menus", False),
            **{name: fields.get(name, "") for name in PAGE_FIELDS},
        )
        if "show_in_footer" in spec:
            page.show_in_footer = spec["show_in_footer"]
        self.set_text_fields(page, spec, "fr")
        # Facts (figures shared by both languages) are plain fields; "@key" names a page.
        for name, value in spec.get("facts", {}).items():
            if isinstance(value, str) and value.startswith("@"):
                value = self.pages[value[1:]]
            setattr(page, name, value)
        try:
            self.set_stream_fields(page, spec, "fr")
        except KeyError:
            # Links to a page not created yet: load_source_pages() fills the body afterwards.
            self.deferred.append(spec)
        if spec["parent"] is None:
            self.remove_wagtail_welcome_page(parent)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page, True

    @staticmethod
    def outdated_type(page, model):
        """A demo page created as a StandardPage before its section got its own page type."""
        return page.specific_class is StandardPage and model is not StandardPage

    def remove_page(self, page):
        """Remove an outdated demo page and its translations, to create one of the right type.

        The new page comes last among its siblings, in both languages alike."""
        for translation in page.get_translations():
            translation.delete()
        page.delete()

    @staticmethod
    def set_text_fields(page, spec, language):
        """The page type's own texts beyond PAGE_FIELDS (e.g. the accessibility statement's
        test results or recourse); stream fields are set by set_stream_fields."""
        streams = stream_field_names(type(page))
        for name, value in spec[language].items():
            if name in PAGE_FIELDS or name in streams:
                continue
            if any(field.name == name for field in page._meta.concrete_fields):
                setattr(page, name, value)

    def set_stream_fields(self, page, spec, language):
        for name in stream_field_names(type(page)):
            if name in spec[language]:
                setattr(page, name, self.stream_data(spec, language, name))

    def remove_wagtail_welcome_page(self, root):
        """Wagtail's initial migration creates a plain Page as the site root: replace it."""
        for page in root.get_children().exact_type(Page):
            Site.objects.filter(root_page=page).update(root_page=root)
            page.delete()

    def stream_data(self, spec, language, field="body"):
        """Raw StreamField data with block ids shared by both languages (stable per page)."""
        prefix = spec["key"] if field == "body" else f"{spec['key']}:{field}"
        return [
            {
                "type": block["type"],
                "value": self.resolve_links(block["value"], f"{prefix}:{index}"),
                "id": _stable_id(f"{prefix}:{index}"),
            }
            for index, block in enumerate(spec[language].get(field, []))
        ]

    def resolve_links(self, value, position):
        """Resolve "@key" page links, "#document:key" documents and "#contact:kind" contacts;
        give list items stable ids (translation contexts)."""
        if isinstance(value, dict):
            return {
                key: item
                if key in self.PLAIN_LISTS
                else self.resolve_links(item, f"{position}.{key}")
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [
                {
                    "type": "item",
                    "value": self.resolve_links(item, f"{position}.{index}"),
                    "id": _stable_id(f"{position}.{index}"),
                }
                for index, item in enumerate(value)
            ]
        if isinstance(value, str) and value.startswith("@"):
            return self.pages[value[1:]].pk
        if isinstance(value, str) and value.startswith("#document:"):
            return self.documents[value.removeprefix("#document:")].pk
        if isinstance(value, str) and value.startswith("#contact:"):
            return self.contacts[value.removeprefix("#contact:")].pk
        return value

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = home
        site.hostname, site.port = site_address()
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()

    def ensure_translation(self, spec, page, locale):
        existing = page.get_translation_or_none(locale)
        if existing is not None and existing.alias_of_id is None:
            return
        translate(page, self.english_page(spec, page), locale, f"Page '{spec['key']}'")
        self.translated_ids.append(page.get_translation(locale).pk)

    def english_page(self, spec, page):
        """The French page with its texts in English, to pair string by string."""
        english = page.specific_class.objects.get(pk=page.pk)
        for name in PAGE_FIELDS:
            setattr(english, name, spec["en"].get(name, ""))
        self.set_text_fields(english, spec, "en")
        self.set_stream_fields(english, spec, "en")
        return english


def with_block(fields, block):
    """A page spec's texts with one more block at the end of its body."""
    return {**fields, "body": [*fields.get("body", []), block]}


def stream_field_names(model):
    return [field.name for field in model._meta.get_fields() if isinstance(field, StreamField)]


def _stable_id(position):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, position))
