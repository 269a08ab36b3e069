"""The offers' JSON API and its OpenAPI document: real responses checked against the document,
what is refused, the methods, the time zone, profile and salary, and the page cache."""

from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings

from offers.choices import Category, Kind, Profile
from offers.filters import OfferFilters
from offers.models import OfferPage

from .helpers import locale

pytestmark = pytest.mark.django_db

API = {"fr": "/fr/offres/api/", "en": "/en/offers/api/"}
DOCUMENT = {"fr": "/fr/offres/api/openapi/", "en": "/en/offers/api/openapi/"}
PARIS = ZoneInfo("Europe/Paris")
PARAMETERS = {*OfferFilters.MULTI, "q", "remote", "within", "sort", "page"}
README = Path(settings.BASE_DIR, "README.md")


def get_json(client, url, params=()):
    response = client.get(url + ("?" + urlencode(params) if params else ""))
    assert response.status_code == 200, (url, params, response.status_code)
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def resolve(document, schema):
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def response_validator(document):
    """A strict JSON Schema 2020-12 validator (OpenAPI 3.1's dialect) of the API's answer."""
    operation = document["paths"]["/api/"]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    schema = {**schema, "components": document["components"]}
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def assert_paris_time(value):
    """ISO 8601 with an explicit offset, the offset of Paris at that instant."""
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() is not None, value
    assert moment.utcoffset() == moment.astimezone(PARIS).utcoffset(), value
    assert value[-6] in "+-" and value[-3] == ":", value
    return moment


def test_the_document_is_served_in_both_languages_and_names_both(client):
    documents = {code: get_json(client, url) for code, url in DOCUMENT.items()}
    for code, document in documents.items():
        assert document["openapi"].startswith("3.1")
        servers = [server["url"] for server in document["servers"]]
        assert servers[0].endswith(API[code].removesuffix("api/").rstrip("/"))
        assert {url.split("/", 3)[3] for url in servers} == {"fr/offres", "en/offers"}
        assert "get" in document["paths"]["/api/"]
        # Served by the site itself, no viewer page pulling scripts the CSP would block.
        assert "docs" not in " ".join(document["paths"])
    # One description of one API, whatever the language it is read from.
    assert documents["fr"]["paths"] == documents["en"]["paths"]
    assert documents["fr"]["components"] == documents["en"]["components"]


def test_the_document_describes_the_real_parameters(client):
    document = get_json(client, DOCUMENT["en"])
    parameters = {p["name"]: p for p in document["paths"]["/api/"]["get"]["parameters"]}
    assert set(parameters) == PARAMETERS
    assert all(p["in"] == "query" and not p["required"] for p in parameters.values())
    for name, choices in (("kind", Kind), ("category", Category), ("profile", Profile)):
        schema = parameters[name]["schema"]
        assert schema["type"] == "array", name
        assert resolve(document, schema["items"])["enum"] == choices.values, name
    assert (parameters["page"]["schema"]["type"], parameters["page"]["schema"]["minimum"]) == (
        "integer",
        1,
    )
    offer = resolve(document, {"$ref": "#/components/schemas/Offer"})
    assert offer["additionalProperties"] is False
    assert {"profile", "salary", "deadline", "published"} <= set(offer["required"])
    for name in ("deadline", "published"):
        assert "Paris time" in offer["properties"][name]["description"]


RESPONSES = [
    ("fr", []),
    ("en", []),
    ("fr", [("kind", "phd"), ("kind", "postdoc"), ("language", "en")]),
    ("en", [("sort", "newest"), ("remote", "1"), ("within", "90")]),
    ("fr", [("page", "2")]),
    ("en", [("page", "99999")]),
    ("fr", [("kind", "astronaut"), ("page", "0"), ("colour", "blue"), ("q", "cell\x01 biology")]),
    ("en", [("q", "zzzzqqq-nothing")]),
]


