"""Elasticsearch, without a server: the exact index settings, mappings and queries we send.

No Elasticsearch server can be installed on this machine, so these tests read what the backends
would send: the index creation body, the mappings, the search bodies. The expected values are
written out in full so that a reviewer reads what Elasticsearch receives. The same search cases
run against a real server in tests/integration/test_search_elasticsearch.py when
ELASTICSEARCH_URL is set.

The backends point at port 9 of the loopback, where nothing listens: a request that is really
sent fails at once with a connection error, which shows whether something was sent at all.
"""

import logging

import pytest
from django.test import override_settings
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from offers.models import OfferPage
from search.config import elasticsearch_backends, index_settings
from search.engine import backend_query

from .helpers import locale

pytestmark = pytest.mark.django_db

DOWN_URL = "http://127.0.0.1:9"

# Wagtail's own analysis settings, merged with ours: kept as they are (autocomplete only; they
# already fold accents and lowercase).
WAGTAIL_NGRAM_ANALYZERS = {
    "ngram_analyzer": {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["asciifolding", "lowercase", "ngram"],
    },
    "edgengram_analyzer": {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["asciifolding", "lowercase", "edgengram"],
    },
}
WAGTAIL_TOKENIZERS = {
    "ngram_tokenizer": {"type": "ngram", "min_gram": 3, "max_gram": 15},
    "edgengram_tokenizer": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15, "side": "front"},
}
WAGTAIL_NGRAM_FILTERS = {
    "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
    "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
}

# Hyphenated words are split and also kept joined, at index time only: "bio-informatique" ->
# "bio", "informatique", "bioinformatique"; "2026-CDDR-217-00001" -> "2026CDDR21700001" too.
COMPOUNDS_FILTER = {
    "type": "word_delimiter_graph",
    "catenate_words": True,
    "catenate_numbers": True,
    "catenate_all": True,
    "preserve_original": False,
    "split_on_case_change": False,
    "split_on_numerics": False,
    "stem_english_possessive": False,
}


@pytest.fixture
def backends():
    """The two language backends, as settings/base.py configures them when ES is set up."""
    search_backends = {
        "default": {"BACKEND": "search.database"},
        **elasticsearch_backends(DOWN_URL, "test_"),
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends):
        yield {
            "fr": get_search_backend("elasticsearch_fr"),
            "en": get_search_backend("elasticsearch_en"),
        }


def test_one_backend_per_language():
    backends = elasticsearch_backends("https://search.example:9243", "careers_")
    assert backends == {
        "elasticsearch_fr": {
            "BACKEND": "search.elasticsearch",
            "URLS": ["https://search.example:9243"],
            "INDEX_PREFIX": "careers_fr_",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": index_settings("fr"),
            "LANGUAGE": "fr",
            "ATOMIC_REBUILD": True,
        },
        "elasticsearch_en": {
            "BACKEND": "search.elasticsearch",
            "URLS": ["https://search.example:9243"],
            "INDEX_PREFIX": "careers_en_",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": index_settings("en"),
            "LANGUAGE": "en",
            "ATOMIC_REBUILD": True,
        },
    }


