"""The relevance benchmark: labelled queries, run through the site's real search, scored.

`search/relevance_queries.yaml` lists queries as visitors type them (no accents, typos,
acronyms, English words on the French site, references, laboratory codes, several words), each
with the page(s) that should come first. Pages are named by stable identifiers, resolved to the
page in the query's language:

- `page:<path>`: a page by its French URL path under the French home page
  (`travailler-a-l-inserm`, `bienvenue-en-france/trouver-un-logement`); an English query gets
  the English translation of that page;
- `offer:<reference>`: an offer by its reference, in the query's language.

Each query runs through `search.views.site_search`, the function the search page uses
(backend choice, fallback, typo correction), on whatever database and engine are configured.
Scores: success@1 (an expected page first), success@3 (one in the first three) and MRR (the
mean of 1/rank of the first expected page, 0 when none is in the first ten).
"""

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

QUERIES_FILE = Path(__file__).with_name("relevance_queries.yaml")
DEPTH = 10  # results looked at per query (the first page of results)


@dataclass
class Case:
    query: str
    language: str
    expect: list
    kinds: list = field(default_factory=list)
    gap: str = ""


def load_cases(path=QUERIES_FILE):
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [
        Case(
            query=str(entry["query"]),
            language=entry["language"],
            expect=list(entry["expect"]),
            kinds=list(entry.get("kinds", [])),
            gap=entry.get("gap", ""),
        )
        for entry in entries
    ]


class Resolver:
    """Stable identifiers -> page ids in each language (one query per identifier, cached)."""

    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        source = self.locales[settings.LANGUAGE_CODE[:2]]
        self.source_home = Page.objects.filter(depth=2, locale=source).order_by("path").first()
        self.cache = {}

    def page_id(self, identifier, language):
        key = (identifier, language)
        if key not in self.cache:
            self.cache[key] = self._resolve(identifier, language)
        return self.cache[key]

    def _resolve(self, identifier, language):
        kind, _, value = identifier.partition(":")
        locale = self.locales.get(language)
        if locale is None:
            return None
        if kind == "offer":
            from django.apps import apps  # offers is a content app: looked up, not imported

            offer_model = apps.get_model("offers", "OfferPage")
            return (
                offer_model.objects.filter(reference=value, locale=locale)
                .values_list("pk", flat=True)
                .first()
            )
        if kind == "page":
            url_path = f"{self.source_home.url_path}{value.strip('/')}/"
            source = Page.objects.filter(url_path=url_path, locale=self.source_home.locale_id)
            source = source.values_list("translation_key", flat=True).first()
            if source is None:
                return None
            return (
                Page.objects.filter(translation_key=source, locale=locale)
                .values_list("pk", flat=True)
                .first()
            )
        raise ValueError(f"Unknown identifier {identifier!r}: use page:<path> or offer:<ref>.")


def rank_of(result_ids, expected_ids):
    """1-based rank of the first expected page among the results, or None."""
    for position, page_id in enumerate(result_ids, start=1):
        if page_id in expected_ids:
            return position
    return None


def evaluate(cases=None, *, search=None):
    """Run every case; {"summary": scores, "queries": per-query detail}.

    `search(query, language)` returns the ids of the first DEPTH results; by default the
    site's own search (search.views.site_search).
    """
    cases = load_cases() if cases is None else cases
    resolver = Resolver()
    search = search or site_search_ids
    rows = []
    timings = []
    for case in cases:
        expected = {resolver.page_id(identifier, case.language) for identifier in case.expect}
        missing = [
            identifier
            for identifier in case.expect
            if resolver.page_id(identifier, case.language) is None
        ]
        expected.discard(None)
        started = time.perf_counter()
        result_ids, corrected = search(case.query, case.language)
        timings.append((time.perf_counter() - started) * 1000)
        rank = rank_of(result_ids[:DEPTH], expected)
        rows.append(
            {
                "query": case.query,
                "language": case.language,
                "kinds": case.kinds,
                "rank": rank,
                "corrected": corrected,
                "missing": missing,
                "gap": case.gap,
            }
        )
    return {"summary": scores(rows, timings), "queries": rows}


def scores(rows, timings=()):
    count = len(rows)
    ranks = [row["rank"] for row in rows]
    summary = {
        "queries": count,
        "success_at_1": round(sum(1 for r in ranks if r == 1) / count, 3) if count else 0,
        "success_at_3": round(sum(1 for r in ranks if r and r <= 3) / count, 3) if count else 0,
        "mrr": round(sum(1 / r for r in ranks if r) / count, 3) if count else 0,
        "unresolved": sum(1 for row in rows if row["missing"]),
    }
    if timings:
        ordered = sorted(timings)
        summary["median_ms"] = round(statistics.median(ordered), 1)
        summary["p95_ms"] = round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1)
    return summary


def site_search_ids(query, language):
    """The ids of the first results the search page shows for `query`, and the corrected
    query it searched instead (or None)."""
    from .views import site_search

    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        outcome = site_search(query, locale, language, number=1, per_page=DEPTH)
    return [page.pk for page in outcome.results.object_list], outcome.corrected
