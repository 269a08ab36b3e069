"""Feeds of open offers, both following the listing's filters: Atom (RFC 4287) and iCal
(RFC 5545), plus one offer's iCal file ("Add to calendar").

Identifiers are tag URIs (RFC 4151) and iCal UIDs under the institute's own domain (the host
of ORGANIZATION_URL), not the request's host: the portal answers on several hosts and ports
(a Site record, a proxy, a developer's port), and an id that changed with them would make feed
readers and calendars show every offer twice. The institute owns that domain, as RFC 4151
asks of a tag's authority; the date is the year the scheme was adopted and never changes.
"""

import datetime as dt
import re
import zoneinfo
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone

from core.site_url import absolute

from .choices import COMPETITION_KINDS
from .filters import OfferFilters
from .models import CARD_FIELDS

FEED_SIZE = 50
# A calendar of every postdoc's deadline would be long: the soonest ones, the others
# arrive as they pass.
CALENDAR_SIZE = 200
TAG_DATE = "2026"
# A deadline is an instant; calendars draw it as a short event starting at that moment (an
# end equal to the start is refused by some and shown as nothing by others).
DEADLINE_LENGTH = dt.timedelta(minutes=15)
COMPETITION_DATES = ("registration_opens", "auditions_start", "auditions_end", "results_date")


def tag_authority():
    """The institute's domain: "inserm.fr" from "https://www.inserm.fr"."""
    host = urlsplit(settings.ORGANIZATION_URL).hostname or "localhost"
    return host.removeprefix("www.")


def search_label(filters):
    """The search in words, in the active language: "PhD position, Nord-Ouest"."""
    return ", ".join(str(item["label"]) for item in filters.active_filters())


class OfferFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index_page):
        self.request = request
        self.filters = OfferFilters(request.GET, index_page.locale)
        self.language_code = index_page.locale.language_code
        return index_page

    def title(self, index_page):
        search = search_label(self.filters)
        if search:
            return _("%(title)s: open offers (%(search)s)") % {
                "title": index_page.title,
                "search": search,
            }
        return _("%(title)s: open offers") % {"title": index_page.title}

    # Absolute URLs from SITE_URL: Django's feeds would otherwise prefix the request's host.
    def link(self, index_page):
        return absolute(index_page.get_url(self.request) + self.filters.querystring())

    def feed_url(self, index_page):
        # rel="self": this feed, filters included.
        return absolute(self.request.path + self.filters.querystring())

    def feed_guid(self, index_page):
        language = index_page.locale.language_code
        return f"tag:{tag_authority()},{TAG_DATE}:offers/{language}{self.filters.querystring()}"

    # RFC 4287 4.1.1: a feed whose entries have no author names one.
    def author_name(self, index_page):
        return settings.ORGANIZATION_NAME

    def author_link(self, index_page):
        return settings.ORGANIZATION_URL

    def subtitle(self, index_page):
        return index_page.search_description

    def items(self, index_page):
        # Newest first, as feed readers expect; the listing's filters apply.
        self.filters.sort = "newest"
        offers = self.filters.results().only(*CARD_FIELDS, "last_published_at")
        return list(offers[:FEED_SIZE])

    def item_title(self, offer):
        return offer.title

    def item_link(self, offer):
        return absolute(offer.get_url(self.request))

    def item_description(self, offer):
        deadline = timezone.localtime(offer.deadline)
        return _("%(kind)s — %(laboratory)s, %(city)s. Apply before %(deadline)s (Paris time).") % {
            "kind": offer.get_kind_display(),
            "laboratory": offer.laboratory,
            "city": offer.city,
            "deadline": formats.date_format(deadline, "DATETIME_FORMAT"),
        }

    def item_pubdate(self, offer):
        return offer.first_published_at

    def item_updateddate(self, offer):
        return offer.last_published_at or offer.first_published_at

    def item_guid(self, offer):
        # One id per language: the French and English entries are two entries (RFC 4287 4.2.6).
        reference = quote(offer.reference, safe="")
        return f"tag:{tag_authority()},{TAG_DATE}:offer/{reference}/{self.language_code}"

    item_guid_is_permalink = False

    def item_categories(self, offer):
        return [offer.get_kind_display(), offer.city]