def test_french_index_creation_body(backends):
    assert backends["fr"].settings == {
        "settings": {
            "analysis": {
                "analyzer": {
                    **WAGTAIL_NGRAM_ANALYZERS,
                    # Named "default": every text field without an analyzer of its own uses it.
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
                    # "default_search": what Elasticsearch applies to the query text.
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
                "tokenizer": WAGTAIL_TOKENIZERS,
                "filter": {
                    **WAGTAIL_NGRAM_FILTERS,
                    "compounds": COMPOUNDS_FILTER,
                    # Filled in with the editors' list when an index is created.
                    "synonyms": {"type": "synonym_graph", "synonyms": [], "lenient": True},
                    "french_elision": {
                        "type": "elision",
                        "articles_case": True,
                        "articles": [
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
                        ],
                    },
                    "french_stop": {"type": "stop", "stopwords": "_french_"},
                    "french_stemmer": {"type": "stemmer", "language": "light_french"},
                },
            },
            "index": {"max_ngram_diff": 12},
        }
    }


def test_english_index_creation_body(backends):
    assert backends["en"].settings == {
        "settings": {
            "analysis": {
                "analyzer": {
                    **WAGTAIL_NGRAM_ANALYZERS,
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
                "tokenizer": WAGTAIL_TOKENIZERS,
                "filter": {
                    **WAGTAIL_NGRAM_FILTERS,
                    "compounds": COMPOUNDS_FILTER,
                    "synonyms": {"type": "synonym_graph", "synonyms": [], "lenient": True},
                    "english_possessive_stemmer": {
                        "type": "stemmer",
                        "language": "possessive_english",
                    },
                    "english_stop": {"type": "stop", "stopwords": "_english_"},
                    "english_stemmer": {"type": "stemmer", "language": "english"},
                },
            },
            "index": {"max_ngram_diff": 12},
        }
    }


def test_each_language_has_its_own_indexes(backends):
    # One index per root model: every page type shares the page index.
    assert backends["fr"].get_index_for_model(StandardPage).name == "test_fr_wagtailcore_page"
    assert backends["en"].get_index_for_model(OfferPage).name == "test_en_wagtailcore_page"
    assert backends["en"].get_index_for_model(get_image_model()).name == (
        "test_en_wagtailimages_image"
    )


def test_standard_page_mapping(backends):
    mapping = backends["fr"].mapping_class(StandardPage).get_mapping()
    # Text fields name no analyzer, so the index's "default" (French or English) applies;
    # every SearchField is copied into `_all_text`, the title also into its boosted copy.
    assert mapping == {
        "properties": {
            "pk": {"type": "keyword", "store": True},
            "_django_content_type": {"type": "keyword"},
            "_edgengrams": {
                "type": "text",
                "analyzer": "edgengram_analyzer",
                "search_analyzer": "standard",
            },
            "title": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_2_0"]},
            "title_edgengrams": {
                "type": "text",
                "analyzer": "edgengram_analyzer",
                "search_analyzer": "standard",
            },
            "title_filter": {"type": "keyword"},
            "id_filter": {"type": "integer"},
            "live_filter": {"type": "boolean"},
            "owner_id_filter": {"type": "integer"},
            "content_type_id_filter": {"type": "integer"},
            "path_filter": {"type": "keyword"},
            "depth_filter": {"type": "integer"},
            "locked_filter": {"type": "boolean"},
            "first_published_at_filter": {"type": "date"},
            "last_published_at_filter": {"type": "date"},
            "latest_revision_created_at_filter": {"type": "date"},
            "locale_id_filter": {"type": "integer"},
            "translation_key_filter": {"type": "keyword"},
            "show_in_menus_filter": {"type": "boolean"},
            # Fields declared below Page carry the concrete model's prefix, even when they come
            # from an abstract base (BasePage's intro); Page's own search_description does not.
            # The summary and the search description are boosted (1.5), as on the database.
            "home_standardpage__intro": {
                "type": "text",
                "copy_to": ["_all_text", "_all_text_boost_1_5"],
            },
            "search_description": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_1_5"]},
            # The headings of the body, again (core.search_text.HEADINGS_BOOST): their words,
            # also in the body, weigh that much more. A method, named after the class that
            # defines it.
            "home_basepage__search_headings": {
                "type": "text",
                "copy_to": ["_all_text", "_all_text_boost_0_25"],
            },
            "home_standardpage__body": {"type": "text", "copy_to": "_all_text"},
            "_all_text": {"type": "text"},
            "_all_text_boost_0_25": {"type": "text"},
            "_all_text_boost_1_5": {"type": "text"},
            "_all_text_boost_2_0": {"type": "text"},
        }
    }


def test_offer_page_mapping(backends):
    properties = backends["fr"].mapping_class(OfferPage).get_mapping()["properties"]
    expected = {
        "title": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_2_0"]},
        "live_filter": {"type": "boolean"},
        "locale_id_filter": {"type": "integer"},
        "offers_offerpage__intro": {
            "type": "text",
            "copy_to": ["_all_text", "_all_text_boost_1_5"],
        },
        "search_description": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_1_5"]},
        "offers_offerpage__reference": {
            "type": "text",
            "copy_to": ["_all_text", "_all_text_boost_2_0"],
        },
        "offers_offerpage__laboratory": {"type": "text", "copy_to": "_all_text"},
        "offers_offerpage__city": {"type": "text", "copy_to": "_all_text"},
        # Without the sentences every offer repeats (offers/models.py).
        "offers_offerpage__indexed_description": {"type": "text", "copy_to": "_all_text"},
        "offers_offerpage__indexed_candidate_profile": {"type": "text", "copy_to": "_all_text"},
        "offers_offerpage__indexed_research_fields": {
            "type": "text",
            "copy_to": ["_all_text", "_all_text_boost_1_5"],
        },
        "offers_offerpage__description": None,
        "offers_offerpage__candidate_profile": None,
        "offers_offerpage__kind_filter": {"type": "keyword"},
        "offers_offerpage__category_filter": {"type": "keyword"},
        "offers_offerpage__profile_filter": {"type": "keyword"},
        "offers_offerpage__city_filter": {"type": "keyword"},
        "offers_offerpage__region_id_filter": {"type": "long"},
        "offers_offerpage__deadline_filter": {"type": "date"},
        "offers_offerpage__works_in_french_filter": {"type": "boolean"},
        "offers_offerpage__works_in_english_filter": {"type": "boolean"},
        "offers_offerpage__remote_work_filter": {"type": "boolean"},
        "_all_text": {"type": "text"},
        "_all_text_boost_1_5": {"type": "text"},
        "_all_text_boost_2_0": {"type": "text"},
    }
    assert {name: properties.get(name) for name in expected} == expected


def search_body(backend, query, queryset):
    """The body that Wagtail's results class sends to `_search`, built without sending it."""
    results = backend.search(query, queryset, operator="and")
    return results._get_es_body()


def test_french_query_body(backends):
    fr = locale("fr")
    body = search_body(backends["fr"], "ingenieurs", Page.objects.live().filter(locale=fr))
    assert body == {
        "query": {
            "bool": {
                # Searched in the catch-all field and the boosted copies (summary 1.5, title
                # 2, headings 0.25 on top of the body), analysed at search time by the index's
                # French "default_search" analyzer.
                "must": {
                    "multi_match": {
                        "query": "ingenieurs",
                        "operator": "and",
                        "fields": [
                            "_all_text",
                            "_all_text_boost_0_25^0.25",
                            "_all_text_boost_1_5^1.5",
                            "_all_text_boost_2_0^2.0",
                        ],
                    }
                },
                "filter": [
                    {"match": {"_django_content_type": "wagtailcore.Page"}},
                    {
                        "bool": {
                            "must": [
                                {"term": {"live_filter": True}},
                                # The locale filter is sent by database id.
                                {"term": {"locale_id_filter": fr.pk}},
                            ]
                        }
                    },
                ],
            }
        }
        # No "sort": Elasticsearch orders by relevance.
    }


def test_english_query_body(backends):
    en = locale("en")
    queryset = Page.objects.live().filter(locale=en)
    body = search_body(backends["en"], "researchers childcare", queryset)
    assert body == {
        "query": {
            "bool": {
                "must": {
                    "multi_match": {
                        "query": "researchers childcare",
                        "operator": "and",
                        "fields": [
                            "_all_text",
                            "_all_text_boost_0_25^0.25",
                            "_all_text_boost_1_5^1.5",
                            "_all_text_boost_2_0^2.0",
                        ],
                    }
                },
                "filter": [
                    {"match": {"_django_content_type": "wagtailcore.Page"}},
                    {
                        "bool": {
                            "must": [
                                {"term": {"live_filter": True}},
                                {"term": {"locale_id_filter": en.pk}},
                            ]
                        }
                    },
                ],
            }
        }
    }


def test_a_corrected_query_is_sent_with_fuzziness(backends):
    # Site search retries a query that found little with its correction (search.spelling);
    # the engine matches the corrected words with fuzziness too (search.engine.backend_query).
    fr = locale("fr")
    query = backend_query("logement", "fr", "elasticsearch_fr", fuzzy=True)
    body = search_body(backends["fr"], query, Page.objects.live().filter(locale=fr))
    assert body["query"]["bool"]["must"] == {
        "multi_match": {
            "query": "logement",
            "fuzziness": "AUTO",
            "operator": "and",
            "fields": [
                "_all_text",
                "_all_text_boost_0_25^0.25",
                "_all_text_boost_1_5^1.5",
                "_all_text_boost_2_0^2.0",
            ],
        }
    }


def test_site_search_queryset_is_sent_whole(backends):
    """The queryset of search/views.py is translated into filters, none ignored.

    Wagtail's Elasticsearch backend raises FilterFieldError before sending a filter on a field
    that is not a FilterField, and the engine would then answer every search from the
    database: here each part of the queryset becomes a filter of the body.
    """
    fr = locale("fr")
    pages = Page.objects.live().public().filter(locale=fr)
    pages = pages.exclude(id__in=OfferPage.objects.closed().values("pk"))
    body = search_body(backends["fr"], "ingenieurs", pages.specific())
    live, public, in_locale, not_closed = body["query"]["bool"]["filter"][1]["bool"]["must"]
    assert live == {"term": {"live_filter": True}}
    # No private section in the demo site: public() excludes nothing.
    assert public == {"bool": {"must_not": {"terms": {"id_filter": []}}}}
    assert in_locale == {"term": {"locale_id_filter": fr.pk}}
    # The closed offers are read from the database at each search and sent id by id (of both
    # languages): the body grows with the number of closed offers.
    closed_ids = not_closed["bool"]["must_not"]["terms"]["id_filter"]
    assert sorted(closed_ids) == sorted(OfferPage.objects.closed().values_list("pk", flat=True))
    assert len(closed_ids) > 0


def french_page_and_translation():
    page = StandardPage.objects.filter(locale=locale("fr")).live().first()
    return page, page.get_translation(locale("en"))


def test_each_index_accepts_its_language_and_objects_without_locale(backends):
    french, english = french_page_and_translation()
    image = get_image_model()(title="Campus")  # images have no locale
    assert backends["fr"].in_language([french, english, image]) == [french, image]
    assert backends["en"].in_language([french, english, image]) == [english, image]


def test_indexing_sends_nothing_for_the_other_language(backends):
    french, english = french_page_and_translation()
    # Nothing is sent for the English page: no request, so no connection error.
    backends["fr"].add(english)
    backends["fr"].add_bulk(StandardPage, [english])
    # The French page is sent, and fails on the closed port.
    with pytest.raises(ElasticsearchConnectionError):
        backends["fr"].add(french)
    with pytest.raises(ElasticsearchConnectionError):
        backends["fr"].add_bulk(StandardPage, [english, french])


def test_client_gives_up_after_one_short_attempt(backends):
    client = backends["fr"].es
    # Per-request options of the elasticsearch 8 client, stored on the client and applied to
    # every call: the search falls back to the database within about two seconds.
    assert client._request_timeout == 2
    assert client._max_retries == 0
    assert client._retry_on_timeout is False
    with pytest.raises(ElasticsearchConnectionError) as failure:
        client.info()
    # The transport lists the earlier failed attempts here: one attempt, no retry.
    assert failure.value.errors == ()


def test_publishing_does_not_fail_when_elasticsearch_is_down(backends, caplog):
    french, _ = french_page_and_translation()
    french.title = "Une page publiée pendant une panne"
    with caplog.at_level(logging.ERROR, logger="modelsearch.index"):
        french.save_revision().publish()

    french.refresh_from_db()
    assert french.live and french.title == "Une page publiée pendant une panne"
    # The French backend tried (on save_revision, then on publish), failed and logged; the
    # English one had nothing to send.
    failures = {
        (instance.pk, backend_name)
        for instance, backend_name in (
            record.args for record in caplog.records if record.name == "modelsearch.index"
        )
    }
    assert failures == {(french.pk, "elasticsearch_fr")}


class CreatingClient:
    """Stands for the Elasticsearch client's indices API: records the creation body."""

    def __init__(self):
        self.created = {}

    def create(self, index, **body):
        self.created[index] = body


def test_each_index_is_created_with_its_languages_synonyms(backends):
    """The editors' list (the demo's, demo/data/search.yaml) becomes the synonym_graph rules of
    the search analyzer, folded as the analyzer folds the query; each language its own."""
    created = {}
    for language, backend in backends.items():
        index = backend.get_index_for_model(StandardPage)
        client = CreatingClient()
        index.es = type("ES", (), {"indices": client})()
        index.put()
        created[language] = client.created[index.name]
    french = created["fr"]["settings"]["analysis"]["filter"]["synonyms"]
    english = created["en"]["settings"]["analysis"]["filter"]["synonyms"]
    assert french["type"] == "synonym_graph"
    assert "rtt => rtt, reduction du temps de travail" in french["synonyms"]
    assert "lanceur alerte => lanceur alerte, signalement" in french["synonyms"]
    assert "remote work => remote work, teletravail" in french["synonyms"]
    assert "accommodation => accommodation, housing" in english["synonyms"]
    assert "rtt => rtt, reduced working time" in english["synonyms"]
    assert not any(rule.startswith("accommodation") for rule in french["synonyms"])
    # The backend's own settings are left as configured (a copy was filled in).
    assert backends["fr"].settings["settings"]["analysis"]["filter"]["synonyms"]["synonyms"] == []


def test_the_engine_sends_the_typed_words_and_the_database_their_variants():
    from search.engine import backend_query

    engine = backend_query("RTT", "fr", "elasticsearch_fr")
    assert (type(engine).__name__, engine.query_string, engine.operator) == (
        "PlainText",
        "RTT",
        "and",
    )
    database = backend_query("RTT", "fr", "default")
    assert type(database).__name__ == "Or"
    assert [(q.query_string, q.operator) for q in database.subqueries] == [
        ("RTT", "and"),
        ("réduction du temps de travail", "and"),
    ]
