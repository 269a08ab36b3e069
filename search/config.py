"""Elasticsearch configuration: one index per language, each with that language's analyzer.

Pure data and functions: settings/base.py imports this module, so it must not import Django
models or Wagtail's search backends (neither is ready while settings load).
"""

from copy import deepcopy

SEARCH_LANGUAGES = ("fr", "en")

# Articles and pronouns that French glues to the next word with an apostrophe: "l’institut",
# "jusqu’à", "d’un". Lucene's elision filter accepts both the ASCII apostrophe and U+2019, the
# typographic one our editors' texts use.
FRENCH_ELISIONS = [
    "l",
    "m",
    "t",
    "qu",
    "n",
    "s",
    "j",
    "d",
    "c",
    "jusqu",
    "quoiqu",
    "lorsqu",
    "puisqu",
]

# The order of the filters matters:
# - elision first, while the apostrophe is still there ("l’institut" -> "institut"); with
#   `articles_case` it also strips "L’" at the start of a title, before lowercasing;
# - stop words before folding, because Elasticsearch's French list is written with accents
#   ("à", "été", "même") and would no longer match folded words;
# - asciifolding before the stemmer: the light French stemmer has rules for accented suffixes
#   ("-ère", "-ième") and folds accents itself only in words longer than four letters, so an
#   accented word and the same word typed without accents can end as different terms
#   ("frontière" -> "fronti" but "frontiere" -> "frontier"). Folded first, both are the same
#   string when they reach the stemmer: "congés"/"conges", "ingénieurs"/"ingenieur",
#   "télétravail"/"teletravail" each give one term, and the stemmer then conflates the plural
#   ("chercheurs" -> "chercheur"). Visitors type without accents as often as with them.
#
# Two analyzers (Elasticsearch's `default` at index time, `default_search` at search time):
# - at index time the text is split on spaces, then `compounds` (word_delimiter_graph) splits
#   words on hyphens and punctuation and also keeps them joined: "bio-informatique" gives
#   "bio", "informatique" and "bioinformatique"; "2026-CDDR-217-00001" gives its parts and
#   "2026CDDR21700001" (what core.search_text.search_terms sends for a typed reference);
#   `flatten_graph` follows it, as Elasticsearch requires of graph filters at index time;
# - at search time, the editors' synonyms (search.synonyms, a `synonym_graph` whose rules are
#   filled in when an index is created, search.elasticsearch) come after folding, before the
#   stemmer: their rules are read through the same filters, so "Congé maternité" and
#   "conge maternite" are one rule.
COMPOUNDS = {
    "type": "word_delimiter_graph",
    "catenate_words": True,
    "catenate_numbers": True,
    "catenate_all": True,
    "preserve_original": False,
    "split_on_case_change": False,
    "split_on_numerics": False,
    "stem_english_possessive": False,
}
SYNONYMS = {"type": "synonym_graph", "synonyms": [], "lenient": True}

FRENCH_ANALYSIS = {
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "whitespace",
            "filter": [
                "french_elision",
                "compounds",
                "flatten_graph",
                "lowercase",
                "french_stop",
                "asciifolding",
                "french_stemmer",
            ],
        },
        "default_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "french_elision",
                "lowercase",
                "french_stop",
                "asciifolding",
                "synonyms",
                "french_stemmer",
            ],
        },
    },
    "filter": {
        "compounds": COMPOUNDS,
        "synonyms": SYNONYMS,
        "french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": FRENCH_ELISIONS,
        },
        "french_stop": {"type": "stop", "stopwords": "_french_"},
        # The stemmer of Elasticsearch's own French analyzer: it strips inflections (plural,
        # feminine) and a few suffixes, and leaves word families apart.
        "french_stemmer": {"type": "stemmer", "language": "light_french"},
    },
}

# Elasticsearch's documented English analyzer, plus asciifolding: English pages quote French
# names ("Délégation Île-de-France") that visitors type without accents.
# The possessive filter runs first, while "researcher’s" still ends with "’s"; the Porter
# ("english") stemmer conflates "researchers"/"researcher" and "nurseries"/"nursery".
ENGLISH_ANALYSIS = {
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "whitespace",
            "filter": [
                "english_possessive_stemmer",
                "compounds",
                "flatten_graph",
                "lowercase",
                "english_stop",
                "asciifolding",
                "english_stemmer",
            ],
        },
        "default_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "english_possessive_stemmer",
                "lowercase",
                "english_stop",
                "asciifolding",
                "synonyms",
                "english_stemmer",
            ],
        },
    },
    "filter": {
        "compounds": COMPOUNDS,
        "synonyms": SYNONYMS,
        "english_possessive_stemmer": {"type": "stemmer", "language": "possessive_english"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
    },
}

ANALYSIS = {"fr": FRENCH_ANALYSIS, "en": ENGLISH_ANALYSIS}


def with_synonyms(settings, rules):
    """A copy of an index creation body with the synonym rules filled in."""
    settings = deepcopy(settings)
    analysis = settings.get("settings", {}).get("analysis", {})
    if "synonyms" in analysis.get("filter", {}):
        analysis["filter"]["synonyms"]["synonyms"] = list(rules)
    return settings


def index_settings(language):
    """The INDEX_SETTINGS of a language's backend, merged by Wagtail into its own defaults.

    The analyzer is named `default`, so Elasticsearch applies it, at index and at search time, to
    every text field whose mapping names no analyzer: `_all_text`, the boosted
    `_all_text_boost_*` copies (the title) and each SearchField. Wagtail's own `ngram_analyzer`
    and `edgengram_analyzer` (autocomplete) are kept: they already fold accents and lowercase.
    """
    # A copy: Wagtail merges these dicts into each backend's settings by reference.
    return {"settings": {"analysis": deepcopy(ANALYSIS[language])}}


def elasticsearch_backends(url, index_prefix="careers_", timeout=2):
    """The WAGTAILSEARCH_BACKENDS entries of the Elasticsearch indexes, one per language.

    The timeout is short and retries are off: when Elasticsearch is slow or down, the search
    falls back to the database backend within about `timeout` seconds instead of waiting.
    """
    return {
        f"elasticsearch_{language}": {
            "BACKEND": "search.elasticsearch",
            "URLS": [url],
            "INDEX_PREFIX": f"{index_prefix}{language}_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": index_settings(language),
            "LANGUAGE": language,
            "ATOMIC_REBUILD": True,
        }
        for language in SEARCH_LANGUAGES
    }
