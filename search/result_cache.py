"""Site search's results, kept per query under the content generation (core/fragment_cache.py).

Ranking reads every match: a word found in most of 10,000 offers costs tens of milliseconds
on either database, while visitors search the same few words again and again. What is kept is
small (the page's ids, the number of matches, the corrected query, the backend, the results'
excerpts), for SEARCH_RESULTS_CACHE_SECONDS at most, and:

- publishing, unpublishing, moving or deleting a page, or saving a snippet (the editors'
  synonyms among them), starts a new content generation: nothing kept before is read again;
- never past the moment a page type's exclusions change (`search_fresh_for()`: an offer
  leaves search results at its deadline);
- the pages shown are loaded again on each request, through the same filters as the search
  (live, public, in the language, not excluded), so a page is never shown once it may not be.

Each request still counts its query for the editors' report (search.views).
"""

import hashlib

from django.conf import settings

from core import fragment_cache
from core.search_backends import backend_names

from .candidates import fresh_for

# The shape of what is kept (search.views.Outcome.kept): a new shape gets a new number, so that
# a process of the new version never reads what an older one stored in a shared cache.
FORMAT = 2


def key(query, language, locale, number, per_page, correct):
    """The name results are kept under: what was asked, and the backends that may answer
    (while Elasticsearch is set aside, the database's results are kept apart from its)."""
    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    backends = "+".join(backend_names(language))
    asked = f"{locale.pk}:{language}:{backends}:{number}:{per_page}:{int(correct)}:{digest}"
    return f"search:{FORMAT}:{asked}"


def lifetime():
    """How long results may be kept: SEARCH_RESULTS_CACHE_SECONDS, or until a page type's
    exclusions next change (a page type with `search_fresh_for()`), when that is sooner."""
    seconds = settings.SEARCH_RESULTS_CACHE_SECONDS
    if (until := fresh_for()) is not None:
        seconds = min(seconds, until)
    return max(0, int(seconds))


def lookup(name):
    if settings.SEARCH_RESULTS_CACHE_SECONDS <= 0:
        return None
    return fragment_cache.lookup(None, name)


def store(name, value):
    if settings.SEARCH_RESULTS_CACHE_SECONDS <= 0:
        return
    seconds = lifetime()
    if seconds > 0:
        fragment_cache.store(None, name, value, seconds)
