"""The pages a site search may show, and the index entries of those pages.

`searchable_pages(locale)`: the live, public pages of the language, less the pages each page type
keeps out of search (`exclude_from_search(pages)`, e.g. closed offers). `fresh_for()`: how long
those exclusions hold (a page type's `search_fresh_for()`: the next offer deadline).

`Candidates` hands these pages to the database backend with a promise: they change only with the
content generation (a publish, an unpublish, a snippet saved) and the exclusions. On SQLite, a
ranked search reads every match of its words from the FTS table and keeps those of candidate
pages; joining each match to its entry and its page cost a word found in most of 10,000 offers
20 of its 35 ms. With the candidates' entries at hand ({entry id: (page id, page type boost)},
`entries()`), the matches are kept or left in Python, for a few ms. The entries are built once
(about 40 ms at that size) and kept in this process while the content generation, the index's
last entry and the exclusions hold, and KEPT_SECONDS at most. The pages shown are still loaded
through `pages`: a page that may no longer be shown never is.
"""

import time

from django.db.models import Max
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page, get_page_models

from core import fragment_cache

from .database import index_entry_model, type_boosts

# The longest the entries are kept in a process without being built again, whatever else holds:
# a bound on what a cache that loses or never shares generations (a local memory cache in
# several processes) may show out of date. Building them takes a few tens of ms.
KEPT_SECONDS = 60

_kept = {}  # {name: (state, expiry on time.monotonic(), entries)}


def searchable_pages(locale):
    """Live, public pages of the language, less those each page type keeps out of search.

    Each page model may say what it excludes (`exclude_from_search(pages)`, e.g. closed offers):
    the exclusions become subqueries of the one search query, whatever the number of types.
    """
    pages = fragment_cache.public(Page.objects.live()).filter(locale=locale)
    for model in get_page_models():
        exclude = getattr(model, "exclude_from_search", None)
        if exclude is not None:
            pages = exclude(pages)
    return pages


def fresh_for():
    """Seconds until a page type's exclusions next change (`search_fresh_for()`), or None when
    none is to come."""
    seconds = None
    for model in get_page_models():
        fresh = getattr(model, "search_fresh_for", None)
        if fresh is not None and (until := fresh()) is not None:
            seconds = until if seconds is None else min(seconds, until)
    return seconds


class Candidates:
    """The pages a search may show (`pages`), named for what they are (`name`: the same name
    means the same filters, e.g. one language's searchable pages)."""

    def __init__(self, pages, name):
        self.pages = pages
        self.name = name

    def entries(self):
        """{index entry id: (page id, page type boost)} of the candidates' index entries."""
        state = (fragment_cache.generation(), fragment_cache.transaction_scope(), last_entry())
        now = time.monotonic()
        kept = _kept.get(self.name)
        if kept is not None and kept[0] == state and now < kept[1]:
            return kept[2]
        entries = index_entries(self.pages)
        until = fresh_for()
        seconds = KEPT_SECONDS if until is None else min(KEPT_SECONDS, until)
        _kept[self.name] = (state, now + seconds, entries)
        return entries


def index_entries(pages):
    """{index entry id: (page id, page type boost)} of `pages`' entries in Wagtail's index."""
    ids = set(pages.values_list("pk", flat=True))
    boosts = type_boosts()
    rows = (
        index_entry_model()
        .objects.filter(content_type_id__in=get_descendants_content_types_pks(pages.model))
        .values_list("pk", "object_id", "content_type_id")
    )
    entries = {}
    for entry, object_id, content_type in rows.iterator(chunk_size=5000):
        if (pk := int(object_id)) in ids:
            entries[entry] = (pk, boosts.get(content_type, 1.0))
    return entries


def last_entry():
    """The index's last entry id: a new entry, or the index rebuilt, changes it (ids are
    never reused)."""
    return index_entry_model().objects.aggregate(last=Max("pk"))["last"]