# --- iCal ---------------------------------------------------------------------------------


def offer_events(offer, url, language):
    """The offer's deadline, and for a competition its registration, auditions and results."""
    steps = [("deadline", timezone.localtime(offer.deadline), None, _("Application deadline"))]
    if offer.kind in COMPETITION_KINDS:
        steps += [
            ("registration", offer.registration_opens, None, _("Registration opens")),
            ("auditions", offer.auditions_start, offer.auditions_end, _("Auditions")),
            ("results", offer.results_date, None, _("Results announced")),
        ]
    # DTSTAMP: when the offer was last published (RFC 5545 3.8.7.2, calendars without METHOD),
    # so that the file does not change while the offer does not.
    stamp = (offer.last_published_at or offer.first_published_at or timezone.now()).astimezone(
        dt.UTC
    )
    events = []
    for code, start, end, label in steps:
        if start is None:
            continue
        event = Event()
        event.add("uid", f"{offer.reference}-{code}-{language}@{tag_authority()}")
        event.add("dtstamp", stamp)
        event.add("summary", _("%(step)s: %(title)s") % {"step": label, "title": offer.title})
        event.add("url", url)
        event.add("description", f"{offer.get_kind_display()} — {url}")
        event.add("dtstart", start)
        if code == "deadline":
            event.add("duration", DEADLINE_LENGTH)
        else:
            # All-day events end the day after their last day (RFC 5545 3.6.1).
            event.add("dtend", (end or start) + dt.timedelta(days=1))
        # Dates to remember, not time taken: they leave the agenda free.
        event.add("transp", "TRANSPARENT")
        events.append(event)
    return events


def calendar_response(name, events, filename, disposition):
    """A VCALENDAR holding Paris time's VTIMEZONE and the events, as a download."""
    calendar = Calendar()
    calendar.add("prodid", "-//Inserm//Careers portal//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    # Times are Paris time with its VTIMEZONE rather than UTC: offers give their deadline in
    # Paris time (a legal time that follows summer time), so a calendar still shows 13:00 if
    # the rules change; the VTIMEZONE is generated from the time-zone database for the years
    # the events span. It is always there, so even an empty search gives a valid file (RFC
    # 5545 asks for at least one component).
    days = [timezone.localdate()]
    for event in events:
        start = event.decoded("dtstart")
        days.append(start.date() if isinstance(start, dt.datetime) else start)
    calendar.add_component(
        Timezone.from_tzinfo(
            zoneinfo.ZoneInfo(settings.TIME_ZONE),
            tzid=settings.TIME_ZONE,
            first_date=dt.date(min(days).year, 1, 1),
            last_date=dt.date(max(days).year + 1, 1, 1),
        )
    )
    for event in events:
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def offers_calendar(request, index_page):
    """The listing's offers as a calendar to subscribe to, its filters applied: without a
    kind chosen, the competitions (registration, deadline, auditions, results); with kinds,
    those kinds' offers (competitions with their stages, the others their deadline)."""
    filters = OfferFilters(request.GET, index_page.locale)
    filters.sort = "deadline"
    offers = filters.results()
    if not filters.selected["kind"]:
        offers = offers.filter(kind__in=COMPETITION_KINDS)
    offers = offers.only(*CARD_FIELDS, "last_published_at", *COMPETITION_DATES)
    language = index_page.locale.language_code
    events = []
    for offer in offers[:CALENDAR_SIZE]:
        events += offer_events(offer, offer.get_full_url(request), language)
    if set(filters.selected["kind"]) - set(COMPETITION_KINDS):
        name = _("Deadlines: %(title)s") % {"title": index_page.title}
    else:
        name = _("Competitions: %(title)s") % {"title": index_page.title}
    search = search_label(filters)
    if search:
        name = f"{name} ({search})"
    return calendar_response(name, events, "competitions.ics", "inline")


def offer_calendar(request, offer):
    """One offer's dates, for "Add to calendar"."""
    events = offer_events(offer, offer.get_full_url(request), offer.locale.language_code)
    filename = re.sub(r"[^A-Za-z0-9._-]", "-", offer.reference) + ".ics"
    return calendar_response(offer.title, events, filename, "attachment")