def test_real_responses_match_the_document(client):
    validator = response_validator(get_json(client, DOCUMENT["fr"]))
    seen = set()
    for code, params in RESPONSES:
        data = get_json(client, API[code], params)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, (code, params, errors[:5])
        for offer in data["results"]:
            assert_paris_time(offer["deadline"])
            assert_paris_time(offer["published"])
            seen.update(key for key, value in offer.items() if value is not None)
        seen.update(f"ignored:{item['reason']}" for item in data["ignored"])
        seen.add(f"results:{bool(data['results'])}")
    # The cases above did exercise what they are meant to.
    assert {"profile", "salary", "ignored:unknown-value", "ignored:out-of-range"} <= seen
    assert {"ignored:unknown-parameter", "ignored:corrected", "results:False"} <= seen


def ignored(client, params, language="fr"):
    data = get_json(client, API[language], params)
    return data, [(i["parameter"], i["value"], i["reason"], i["used"]) for i in data["ignored"]]


def test_ignored_lists_every_refused_or_corrected_parameter(client):
    params = [
        ("kind", "astronaut"),
        ("kind", "phd"),
        ("colour", "blue"),
        ("within", "forever"),
        ("sort", "random"),
        ("sort", "newest"),
        ("q", "cell\x01 biology"),
        ("region", "atlantis"),
        ("page", "0"),
    ]
    data, refused = ignored(client, params)
    assert refused == [
        ("kind", "astronaut", "unknown-value", None),
        ("colour", "blue", "unknown-parameter", None),
        ("within", "forever", "unknown-value", None),
        ("sort", "random", "repeated", None),
        ("q", "cell\x01 biology", "corrected", "cell biology"),
        ("region", "atlantis", "unknown-value", None),
        ("page", "0", "out-of-range", "1"),
    ]
    assert data["filters"]["kind"] == ["phd"] and data["filters"]["sort"] == "newest"
    assert data["filters"]["q"] == "cell biology" and data["page"] == 1
    # Past the 20 values a filter may have.
    _data, refused = ignored(client, [("city", f"City {n}") for n in range(22)])
    assert refused == [
        ("city", "City 20", "too-many-values", None),
        ("city", "City 21", "too-many-values", None),
    ]


def test_page_numbers_that_are_no_page_are_reported(client):
    pages = get_json(client, API["fr"])["pages"]
    assert pages > 2
    cases = {
        "2": (2, []),
        "": (1, []),
        "0": (1, [("page", "0", "out-of-range", "1")]),
        "-1": (1, [("page", "-1", "not-a-number", "1")]),
        "abc": (1, [("page", "abc", "not-a-number", "1")]),
        "99999": (pages, [("page", "99999", "out-of-range", str(pages))]),
        "9" * 40: (pages, [("page", "9" * 40, "out-of-range", str(pages))]),
    }
    for sent, (page, expected) in cases.items():
        data, refused = ignored(client, [("page", sent)])
        assert (data["page"], refused) == (page, expected), sent
    data, refused = ignored(client, [("page", "3"), ("page", "2")])
    assert data["page"] == 2 and refused == [("page", "3", "repeated", None)]


def test_other_methods_are_405_with_allow_not_a_csrf_403():
    # As in production: the CSRF check is on (the test client skips it by default).
    browser = Client(enforce_csrf_checks=True)
    for url in (API["fr"], API["en"], DOCUMENT["fr"]):
        for method in ("post", "put", "delete", "patch"):
            response = getattr(browser, method)(url)
            assert response.status_code == 405, (method, url, response.status_code)
            assert response["Allow"] == "GET, HEAD, OPTIONS", (method, url)
        response = browser.options(url)
        assert response.status_code == 200 and response["Allow"] == "GET, HEAD, OPTIONS"
        assert browser.head(url).status_code == 200
    # Every other page keeps its CSRF check.
    assert browser.post("/fr/offres/").status_code == 403


