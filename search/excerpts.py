"""Result excerpts: the passage of a page where the visitor's words are, with the words marked.

Computed from the page's own text for the ten results shown, the same way whichever backend
found them. Words are compared as the index compares them: without accents or case, and
reduced to their stem by the Snowball stemmer of the visitor's language ("researchers" marks
"research", "logements" marks "logement").
"""

import functools
import re
import threading
import unicodedata

import snowballstemmer
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from modelsearch.index import SearchField

from core.search_text import search_terms

EXCERPT_WORDS = 32
WORDS_BEFORE_MATCH = 8
STEMMERS = {"fr": "french", "en": "english"}
# Words stemmed, kept across excerpts and requests: the same query words and the words of the
# same pages come back, and Snowball's Python stemmers take about 0.1 ms a word (stemming a
# three-word query's words once per result was 5 ms of a search). Bounded: a few MB at most.
STEMS_KEPT = 50_000
TOKEN = re.compile(r"\S+")
WORD = re.compile(r"\w+")


@functools.cache
def combining_marks():
    """The combining marks of the Basic Multilingual Plane, as one regular expression: removed
    by re.sub rather than character by character in Python (most of an excerpt's cost)."""
    marks = "".join(chr(code) for code in range(0x300, 0x10000) if unicodedata.combining(chr(code)))
    return re.compile(f"[{re.escape(marks)}]")


def fold(text):
    """Lower case without accents: "Congés" -> "conges"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if max(decomposed) > "\uffff":  # beyond the marks listed
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return combining_marks().sub("", decomposed)


def page_text(page):
    """The prose of a page, from its `search_excerpt_fields`, as plain text."""
    parts = []
    for name in getattr(page, "search_excerpt_fields", ()):
        if not hasattr(page, name):
            continue
        # SearchField gives what the index receives: StreamFields as their searchable text.
        value = SearchField(name).get_value(page)
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if value:
            parts.append(strip_tags(str(value)))
    return " ".join(parts)


def excerpt(text, query, language):
    """About EXCERPT_WORDS words of `text` around the first match of `query`, as safe HTML."""
    tokens = TOKEN.findall(text)
    if not tokens:
        return ""
    # Only words that begin like a wanted stem are stemmed (a stem keeps at least the first
    # three letters of its word).
    algorithm = STEMMERS.get(language[:2], "french")

    def stem(folded):
        return stemmed(algorithm, folded)

    # Short words ("de", "of", "le") would mark half the text.
    wanted = {stem(fold(word)) for word in search_terms(query).split() if len(word) > 2}
    beginnings = {wanted_stem[:3] for wanted_stem in wanted}

    def is_wanted(word):
        folded = fold(word)
        return folded[:3] in beginnings and stem(folded) in wanted

    def matches(token):
        return any(is_wanted(word) for word in WORD.findall(token))

    def marked(token):
        """The token escaped, its wanted words marked: "(logements)," marks "logements" alone,
        and "l'hébergement" marks "hébergement"."""
        pieces, end = [], 0
        for word in WORD.finditer(token):
            if is_wanted(word.group()):
                pieces += [
                    escape(token[end : word.start()]),
                    f"<mark>{escape(word.group())}</mark>",
                ]
                end = word.end()
        return "".join(pieces) + escape(token[end:]) if pieces else escape(token)

    first = first_match(text, tokens, wanted, stem, matches)
    start = max(0, first - WORDS_BEFORE_MATCH)
    shown = tokens[start : start + EXCERPT_WORDS]
    html = " ".join(marked(token) for token in shown)
    if start > 0:
        html = "… " + html
    if start + EXCERPT_WORDS < len(tokens):
        html += " …"
    return mark_safe(html)  # every token was escaped above


@functools.lru_cache(maxsize=STEMS_KEPT)
def stemmed(algorithm, word):
    """`word`'s stem by the Snowball stemmer named `algorithm`."""
    return stemmer(algorithm).stemWord(word)


_stemmers = threading.local()


def stemmer(algorithm):
    """This thread's Snowball stemmer for `algorithm`: they keep state between words, so a
    stemmer is never shared between threads."""
    kept = _stemmers.__dict__.setdefault("by_algorithm", {})
    if algorithm not in kept:
        kept[algorithm] = snowballstemmer.stemmer(algorithm)
    return kept[algorithm]


def first_match(text, tokens, wanted, stem, matches):
    """The index of the first token that `matches`, else 0.

    Looking at every token in Python cost most of an excerpt when the words come late in a
    long text: the folded text is searched once for words that begin like a wanted stem, and
    tokens are counted only up to the first whose stem is wanted. Token by token when folding
    moved a token boundary (a rare compatibility character folding to a space).
    """
    beginnings = sorted({wanted_stem[:3] for wanted_stem in wanted})
    if not beginnings:
        return 0
    folded = fold(text)
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, beginnings)) + r")\w*")
    for found in words.finditer(folded):
        if stem(found.group()) not in wanted:
            continue
        position = found.start()
        index = len(TOKEN.findall(folded, 0, position))
        if position and not folded[position - 1].isspace():
            index -= 1  # the word is inside a token ("(logement)"), counted above
        if index < len(tokens) and matches(tokens[index]):
            return index
        break
    else:
        return 0  # no word of the text has a wanted stem
    return next((i for i, token in enumerate(tokens) if matches(token)), 0)
