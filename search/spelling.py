"""Typo correction for searches that find nothing or very little, on every backend.

The site's own vocabulary serves: the words of the search index's text (titles, summaries,
bodies: what the database backends index) for the live pages of the visitor's language,
counted. A query word that is not in it is replaced by the closest word that is (difflib's
ratio, at least SIMILARITY; among equally close words the most frequent), when one is close
enough. The search page then shows the corrected results ("Showing results for …") when they
are more than what was typed found (search.views.site_search), or offers the correction as a
link ("Did you mean …?") when they are not.
"""

import difflib
from collections import Counter

from django.core.cache import cache
from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.models import Page

from core.search_text import WORD

from .excerpts import fold

VOCABULARY_TIMEOUT = 3600  # new words may wait an hour before they are suggested
MIN_WORD_LENGTH = 4
SIMILARITY = 0.8
MAX_LENGTH_DIFFERENCE = 2
# A search with at most this many results tries a correction.
FEW_RESULTS = 2


def index_texts(locale):
    """The indexed text of the live pages of a locale, entry by entry."""
    entries = get_app_config().get_model("IndexEntry").objects.all()
    fields = ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    page_ids = {
        str(pk) for pk in Page.objects.live().filter(locale=locale).values_list("pk", flat=True)
    }
    for object_id, *texts in entries.values_list("object_id", *fields).iterator():
        if object_id in page_ids:
            yield " ".join(text or "" for text in texts)


def vocabulary(locale):
    """{folded word: (word as most often written, count)} for a locale (cached)."""
    key = f"search-vocabulary-{locale.pk}"
    words = cache.get(key)
    if words is None:
        counts = Counter()
        for text in index_texts(locale):
            counts.update(
                word.lower()
                for word in WORD.findall(text)
                if len(word) >= MIN_WORD_LENGTH and word.isalpha()
            )
        words = {}
        for word, count in counts.most_common():
            folded = fold(word)
            written, total = words.get(folded, (word, 0))
            words[folded] = (written, total + count)
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def closest(folded, words):
    """The known word closest to `folded`, or None."""
    candidates = [word for word in words if abs(len(word) - len(folded)) <= MAX_LENGTH_DIFFERENCE]
    matcher = difflib.SequenceMatcher(b=folded)
    scored = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
            continue
        ratio = matcher.ratio()
        if ratio >= SIMILARITY:
            scored.append((ratio, words[candidate][1], candidate))
    if not scored:
        return None
    return max(scored)[2]


def suggestion(query, locale):
    """The query with its unknown words corrected, or None when there is nothing to correct."""
    words = vocabulary(locale)
    corrected = []
    changed = False
    for word in WORD.findall(query):
        folded = fold(word)
        if len(word) >= MIN_WORD_LENGTH and word.isalpha() and folded not in words:
            close = closest(folded, words)
            if close:
                word = words[close][0]
                changed = True
        corrected.append(word)
    return " ".join(corrected) if changed else None
