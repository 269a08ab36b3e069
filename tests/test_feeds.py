"""The Atom feed (RFC 4287) and the iCal files (RFC 5545) as feed readers and calendars read
them: each iCal file is parsed by two independent libraries (icalendar, vobject) and checked
against the RFC's rules; the Atom feed against its required elements."""

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest
import vobject
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from icalendar import Calendar

from offers.choices import COMPETITION_KINDS
from offers.models import OfferPage

from .factories import make_offer
from .helpers import locale

pytestmark = pytest.mark.django_db

LISTING = {"fr": "/fr/offres/", "en": "/en/offers/"}
ATOM = "{http://www.w3.org/2005/Atom}"


def demo_offer(kind, language="fr", **filters):
    """An open offer of the demo content (creating one costs about a second)."""
    offers = OfferPage.objects.open().filter(kind=kind, locale=locale(language), **filters)
    return offers.order_by("deadline", "pk").first()


# --- iCal -------------------------------------------------------------------------------


def parse_ical(response):
    """Both parsers' view of one response, after the RFC 5545 rules no parser enforces."""
    body = response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    # 3.1: lines end with CRLF and are folded at 75 octets.
    assert body.endswith(b"\r\n") and b"\n" not in body.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    calendar = Calendar.from_ical(body)
    # 3.6: PRODID and VERSION are required; at least one component.
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert calendar.subcomponents
    # 3.2.19: every TZID used has its VTIMEZONE in the same file.
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    used = set(re.findall(rb";TZID=([^:;]+)", body))
    assert {tzid.decode() for tzid in used} <= defined
    assert not calendar.get_missing_tzids()
    uids = []
    for event in calendar.walk("VEVENT"):
        # 3.6.1: UID and DTSTAMP required, DTSTAMP in UTC.
        assert event.get("UID") and event.get("DTSTAMP")
        assert event["DTSTAMP"].dt.utcoffset() == dt.timedelta(0)
        assert event.get("DTSTART")
        # DTEND and DURATION never both; an event that has an end ends after it starts.
        assert not ("DTEND" in event and "DURATION" in event)
        start = event["DTSTART"].dt
        if "DTEND" in event:
            assert event["DTEND"].dt > start
        if "DURATION" in event:
            assert event["DURATION"].dt > dt.timedelta(0)
        if isinstance(start, dt.datetime):
            # A moment, not a floating time: Paris time through its VTIMEZONE, or UTC.
            assert start.tzinfo is not None
            assert "DTEND" in event or "DURATION" in event
        uids.append(str(event["UID"]))
    assert len(uids) == len(set(uids))
    # The second, independent parser.
    other = vobject.readOne(body.decode())
    assert other.name == "VCALENDAR"
    assert sorted(str(e.uid.value) for e in other.contents.get("vevent", [])) == sorted(uids)
    return calendar, other


def events_of(calendar, reference):
    return [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith(reference + "-")]


def test_the_calendar_passes_rfc_5545_with_a_generated_vtimezone_and_instant_deadlines(client):
    offer = demo_offer("competition-cr")
    response = client.get(LISTING["fr"] + "calendar/")
    calendar, other = parse_ical(response)
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Paris"]
    # Generated from the time-zone database: summer and winter time with their offsets.
    rules = {(sub.name, str(sub["TZNAME"])) for sub in timezones[0].subcomponents}
    assert {("DAYLIGHT", "CEST"), ("STANDARD", "CET")} <= rules
    events = events_of(calendar, offer.reference)
    assert len(events) == 4
    (deadline,) = [e for e in events if "-deadline-" in str(e["UID"])]
    # The deadline is an instant, 13:00 Paris time, read the same by both parsers.
    assert deadline["DTSTART"].dt == offer.deadline
    assert deadline["DTSTART"].params["TZID"] == "Europe/Paris"
    (same,) = [e for e in other.vevent_list if e.uid.value == str(deadline["UID"])]
    assert same.dtstart.value == offer.deadline
    # Stable: the same UIDs and stamps on the next request.
    again, _other = parse_ical(client.get(LISTING["fr"] + "calendar/"))
    assert [(str(e["UID"]), e["DTSTAMP"].dt) for e in again.walk("VEVENT")] == [
        (str(e["UID"]), e["DTSTAMP"].dt) for e in calendar.walk("VEVENT")
    ]
    # French and English events are different events.
    english, _other = parse_ical(client.get(LISTING["en"] + "calendar/"))
    english_uids = {str(e["UID"]) for e in events_of(english, offer.reference)}
    assert len(english_uids) == 4 and not english_uids & {str(e["UID"]) for e in events}


