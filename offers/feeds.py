"""Feeds of open offers: Atom (following the listing's filters) and iCal (competitions)."""

from datetime import timedelta

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .choices import COMPETITION_KINDS
from .filters import OfferFilters
from .models import CARD_FIELDS, OfferPage

FEED_SIZE = 50


class OfferFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index_page):
        self.request = request
        self.filters = OfferFilters(request.GET, index_page.locale)
        return index_page

    def title(self, index_page):
        return _("%(title)s: open offers") % {"title": index_page.title}

    def link(self, index_page):
        return index_page.get_url(self.request) + self.filters.querystring()

    def subtitle(self, index_page):
        return index_page.search_description

    def items(self, index_page):
        # Newest first, as feed readers expect; the listing's filters apply.
        self.filters.sort = "newest"
        return list(self.filters.results().only(*CARD_FIELDS)[:FEED_SIZE])

    def item_title(self, offer):
        return offer.title

    def item_link(self, offer):
        return offer.get_url(self.request)

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
        return offer.first_published_at

    def item_guid(self, offer):
        return f"urn:offer:{offer.reference}"

    def item_categories(self, offer):
        return [offer.get_kind_display(), offer.city]


def competitions_calendar(request, index_page):
    """Registration, deadline, auditions and results of every open competition."""
    offers = (
        OfferPage.objects.open()
        .filter(locale_id=index_page.locale_id, kind__in=COMPETITION_KINDS)
        .order_by("deadline")
    )
    calendar = Calendar()
    calendar.add("prodid", "-//Careers portal//Competitions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Competitions: %(title)s") % {"title": index_page.title})
    stamp = timezone.now()
    for offer in offers:
        url = offer.get_full_url(request)
        steps = [
            ("registration", offer.registration_opens, None, _("Registration opens")),
            ("deadline", timezone.localtime(offer.deadline), None, _("Application deadline")),
            ("auditions", offer.auditions_start, offer.auditions_end, _("Auditions")),
            ("results", offer.results_date, None, _("Results announced")),
        ]
        for code, start, end, label in steps:
            if start is None:
                continue
            event = Event()
            event.add("uid", f"{offer.reference}-{code}-{index_page.locale.language_code}@offers")
            event.add("dtstamp", stamp)
            event.add("summary", f"{label}: {offer.title}")
            event.add("url", url)
            event.add("description", f"{offer.get_kind_display()} — {url}")
            if code == "deadline":
                event.add("dtstart", start)
                event.add("dtend", start)
            else:
                event.add("dtstart", start)
                # All-day events end the day after their last day (RFC 5545).
                event.add("dtend", (end or start) + timedelta(days=1))
            calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="competitions.ics"'
    return response
