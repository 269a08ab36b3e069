"""Wagtail's Elasticsearch 8 backend, restricted to one language.

Each language has its own backend (and so its own indexes and analyzer, see `search.config`).
An object that belongs to a locale (pages, translatable snippets) is indexed only by the backend
of its language, so a French word is analysed by the French analyzer and never found by an
English search; objects without a locale (images, documents) go into every language's index.

The filter sits in the index class, which both paths go through: the signal handlers (save,
publish) call `backend.add()` -> `index.add_item()`, and `manage.py update_index` calls
`index.add_items()`, also on the new index of an atomic rebuild.

Publishing never fails because Elasticsearch is down: `modelsearch.index.insert_or_update_object`
(and `remove_object` on delete) catches and logs any exception from `backend.add()` /
`backend.delete()` and re-raises only for backends whose `catch_indexing_errors` is False; the
Elasticsearch backends set it to True (`ElasticsearchBaseSearchBackend`). The save signal runs
that function through a django-tasks task (immediate by default), so the same holds there;
tests/test_search_elasticsearch.py publishes a page with Elasticsearch unreachable.
"""

from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Locale, TranslatableMixin
from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
)

from .config import with_synonyms


class LanguageIndex(Elasticsearch8Index):
    """An index that drops the objects of other languages before sending anything, created
    with the editors' synonyms of its language (search.synonyms)."""

    def put(self):
        from .synonyms import elasticsearch_rules

        rules = elasticsearch_rules(self.backend.language)
        self.es.indices.create(index=self.name, **with_synonyms(self.backend.settings, rules))

    def add_item(self, item):
        if self.backend.in_language([item]):
            super().add_item(item)

    def add_items(self, model, items):
        super().add_items(model, self.backend.in_language(items))


class SearchBackend(Elasticsearch8SearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        try:
            self.language = params.pop("LANGUAGE")
        except KeyError:
            raise ImproperlyConfigured(
                "search.elasticsearch backends need a LANGUAGE: see search.config."
            ) from None
        super().__init__(params)

    def in_language(self, items):
        """The items this backend indexes: those of its language, and those without a locale."""
        items = list(items)
        locale_ids = set()
        if any(isinstance(item, TranslatableMixin) for item in items):
            # One query per call, whatever the number of items: update_index sends chunks.
            locale_ids = set(
                Locale.objects.filter(language_code=self.language).values_list("pk", flat=True)
            )
        return [
            item
            for item in items
            if not isinstance(item, TranslatableMixin) or item.locale_id in locale_ids
        ]
