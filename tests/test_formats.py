"""Dates, numbers, plurals and lists as each language writes them: British English dates and
times, "1er" for the first day of a month in French, no-break spaces between thousands,
"(1 offre)" read to screen readers, "- item" lines of an offer's texts as lists."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from core.templatetags.language_tags import long_date
from offers.filters import Facet, Option
from offers.templatetags.offer_tags import facet_fieldset, text_with_lists

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("en", datetime.date(2027, 2, 10), "10 February 2027"),
        ("en", datetime.date(2027, 9, 1), "1 September 2027"),
        ("fr", datetime.date(2027, 9, 1), "1er septembre 2027"),
        ("fr", datetime.date(2027, 9, 2), "2 septembre 2027"),
        ("fr", datetime.date(2027, 9, 11), "11 septembre 2027"),
        ("fr", datetime.date(2027, 9, 21), "21 septembre 2027"),
    ],
)
def test_long_dates(language, day, expected):
    with translation.override(language):
        assert long_date(day) == expected


def test_english_times_are_24_hour_and_british():
    moment = datetime.datetime(2027, 2, 10, 23, 59, tzinfo=PARIS)
    with translation.override("en"):
        assert long_date(moment, "DATETIME_FORMAT") == "10 February 2027, 23:59"
        assert formats.time_format(moment.time(), "TIME_FORMAT") == "23:59"
        assert formats.date_format(moment.date(), "SHORT_DATE_FORMAT") == "10/02/2027"
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": moment}))
        assert rendered == "10 February 2027"  # Django's own filter follows the same formats
    with translation.override("fr"):
        first = datetime.datetime(2027, 3, 1, 12, 0, tzinfo=PARIS)
        assert long_date(first, "DATETIME_FORMAT") == "1er mars 2027 à 12:00"


def test_aware_datetimes_are_shown_in_paris_time():
    utc = datetime.datetime(2027, 8, 31, 22, 30, tzinfo=datetime.UTC)  # 00:30 in Paris
    with translation.override("fr"):
        assert long_date(utc) == "1er septembre 2027"


def test_thousands_are_grouped_with_a_no_break_space_in_french():
    with translation.override("fr"):
        assert formats.number_format(5000, force_grouping=True) == "5\u202f000"
    with translation.override("en"):
        assert formats.number_format(5000, force_grouping=True) == "5,000"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "8\u202f123 résultats pour « recherche »"), ("en", "8,123 results for “recherche”")],
)
def test_result_and_offer_counts_group_their_thousands(language, expected):
    # The search page's count, the listing's and the home page's link: "8123 résultats" is not
    # how either language writes a number (the counts reach 10,000 offers).
    count = Template(
        "{% load i18n language_tags %}{% blocktranslate with search_query=query "
        "shown=n|grouped count counter=n %}{{ shown }} result for “{{ search_query }}”"
        "{% plural %}{{ shown }} results for “{{ search_query }}”{% endblocktranslate %}"
    )
    with translation.override(language):
        assert count.render(Context({"n": 8123, "query": "recherche"})) == expected
        assert (
            Template("{% load language_tags %}{{ n|grouped }}").render(Context({"n": 12})) == "12"
        )


def test_the_template_filter_loads_and_renders():
    template = Template("{% load language_tags %}{{ day|long_date }}")
    with translation.override("fr"):
        assert template.render(Context({"day": datetime.date(2027, 1, 1)})) == "1er janvier 2027"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_facet_counts_read_to_screen_readers_agree_in_number(language):
    facet = Facet(
        name="kind",
        label="Kind",
        options=[Option("postdoc", "Postdoc", 1), Option("phd", "PhD", 12)],
    )
    with translation.override(language):
        html = facet_fieldset(facet)
    singular = "offer" if language == "en" else "offre"
    plural = "offers" if language == "en" else "offres"
    assert f'(1<span class="visually-hidden"> {singular}</span>)' in html
    assert f'(12<span class="visually-hidden"> {plural}</span>)' in html


def test_how_to_apply_dash_lines_become_a_list():
    text = "Send to the lab:\r\n- a CV\r\n- a <cover> letter\r\n\r\nInterviews in June.\nOnline."
    html = text_with_lists(text)
    assert html == (
        "<p>Send to the lab:</p>"
        "<ul><li>a CV</li><li>a &lt;cover&gt; letter</li></ul>"
        "<p>Interviews in June.<br>Online.</p>"
    )
    assert text_with_lists("") == ""
    assert text_with_lists("One line") == "<p>One line</p>"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_offer_page_has_its_dates_and_its_how_to_apply_list(client, language):
    from offers.models import OfferPage

    offer = (
        OfferPage.objects.live()
        .filter(locale__language_code=language, application_details__contains="\n- ")
        .first()
    )
    assert offer is not None, "the demo has offers whose application texts hold lists"
    html = client.get(offer.url).content.decode()
    for american in (" a.m.", " p.m.", "Jan. ", "Feb. ", "Aug. ", "Sept. ", "Oct. ", "Nov. "):
        assert american not in html
    with translation.override(language):
        assert long_date(offer.deadline) in html
    assert '<div class="apply__details">' in html and "<ul><li>" in html