def test_the_calendar_follows_the_listing_filters(client):
    html = client.get(LISTING["fr"], {"kind": "postdoc"}).content.decode()
    assert 'href="/fr/offres/calendar/?kind=postdoc"' in html
    research = demo_offer("competition-cr")
    staff = demo_offer("competition-it")
    postdoc = demo_offer("postdoc")
    everything, _other = parse_ical(client.get(LISTING["fr"] + "calendar/"))
    references = {str(e["UID"]).rsplit("-", 2)[0] for e in everything.walk("VEVENT")}
    # Without a kind: the competitions, as the link says.
    assert {research.reference, staff.reference} <= references
    assert postdoc.reference not in references
    kinds = set(OfferPage.objects.filter(reference__in=references).values_list("kind", flat=True))
    assert kinds <= set(COMPETITION_KINDS)

    chosen, _other = parse_ical(client.get(LISTING["fr"] + "calendar/", {"kind": "competition-it"}))
    assert events_of(chosen, staff.reference) and not events_of(chosen, research.reference)

    postdocs, _other = parse_ical(client.get(LISTING["fr"] + "calendar/", {"kind": "postdoc"}))
    (event,) = events_of(postdocs, postdoc.reference)
    assert not events_of(postdocs, research.reference)
    assert event["DTSTART"].dt == postdoc.deadline.replace(microsecond=0)

    region = "grand-est" if postdoc.region.slug != "grand-est" else "grand-ouest"
    elsewhere, _other = parse_ical(
        client.get(LISTING["fr"] + "calendar/", {"kind": "postdoc", "region": region})
    )
    assert not events_of(elsewhere, postdoc.reference)


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Ajouter les dates du concours à mon agenda"), ("en", "Add the competition dates")],
)
def test_each_competition_offers_its_dates_to_add_to_a_calendar(client, language, text):
    page = demo_offer("competition-dr", language)
    html = client.get(page.url).content.decode()
    match = re.search(r'<a [^>]*href="([^"]+)"[^>]*>([^<]+)</a>', html[html.index(text) - 300 :])
    url, label = match.groups()
    assert text in label and url == page.url + "calendar/"
    response = client.get(url)
    assert response["Content-Disposition"] == f'attachment; filename="{page.reference}.ics"'
    calendar, other = parse_ical(response)
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert len(summaries) == 4 and all(page.title in summary for summary in summaries)
    assert len(other.vevent_list) == 4


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Ajouter la date limite à mon agenda"), ("en", "Add the deadline")],
)
def test_each_offer_offers_its_deadline_to_add_to_a_calendar(client, language, text):
    page = demo_offer("phd", language)
    html = client.get(page.url).content.decode()
    assert text in html and f'href="{page.url}calendar/"' in html
    response = client.get(page.url + "calendar/")
    assert response["Content-Disposition"] == f'attachment; filename="{page.reference}.ics"'
    calendar, _other = parse_ical(response)
    (event,) = calendar.walk("VEVENT")
    assert (
        event["DTSTART"].dt == page.deadline.replace(microsecond=0)
        and event["URL"] == page.full_url
    )


def test_a_stored_calendar_keeps_its_file_name(client):
    offer = demo_offer("phd")
    url = offer.url + "calendar/"
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        client.get(url)
        hit = client.get(url)
    cache.clear()
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Disposition"] == f'attachment; filename="{offer.reference}.ics"'


# --- Atom -------------------------------------------------------------------------------


