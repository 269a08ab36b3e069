"""Editor-managed synonyms and acronyms, per language: what visitors type -> what pages say.

Editors keep the list in admin › Snippets › Search synonyms (search.models.Synonym). It reaches
every backend:
- the database backends (PostgreSQL, SQLite) by expanding the query: "RTT" is searched as
  "RTT" OR "réduction du temps de travail" (`alternatives()`, used by search.engine);
- Elasticsearch through a `synonym_graph` filter in each language's search analyzer
  (search.config.synonym_rules, read from the list when an index is created: run
  `manage.py update_index` after changing the list).
Terms are compared as the search compares words: without accents, case or elided articles.
"""

from django.core.cache import cache

from core.search_text import search_terms

from .excerpts import fold

CACHE_KEY = "search-synonyms-{language}"
CACHE_SECONDS = 3600  # saving a synonym clears it (search.models)
MAX_ALTERNATIVES = 8  # query variants at most, the typed one included


def normalized(text):
    """A term as the search compares it: "Lanceur d’alerte" -> "lanceur alerte"."""
    return " ".join(fold(search_terms(text)).split())


def synonym_map(language):
    """{normalized term: [alternatives as written]} of a language (cached)."""
    key = CACHE_KEY.format(language=language)
    mapping = cache.get(key)
    if mapping is None:
        from .models import Synonym

        mapping = {}
        for synonym in Synonym.objects.filter(language=language).order_by("pk"):
            term = normalized(synonym.term)
            if term:
                mapping.setdefault(term, []).extend(synonym.alternative_list())
        cache.set(key, mapping, CACHE_SECONDS)
    return mapping


def forget(language):
    cache.delete(CACHE_KEY.format(language=language))


def alternatives(terms, language):
    """The query `terms` (plain words, core.search_text.search_terms) and its variants, each
    listed term replaced by one of its alternatives: ["rtt", "réduction temps travail"]."""
    words = fold(terms).split()
    variants = [terms]
    if not words:
        return variants
    for term, replacements in synonym_map(language).items():
        term_words = term.split()
        size = len(term_words)
        for start in range(len(words) - size + 1):
            if words[start : start + size] != term_words:
                continue
            for replacement in replacements:
                replaced = words[:start] + search_terms(replacement).split() + words[start + size :]
                variant = " ".join(replaced)
                if variant and variant not in variants:
                    variants.append(variant)
            break
    return variants[:MAX_ALTERNATIVES]


def elasticsearch_rules(language):
    """The language's list as synonym_graph rules: "rtt => rtt, reduction temps travail"."""
    rules = []
    for term, replacements in sorted(synonym_map(language).items()):
        targets = [term] + [normalized(r) for r in replacements if normalized(r)]
        rules.append(f"{term} => {', '.join(dict.fromkeys(targets))}")
    return rules
