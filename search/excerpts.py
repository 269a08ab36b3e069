"""Result excerpts: the passage of a page where the visitor's words are, with the words marked.

Computed from the page's own searchable text for the ten results shown, the same way whichever
backend found them. Matching folds accents and case and ignores plural endings, like the index.
"""

import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from modelsearch.index import SearchField

from .text import search_terms

EXCERPT_WORDS = 32
WORDS_BEFORE_MATCH = 8
TOKEN = re.compile(r"\S+")
WORD_CHARS = re.compile(r"\w+")


def fold(text):
    """Lower case without accents: "Congés" -> "conges"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word):
    """A prefix that the singular and plural forms of a word share: "nurseries" -> "nurser"."""
    word = fold(word)
    for ending in ("ies", "es", "s", "x", "y", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def page_text(page):
    """The searchable text of a page other than its title, in its fields' order."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            value = field.get_value(page)
            if isinstance(value, list | tuple):
                value = " ".join(str(item) for item in value)
            if value:
                parts.append(strip_tags(str(value)))
    return " ".join(parts)


def excerpt(text, query):
    """About EXCERPT_WORDS words of `text` around the first match of `query`, as safe HTML."""
    stems = [stem(word) for word in search_terms(query).split() if len(word) > 2]
    tokens = TOKEN.findall(text)
    if not tokens:
        return ""

    def matches(token):
        return any(fold(word).startswith(s) for word in WORD_CHARS.findall(token) for s in stems)

    first = next((i for i, token in enumerate(tokens) if matches(token)), 0)
    start = max(0, first - WORDS_BEFORE_MATCH)
    shown = tokens[start : start + EXCERPT_WORDS]
    html = " ".join(
        f"<mark>{escape(token)}</mark>" if matches(token) else escape(token) for token in shown
    )
    if start > 0:
        html = "… " + html
    if start + EXCERPT_WORDS < len(tokens):
        html += " …"
    return mark_safe(html)  # every token was escaped above