def parse_atom(response):
    """The feed, after RFC 4287's required elements (4.1.1 and 4.1.2)."""
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == ATOM + "feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(ATOM + name)) == 1 and feed.findtext(ATOM + name), name
    # Required at feed level when an entry has none.
    authors = feed.findall(ATOM + "author")
    assert authors and all(author.findtext(ATOM + "name") for author in authors)
    assert len([link for link in feed.findall(ATOM + "link") if link.get("rel") == "self"]) == 1
    for entry in feed.findall(ATOM + "entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(ATOM + name)) == 1 and entry.findtext(ATOM + name), name
        assert any(link.get("rel") in (None, "alternate") for link in entry.findall(ATOM + "link"))
        dt.datetime.fromisoformat(entry.findtext(ATOM + "updated"))
    dt.datetime.fromisoformat(feed.findtext(ATOM + "updated"))
    return feed


def test_the_atom_feed_has_rfc_4287s_required_elements(client):
    feed = parse_atom(client.get(LISTING["fr"] + "feed/"))
    assert feed.find(ATOM + "author").findtext(ATOM + "name") == "Inserm"
    entries = feed.findall(ATOM + "entry")
    assert len(entries) > 1
    published = [entry.findtext(ATOM + "published") for entry in entries]
    assert published == sorted(published, reverse=True)


def test_atom_ids_are_tag_uris_per_language(client):
    references = {}
    for language in ("fr", "en"):
        feed = parse_atom(client.get(LISTING[language] + "feed/", {"kind": "competition-dr"}))
        assert feed.findtext(ATOM + "id").startswith("tag:")
        ids = [entry.findtext(ATOM + "id") for entry in feed.findall(ATOM + "entry")]
        pattern = rf"tag:[a-z0-9.-]+,\d{{4}}:offer/([^/]+)/{language}"
        assert all(re.fullmatch(pattern, id_) for id_ in ids), ids
        references[language] = {re.fullmatch(pattern, id_).group(1) for id_ in ids}
    # The same offers, each with one id per language.
    assert references["fr"] == references["en"] and references["fr"]
    # Stable: the same ids from another host.
    again = parse_atom(
        client.get(LISTING["en"] + "feed/", {"kind": "competition-dr"}, HTTP_HOST="localhost")
    )
    assert [e.findtext(ATOM + "id") for e in again.findall(ATOM + "entry")] == ids


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", ["Contrat doctoral", "Nord-Ouest"]), ("en", ["PhD position", "Nord-Ouest"])],
)
def test_a_filtered_feed_names_its_search_and_links_to_itself(client, language, words):
    params = {"kind": "phd", "region": "nord-ouest"}
    feed = parse_atom(client.get(LISTING[language] + "feed/", params))
    title = feed.findtext(ATOM + "title")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert all(word in title for word in words), title
    (self_link,) = [link for link in feed.findall(ATOM + "link") if link.get("rel") == "self"]
    href = urlsplit(self_link.get("href"))
    assert href.path == LISTING[language] + "feed/"
    assert parse_qs(href.query) == {"kind": ["phd"], "region": ["nord-ouest"]}
    unfiltered = parse_atom(client.get(LISTING[language] + "feed/"))
    assert unfiltered.findtext(ATOM + "id") != feed.findtext(ATOM + "id")
    assert all(word not in unfiltered.findtext(ATOM + "title") for word in words)


def test_the_atom_feed_lists_the_newest_offers_first(client):
    """Mutation caught: the feed no longer sorted newest first (the demo's offers were all
    published within moments, so their order alone could not tell)."""
    now = timezone.now()
    references = ["TEST-FEED-OLD", "TEST-FEED-MID", "TEST-FEED-NEW"]
    for age, reference in zip((3, 2, 1), references, strict=True):
        # The newest closes first: deadline order and publication order disagree.
        make_offer(reference, city="Feedville", deadline=now + dt.timedelta(days=10 * age))
        OfferPage.objects.filter(reference=reference).update(
            first_published_at=now - dt.timedelta(seconds=age)
        )
    feed = parse_atom(client.get(LISTING["fr"] + "feed/", {"city": "Feedville"}))
    ids = [entry.findtext(ATOM + "id") for entry in feed.findall(ATOM + "entry")]
    assert [id_.rsplit("/", 2)[1] for id_ in ids] == references[::-1]
    # Unfiltered, they are newer than every demo offer: at the top.
    feed = parse_atom(client.get(LISTING["fr"] + "feed/"))
    ids = [entry.findtext(ATOM + "id") for entry in feed.findall(ATOM + "entry")]
    assert [id_.rsplit("/", 2)[1] for id_ in ids[:3]] == references[::-1]


def test_the_calendar_leaves_out_closed_competitions(client):
    """Mutation caught: closed competitions left in the iCal feed (a closed one sorts first by
    deadline, so it would be among the calendar's offers)."""
    closed = demo_offer("competition-cr")
    still_open = demo_offer("competition-it")
    calendar, _other = parse_ical(client.get(LISTING["fr"] + "calendar/"))
    assert events_of(calendar, closed.reference) and events_of(calendar, still_open.reference)
    OfferPage.objects.filter(translation_key=closed.translation_key).update(
        deadline=timezone.now() - dt.timedelta(days=1)
    )
    for language in ("fr", "en"):
        calendar, _other = parse_ical(client.get(LISTING[language] + "calendar/"))
        assert not events_of(calendar, closed.reference), language
        assert events_of(calendar, still_open.reference), language
    kind = {"kind": "competition-cr"}
    calendar, _other = parse_ical(client.get(LISTING["fr"] + "calendar/", kind))
    assert not events_of(calendar, closed.reference)
