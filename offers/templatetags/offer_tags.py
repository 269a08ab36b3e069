from django import template
from django.template.loader import get_template
from django.utils import formats, timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext, npgettext
from django.utils.translation import gettext as _

from core import fragment_cache
from core.json_ld import json_ld_script
from core.templatetags.language_tags import long_date
from offers.views import name_fields

register = template.Library()

# The job posting's JSON-LD: the shared helper, under the name offer templates use.
register.simple_tag(json_ld_script, name="json_ld")


@register.simple_tag
def page_query(filters, number):
    """The listing's query string for another page of the same results."""
    return filters.querystring(page=number if number > 1 else None) or "?"


@register.simple_tag
def deadline(offer):
    """ "12 May 2027, 13:00 (Paris time) — 5 days left", or "Applications closed"."""
    moment = timezone.localtime(offer.deadline)
    when = long_date(moment)
    time = formats.time_format(moment, "TIME_FORMAT")
    stamp = format_html(
        '<time datetime="{}">{} {}</time>',
        moment.isoformat(),
        when,
        _("at %(time)s (Paris time)") % {"time": time},
    )
    if not offer.is_open:
        return format_html(
            '{} — <strong class="closed">{}</strong>', stamp, _("applications closed")
        )
    days = offer.days_left
    if days == 0:
        left = _("last day")
    else:
        left = ngettext("%(days)s day left", "%(days)s days left", days) % {"days": days}
    urgent = ' class="soon"' if days <= 7 else ""
    return format_html("{} — <span{}>{}</span>", stamp, mark_safe(urgent), left)


@register.simple_tag
def salary_range(offer):
    """ "€2,900 – €4,000 gross a month" in the visitor's number format."""
    low = formats.number_format(offer.salary_min, force_grouping=True)
    if offer.salary_max and offer.salary_max != offer.salary_min:
        high = formats.number_format(offer.salary_max, force_grouping=True)
        return _("€%(low)s to €%(high)s gross a month") % {"low": low, "high": high}
    return _("€%(amount)s gross a month") % {"amount": low}


@register.simple_tag
def facet_fieldset(facet, any_label=""):
    """One facet as a fieldset of checkboxes (or radios), built in Python.

    A listing shows a hundred or more options; rendering them through template includes
    cost more than all the listing's SQL.
    """
    options = facet.visible_options
    if not options:
        return ""
    kind = "radio" if facet.single else "checkbox"
    rows = []
    for number, option in enumerate(options, start=1):
        rows.append(
            format_html(
                '<div class="facet__option"><input type="{}" id="f-{}-{}" name="{}" value="{}"{}>'
                '<label for="f-{}-{}">{} <span class="facet__count">({}'
                '<span class="visually-hidden"> {}</span>)</span></label></div>',
                kind,
                facet.name,
                number,
                facet.name,
                option.value,
                mark_safe(" checked") if option.selected else "",
                facet.name,
                number,
                option.label,
                option.count,
                # Read after the count by screen readers: "(1 offer)", "(12 offers)".
                npgettext("facet count", "offer", "offers", option.count),
            )
        )
    if facet.single:
        chosen = any(option.selected for option in options)
        rows.append(
            format_html(
                '<div class="facet__option"><input type="radio" id="f-{}-any" name="{}" value=""{}>'
                '<label for="f-{}-any">{}</label></div>',
                facet.name,
                facet.name,
                "" if chosen else mark_safe(" checked"),
                facet.name,
                any_label,
            )
        )
    return format_html(
        '<fieldset class="facet"><legend>{}</legend>{}</fieldset>',
        facet.label,
        mark_safe("".join(rows)),
    )


@register.filter(is_safe=True, needs_autoescape=True)
def text_with_lists(text, autoescape=True):
    """Plain text with line breaks (an offer's "how to apply"): runs of lines starting with
    "- ", "* " or "• " become a list, other runs paragraphs with their line breaks."""
    escape = conditional_escape if autoescape else (lambda value: value)
    blocks, items, lines = [], [], []

    def flush_lines():
        if lines:
            blocks.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
            lines.clear()

    def flush_items():
        if items:
            blocks.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in str(text or "").replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        marker = line[:2]
        if marker in ("- ", "* ", "• ") or (line.startswith("•") and len(line) > 1):
            flush_lines()
            items.append(line[1:].strip())
        elif not line:
            flush_lines()
            flush_items()
        else:
            flush_items()
            lines.append(line)
    flush_lines()
    flush_items()
    return mark_safe("".join(blocks))


@register.simple_tag(takes_context=True)
def offer_cards(context, offers, fields=None):
    """The listing's offer cards (offers/includes/offer_card.html), each rendered once per
    content generation, language, address and day: a card shows the offer's facts and names
    (a publish or a snippet saved renews the generation) and its days left. All read in one
    cache round trip. Cards read nothing of the visitor, so they are shared with everyone
    (home.templatetags.fragment_tags says when a fragment must not be: nothing here applies).
    With `fields` (a Taxonomy), the offers' research fields are named here, for the cards
    to render only."""
    card = get_template("offers/includes/offer_card.html")
    request = context.get("request")
    language = get_language()
    names = {}
    for offer in offers:
        days = offer.days_left if offer.is_open else "closed"
        names[offer.pk] = f"card:{offer.pk}:{language}:{offer.card_url}:{days}:{offer.alias_of_id}"
    stored = fragment_cache.lookup_many(request, names.values()) if request else {}
    if fields is not None:
        # Research fields named (one query) only for the cards to render.
        name_fields([offer for offer in offers if names[offer.pk] not in stored], fields)
    rendered, missing = [], {}
    for offer in offers:
        html = stored.get(names[offer.pk])
        if html is None:
            with context.push(offer=offer):
                html = card.template.render(context)
            missing[names[offer.pk]] = html
        rendered.append(html)
    if request:
        fragment_cache.store_many(request, missing)
    return mark_safe("".join(rendered))
