"""The query text's rules asked directly (core/search_text.py): cleaning what visitors type,
the words a backend receives, the editors' variants, the index's joined compounds and the
headings. Most need no database (the mutation check's fast mode runs them); the last ones
ask the database backend for the listing's matches and ranking."""

import pytest
from django.utils import translation
from modelsearch.query import Or, PlainText
from wagtail.blocks import StreamValue

from core import search_text
from core.search_text import (
    MAX_QUERY_LENGTH,
    backend_query,
    clean_query,
    index_text,
    joined_compounds,
    matching,
    ranked,
    search_terms,
    stream_headings,
)


def test_clean_query_drops_control_characters_and_spaces_and_bounds_the_length():
    assert clean_query("  visa\x00\x01 \t logement\x1f\n ") == "visa logement"
    assert clean_query("é" * (MAX_QUERY_LENGTH + 1)) == "é" * MAX_QUERY_LENGTH
    assert MAX_QUERY_LENGTH == 200
    assert clean_query("") == ""


def test_search_terms_are_plain_words_without_elisions_or_operators():
    assert search_terms("l’institut d'accueil jusqu’à Lyon") == "institut accueil à Lyon"
    assert search_terms('visa AND "logement" OR (crèche) NOT and') == "visa logement crèche and"
    assert search_terms("Bio-Informatique 2026-CDDR-217-00042") == (
        "BioInformatique 2026CDDR21700042"
    )
    assert search_terms("* : ( )") == ""


def test_the_index_adds_each_compound_joined_and_nothing_else():
    assert joined_compounds("bio-informatique et ATIP‑Avenir") == "bioinformatique ATIPAvenir"
    assert joined_compounds("sans trait d’union") == ""
    assert index_text("bio-informatique") == "bio-informatique bioinformatique"
    assert index_text("visa") == "visa"


def test_without_variants_the_backend_gets_all_the_words(monkeypatch):
    monkeypatch.setattr(search_text, "QUERY_VARIANTS", [])
    query = backend_query("visa logement", "fr")
    assert isinstance(query, PlainText)
    assert (query.query_string, query.operator) == ("visa logement", "and")


def test_the_variants_are_searched_each_with_all_its_words(monkeypatch):
    asked = []

    def variants_of(terms, language):
        asked.append((terms, language))
        return [terms, "réduction temps travail"] if language == "fr" else [terms]

    monkeypatch.setattr(search_text, "QUERY_VARIANTS", [variants_of])
    query = backend_query("rtt", "fr")
    assert asked == [("rtt", "fr")]
    assert isinstance(query, Or)
    assert [(part.query_string, part.operator) for part in query.subqueries] == [
        ("rtt", "and"),
        ("réduction temps travail", "and"),
    ]
    # A query without variants (here: in the other language) is one plain query.
    single = backend_query("rtt", "en")
    assert isinstance(single, PlainText)
    assert (single.query_string, single.operator) == ("rtt", "and")


def heading_stream(blocks):
    """A StandardPage body with `blocks`, built without the database."""
    from home.models import StandardPage

    block = StandardPage._meta.get_field("body").stream_block
    return StreamValue(block, blocks, is_lazy=True)


def test_stream_headings_skip_rich_text_bodies_and_empty_headings():
    stream = heading_stream(
        [
            {"type": "heading", "value": {"text": "", "level": "h2"}},
            {"type": "heading", "value": {"text": "Télétravail", "level": "h2"}},
        ]
    )
    # A page type whose body is rich text comes first: the streams after it still count.
    assert stream_headings("<p>rich text</p>", stream) == "Télétravail"
    assert stream_headings(None) == ""


# --- The listing's matches and ranking (database backend, demo content) -------------------


@pytest.fixture
def french_offers():
    from wagtail.models import Locale

    from offers.models import OfferPage

    return OfferPage.objects.live().filter(locale=Locale.objects.get(language_code="fr"))


@pytest.fixture
def synonym(french_offers):
    """An editors' synonym leading a made-up word to the last French offer's reference."""
    from search.models import Synonym
    from search.synonyms import forget

    offer = french_offers.order_by("-pk").first()
    forget("fr")
    Synonym.objects.create(language="fr", term="xqzwv", alternatives=offer.reference)
    yield offer
    forget("fr")


@pytest.mark.django_db
def test_matching_is_the_offers_with_every_word_and_nothing_without_words(french_offers):
    from offers.models import OfferPage

    offer = french_offers.order_by("-pk").first()
    with translation.override("fr"):
        found = french_offers.filter(pk__in=matching(OfferPage, offer.reference))
        assert list(found.values_list("pk", flat=True)) == [offer.pk]
        assert not french_offers.filter(pk__in=matching(OfferPage, f"{offer.reference} ytrewq"))
        assert list(matching(OfferPage, "AND ( * )")) == []


@pytest.mark.django_db
def test_ranked_gives_the_best_matches_first_within_the_limit(french_offers):
    from offers.models import OfferPage

    offer = french_offers.order_by("-pk").first()
    with translation.override("fr"):
        assert ranked(OfferPage, offer.reference, french_offers, 5) == [offer.pk]
        assert len(ranked(OfferPage, "recherche", french_offers, 2)) == 2
        others = french_offers.exclude(pk=offer.pk)
        assert offer.pk not in ranked(OfferPage, "recherche", others, 50)
        assert ranked(OfferPage, "AND ( * )", french_offers, 5) == []


@pytest.mark.django_db
def test_the_listing_searches_the_editors_synonyms_in_its_language(synonym, french_offers):
    from offers.models import OfferPage

    with translation.override("fr"):
        found = french_offers.filter(pk__in=matching(OfferPage, "xqzwv"))
        assert list(found.values_list("pk", flat=True)) == [synonym.pk]
        assert ranked(OfferPage, "xqzwv", french_offers, 5) == [synonym.pk]


def test_every_registered_source_of_variants_adds_its_own(monkeypatch):
    """Each source's variants count, not the last source's alone (found by the mutation run);
    a variant two sources give is searched once."""

    def synonyms(terms, language):
        return [terms, "réduction temps travail"]

    def acronyms(terms, language):
        return [terms, "réduction temps travail", "repos compensateur"]

    monkeypatch.setattr(search_text, "QUERY_VARIANTS", [synonyms, acronyms])
    query = backend_query("rtt", "fr")
    assert [part.query_string for part in query.subqueries] == [
        "rtt",
        "réduction temps travail",
        "repos compensateur",
    ]
    monkeypatch.setattr(search_text, "QUERY_VARIANTS", [acronyms, lambda terms, lang: [terms]])
    assert len(backend_query("rtt", "fr").subqueries) == 3
