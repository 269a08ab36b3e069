"""Typo correction for searches that find nothing or very little, on every backend.

The site's own vocabulary serves: the words of the search index's text (titles, summaries,
bodies: what the database backends index) for the live pages of the visitor's language,
counted, kept in a table (`IndexedWord`) that `manage.py update_search_vocabulary` rebuilds
from the index (a scheduled job, hourly: docs/deployment.md; the demo loader runs it too). A
visitor's search only reads it: rebuilding took about 2 s at 10,000 offers. A query word that
is not in it is replaced by the closest word that is, when one is close enough:

- candidates: the words that share enough trigrams with it (pg_trgm's similarity, at least
  TRIGRAM_THRESHOLD). PostgreSQL finds them through a trigram index (migration 0004); on
  SQLite each process keeps the same index in memory, read again when the table is rebuilt;
- the closest candidate by difflib's ratio (at least SIMILARITY; among equally close words the
  most frequent), so that both databases choose alike.

The search page then shows the corrected results ("Showing results for …") when they are more
than what was typed found (search.views.site_search), or offers the correction as a link
("Did you mean …?") when they are not. Elasticsearch searches the corrected words with
fuzziness as well (search.engine).
"""

import difflib
from collections import Counter, defaultdict

from django.db import connection, transaction
from django.db.models import BooleanField, Count, F, FloatField, Func, Max, Value
from wagtail.models import Page

from core.search_text import WORD

from .database import index_entry_model
from .excerpts import fold
from .models import MAX_WORD_LENGTH, IndexedWord

MIN_WORD_LENGTH = 4
SIMILARITY = 0.8
MAX_LENGTH_DIFFERENCE = 2
# pg_trgm's default threshold for its `%` operator: the words the trigram index returns.
TRIGRAM_THRESHOLD = 0.3
MAX_CANDIDATES = 50
# A search with at most this many results tries a correction.
FEW_RESULTS = 2


def index_texts(locale):
    """The indexed text of the live pages of a locale, entry by entry."""
    entries = index_entry_model().objects.all()
    fields = ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    page_ids = {
        str(pk) for pk in Page.objects.live().filter(locale=locale).values_list("pk", flat=True)
    }
    for object_id, *texts in entries.values_list("object_id", *fields).iterator():
        if object_id in page_ids:
            yield " ".join(text or "" for text in texts)


def counted_words(locale):
    """{folded word: (word as most often written, count)} for a locale."""
    counts = Counter()
    for text in index_texts(locale):
        counts.update(
            word.lower()
            for word in WORD.findall(text)
            if MIN_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH and word.isalpha()
        )
    words = {}
    for word, count in counts.most_common():
        folded = fold(word)[:MAX_WORD_LENGTH]
        written, total = words.get(folded, (word, 0))
        words[folded] = (written, total + count)
    return words


def rebuild(locale):
    """The locale's vocabulary table, rebuilt from the index; the number of words."""
    words = counted_words(locale)
    with transaction.atomic():
        IndexedWord.objects.filter(locale=locale).delete()
        IndexedWord.objects.bulk_create(
            (
                IndexedWord(locale=locale, word=word, written=written, count=count)
                for word, (written, count) in words.items()
            ),
            batch_size=2000,
        )
    return len(words)


def trigrams(word):
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def trigram_similarity(a, b):
    """pg_trgm's similarity(): shared trigrams over all the trigrams of both words."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second)


class TrigramSimilar(Func):
    """pg_trgm's `word % 'typo'`: true when the similarity reaches the threshold, answered by
    the trigram index."""

    arg_joiner = " %% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class TrigramSimilarity(Func):
    function = "similarity"
    output_field = FloatField()


def candidates(folded, locale):
    """[(word, written, count)] of the locale's words close to `folded` by trigrams, closest
    first."""
    if connection.vendor == "postgresql":
        rows = (
            IndexedWord.objects.filter(locale=locale)
            .filter(TrigramSimilar(F("word"), Value(folded)))
            .annotate(similarity=TrigramSimilarity(F("word"), Value(folded)))
            .order_by("-similarity", "-count")
            .values_list("word", "written", "count")[:MAX_CANDIDATES]
        )
        return list(rows)
    return trigram_index(locale).close_to(folded)


class TrigramIndex:
    """SQLite's stand-in for pg_trgm's index: the words of a locale by trigram, in memory."""

    def __init__(self, rows):
        self.rows = list(rows)
        self.sizes = []
        self.words_by_trigram = defaultdict(list)
        for position, (word, _written, _count) in enumerate(self.rows):
            grams = trigrams(word)
            self.sizes.append(len(grams))
            for gram in grams:
                self.words_by_trigram[gram].append(position)

    def close_to(self, folded):
        wanted = trigrams(folded)
        shared = Counter()
        for gram in wanted:
            shared.update(self.words_by_trigram.get(gram, ()))
        close = []
        for position, count in shared.items():
            similarity = count / (len(wanted) + self.sizes[position] - count)
            if similarity >= TRIGRAM_THRESHOLD:
                close.append((similarity, self.rows[position][2], position))
        close.sort(reverse=True)
        return [self.rows[position] for _, _, position in close[:MAX_CANDIDATES]]


# {(database alias, locale id): (the vocabulary's last row id and size, its TrigramIndex)}, per
# process.
TRIGRAM_INDEXES = {}


def trigram_index(locale):
    """The locale's TrigramIndex, read again from the table once the vocabulary is rebuilt
    (by another process, the scheduled job: its rows then have new ids)."""
    key = (connection.alias, locale.pk)
    words = IndexedWord.objects.filter(locale=locale)
    # Its last id and size: a rebuild gives every row a new id.
    built = tuple(words.aggregate(last=Max("pk"), size=Count("pk")).values())
    kept = TRIGRAM_INDEXES.get(key)
    if kept is None or kept[0] != built:
        rows = words.values_list("word", "written", "count")
        kept = TRIGRAM_INDEXES[key] = (built, TrigramIndex(rows.iterator()))
    return kept[1]


def closest(folded, rows):
    """The (word, written, count) row closest to `folded` by difflib's ratio, or None."""
    matcher = difflib.SequenceMatcher(b=folded)
    scored = []
    for row in rows:
        word = row[0]
        if abs(len(word) - len(folded)) > MAX_LENGTH_DIFFERENCE:
            continue
        matcher.set_seq1(word)
        if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
            continue
        ratio = matcher.ratio()
        if ratio >= SIMILARITY:
            scored.append((ratio, row[2], word, row[1]))
    if not scored:
        return None
    return max(scored)[3]


def suggestion(query, locale):
    """The query with its unknown words corrected, or None when there is nothing to correct."""
    typed = WORD.findall(query)
    checked = {
        fold(word)
        for word in typed
        if MIN_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH and word.isalpha()
    }
    if not checked:
        return None
    known = set(
        IndexedWord.objects.filter(locale=locale, word__in=checked).values_list("word", flat=True)
    )
    corrections = {}
    for folded in checked - known:
        close = closest(folded, candidates(folded, locale))
        if close:
            corrections[folded] = close
    if not corrections:
        return None
    return " ".join(corrections.get(fold(word), word) for word in typed)
