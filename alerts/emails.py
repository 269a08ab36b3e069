"""The two e-mails of the service: the confirmation request and the digest of new offers.

Both are multipart (plain text and HTML), written in the subscriber's language, and say what
is stored and why. Templates are compiled once per process (`get_template` is cached only
with the cached loader, which DEBUG turns off): a run of send_offer_alerts renders thousands.
"""

from functools import cache

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import get_template
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from offers.models import OfferIndexPage

from . import links
from .descriptions import NeutralDescription
from .models import Frequency

MAX_OFFERS_PER_DIGEST = 50


@cache
def template(name):
    return get_template(name)


def render(name, context):
    return template(name).render(context)


def retention_days():
    return {
        "unconfirmed_days": getattr(settings, "ALERTS_UNCONFIRMED_DAYS", 7),
        "unsubscribed_days": getattr(settings, "ALERTS_UNSUBSCRIBED_DAYS", 30),
    }


def footer(language):
    """What is stored and why (every e-mail ends with it), written once per language."""
    days = retention_days()
    return _footer(language, days["unconfirmed_days"], days["unsubscribed_days"])


@cache
def _footer(language, unconfirmed_days, unsubscribed_days):
    context = {"unconfirmed_days": unconfirmed_days, "unsubscribed_days": unsubscribed_days}
    with translation.override(language):
        return {
            "privacy_text": render("alerts/email/privacy.txt", context),
            "privacy_html": render("alerts/email/privacy.html", context),
        }


def listing_path(language, search="", newest=False):
    """The offers listing in `language` with the saved search, or None (no listing)."""
    index = OfferIndexPage.objects.live().filter(locale__language_code=language).first()
    if index is None:
        return None
    return listing_path_for(index, search, newest)


def listing_path_for(index, search="", newest=False):
    query = "&".join(part for part in (search, "sort=newest" if newest else "") if part)
    return (index.get_url() or "/") + (f"?{query}" if query else "")


def listing_url(language, search="", newest=False):
    """The same, absolute (for e-mails)."""
    path = listing_path(language, search, newest)
    return links.absolute(path) if path else None


def _message(alert, subject, text, html, headers=None):
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[alert.email],
        headers={"Auto-Submitted": "auto-generated", **(headers or {})},
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(alert, saved_search):
    """The request sent to an address nobody has confirmed yet: it quotes nothing the visitor
    typed (alerts/descriptions.py), in the subject, the text or the HTML."""
    with translation.override(alert.language):
        description = NeutralDescription(saved_search)
        context = {
            "language": alert.language,
            "site_name": _("Inserm careers & welcome"),
            "summary": description.summary(),
            "left_out": description.left_out,
            "frequency": Frequency(alert.frequency).label,
            "confirm_url": links.url("confirm", alert),
            "listing_url": listing_url(alert.language, description.search()),
            **retention_days(),
            **footer(alert.language),
        }
        subject = _("Confirm your offer alert — %(site)s") % {"site": context["site_name"]}
        return _message(
            alert,
            subject,
            render("alerts/email/confirm.txt", context),
            render("alerts/email/confirm.html", context),
        )


def deadline_parts(deadline):
    """The deadline's day, and its time (Paris) unless it is midnight: a noon deadline is not
    the end of the day."""
    moment = timezone.localtime(deadline)
    midnight = (moment.hour, moment.minute, moment.second) == (0, 0, 0)
    return {
        "deadline": formats.date_format(moment, "DATE_FORMAT"),
        "deadline_time": "" if midnight else formats.time_format(moment, "TIME_FORMAT"),
    }


def offer_summary(offer, index, index_url, region_name):
    """What a digest says about an offer, in the active language (computed once per run).

    Offers are the index's children: their address extends the index's, with no lookup.
    """
    if index is not None and index_url and offer.url_path.startswith(index.url_path):
        path = index_url + offer.url_path[len(index.url_path) :]
    else:
        path = offer.get_url() or "/"
    summary = {
        "pk": offer.pk,
        "key": offer.translation_key,
        "title": offer.title,
        "url": links.absolute(path),
        "kind": offer.get_kind_display(),
        "laboratory": offer.laboratory,
        "city": offer.city,
        "region": region_name,
        **deadline_parts(offer.deadline),
    }
    # Written once per offer and language, then put into every digest that lists it (the
    # template's output is escaped HTML, marked safe, so it is not escaped twice).
    summary["text"] = render("alerts/email/offer.txt", {"offer": summary})
    summary["html"] = render("alerts/email/offer.html", {"offer": summary})
    return summary


def digest_message(alert, offers, saved_search, *, more=0, listing=None):
    """A digest of `offers` (summaries, newest first); `more` matched but are not listed."""
    with translation.override(alert.language):
        count = len(offers) + more
        site_name = _("Inserm careers & welcome")
        context = {
            "language": alert.language,
            "site_name": site_name,
            "offers": offers,
            "count": count,
            "more": more,
            # Unlike the confirmation request, a digest names the search with its words: it
            # goes only to an address whose owner opened the confirmation link and confirmed
            # on a page that shows the whole search, words included (alerts/confirm.html),
            # and it is sent only when offers match them. Without the words, a subscriber
            # with several alerts could not tell them apart.
            "summary": saved_search.summary(),
            "missing": saved_search.missing_labels(),
            "frequency": Frequency(alert.frequency).label,
            "confirmed": formats.date_format(timezone.localtime(alert.confirmed_at), "DATE_FORMAT"),
            "listing_url": listing,
            "manage_url": links.url("manage", alert),
            "unsubscribe_url": links.url("unsubscribe", alert),
            **footer(alert.language),
        }
        subject = ngettext(
            "%(count)s new offer for your alert — %(site)s",
            "%(count)s new offers for your alert — %(site)s",
            count,
        ) % {"count": count, "site": site_name}
        return _message(
            alert,
            subject,
            render("alerts/email/digest.txt", context),
            render("alerts/email/digest.html", context),
            headers={
                # RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button that POSTs
                # List-Unsubscribe=One-Click to this address, without opening a page.
                "List-Unsubscribe": f"<{links.one_click_url(alert)}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