def test_profile_and_salary_say_what_the_offer_says_and_nothing_more(client):
    offer = OfferPage.objects.open().filter(locale=locale("fr"), profile="R2").first()
    assert offer is not None
    params = [("kind", offer.kind), ("city", offer.city), ("region", offer.region.slug)]
    cases = [
        (
            {"profile": "R2", "salary_min": 2900, "salary_max": 4000, "salary_details": ""},
            {"min": 2900, "max": 4000, "currency": "EUR", "period": "month", "details": None},
        ),
        (
            {"profile": "", "salary_min": 3100, "salary_max": None, "salary_details": "Grille"},
            {"min": 3100, "max": 3100, "currency": "EUR", "period": "month", "details": "Grille"},
        ),
        (
            {"profile": "R4", "salary_min": None, "salary_max": None, "salary_details": "Grille"},
            {"min": None, "max": None, "currency": None, "period": None, "details": "Grille"},
        ),
        ({"profile": "", "salary_min": None, "salary_max": None, "salary_details": ""}, None),
    ]
    for facts, salary in cases:
        OfferPage.objects.filter(pk=offer.pk).update(**facts)
        results = get_json(client, API["fr"], params)["results"]
        result = next(r for r in results if r["reference"] == offer.reference)
        assert result["profile"] == (facts["profile"] or None)
        assert result["salary"] == salary, facts
    assert assert_paris_time(result["deadline"]) == offer.deadline
    published = assert_paris_time(result["published"])
    assert published == offer.first_published_at.replace(microsecond=0)


def test_cached_answers_keep_their_type_and_cors_header(client):
    cache.clear()
    try:
        with override_settings(PAGE_CACHE_SECONDS=300):
            for url in (API["fr"] + "?kind=phd", DOCUMENT["en"]):
                first = client.get(url)
                second = client.get(url)
                assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
                for response in (first, second):
                    assert response["Content-Type"] == "application/json", url
                    assert response["Access-Control-Allow-Origin"] == "*", url
                assert first.content == second.content
    finally:
        cache.clear()


def test_the_readme_documents_what_the_api_answers(client):
    text = README.read_text()
    section = text[text.index("### Feeds and API") : text.index("### Commands")]
    document = get_json(client, DOCUMENT["fr"])
    for schema in ("OfferList", "Offer", "Salary", "Ignored"):
        for name in resolve(document, {"$ref": f"#/components/schemas/{schema}"})["properties"]:
            assert f"`{name}`" in section, (schema, name)
    for reason in resolve(document, {"$ref": "#/components/schemas/Reason"})["enum"]:
        assert f"`{reason}`" in section, reason
    assert "`api/openapi/`" in section and "405" in section
    assert "Paris time with its UTC offset" in section and "UTC)" not in section


def test_every_answer_carries_the_cross_origin_header(client):
    """Mutation caught: Access-Control-Allow-Origin removed from an answer of the API: a
    result, its document, the preflight (OPTIONS) or a refused method."""
    for url in (API["fr"], API["en"] + "?kind=phd&page=2", DOCUMENT["fr"]):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Access-Control-Allow-Origin"] == "*", url
        preflight = client.options(url, HTTP_ORIGIN="https://other.example")
        assert preflight["Access-Control-Allow-Origin"] == "*", url
        assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS", url
        refused = client.post(url)
        assert refused.status_code == 405
        assert refused["Access-Control-Allow-Origin"] == "*", url
    # Only the API: the listing itself is not for other sites' scripts.
    assert "Access-Control-Allow-Origin" not in client.get("/fr/offres/")


def test_next_and_previous_links_walk_every_offer_once(client):
    """Mutation caught: a broken `next` link (missing, wrong page, filters dropped)."""
    params = [("language", "fr")]
    first = get_json(client, API["fr"], params)
    expected = OfferPage.objects.open().filter(locale=locale("fr"), works_in_french=True)
    assert first["count"] == expected.count() and first["pages"] >= 3
    assert first["page"] == 1 and first["previous"] is None
    seen, data, pages = [], first, 0
    while True:
        pages += 1
        assert data["page"] == pages
        assert data["filters"]["language"] == ["fr"]
        seen += [result["reference"] for result in data["results"]]
        if data["next"] is None:
            break
        assert data["next"].startswith("http") and f"page={pages + 1}" in data["next"]
        following = client.get(data["next"]).json()
        back = client.get(following["previous"]).json()
        assert back["page"] == pages and back["results"] == data["results"]
        data = following
    assert pages == first["pages"]
    assert len(seen) == len(set(seen)) == first["count"]
    assert set(seen) == set(expected.values_list("reference", flat=True))
