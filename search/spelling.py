""" "Did you mean…?" for searches that found nothing, on every backend.

Neither Wagtail's database backend nor its search API offers suggestions, so the site's own
vocabulary serves (the words of its page titles and descriptions in the visitor's language): a
query word that is not in it is replaced by the closest word that is, when one is close enough.
"""

import difflib

from django.core.cache import cache
from wagtail.models import Page

from core.search_text import WORD

from .excerpts import fold

VOCABULARY_TIMEOUT = 3600  # new titles may wait an hour before they are suggested
MIN_WORD_LENGTH = 4
SIMILARITY = 0.75


def vocabulary(locale):
    """{folded word: word as written} for the live pages of a locale (cached)."""
    key = f"search-vocabulary-{locale.pk}"
    words = cache.get(key)
    if words is None:
        words = {}
        texts = Page.objects.live().filter(locale=locale).values_list("title", "search_description")
        for title, description in texts.iterator():
            for word in WORD.findall(f"{title} {description}"):
                if len(word) >= MIN_WORD_LENGTH and not word.isdigit():
                    words.setdefault(fold(word), word.lower())
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def suggestion(query, locale):
    """The query with its unknown words corrected, or None when there is nothing to correct."""
    words = vocabulary(locale)
    corrected = []
    changed = False
    for word in WORD.findall(query):
        folded = fold(word)
        if len(word) >= MIN_WORD_LENGTH and folded not in words:
            close = difflib.get_close_matches(folded, words.keys(), n=1, cutoff=SIMILARITY)
            if close:
                word = words[close[0]]
                changed = True
        corrected.append(word)
    return " ".join(corrected) if changed else None
