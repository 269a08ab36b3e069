"""A table of contents for long pages, made from the headings the page renders.

    {% load toc_tags %}
    {% toc %} …the page's sections… {% endtoc %}

The block is rendered first; when it holds more than four second-level headings (`<h2>`), a
"Contents" list linking to each one is put before it, each heading gets an id (its own when
it has one, else one made from its text: stable while the heading does not change, unique in
the block, with -2, -3… for repeated headings) and each section ends with a "Back to top"
link. Shorter pages are returned untouched. Made from the rendered HTML rather than from the
page's fields, so the headings of every block, of the action plan and of the estimator are
all found, in the order a reader meets them, in the page's language.
"""

import html
import re

from django import template
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _

register = template.Library()

MIN_SECTIONS = 5
HEADING = re.compile(r"<h2(?P<attrs>(?:\s[^>]*)?)>(?P<text>.*?)</h2>", re.DOTALL | re.IGNORECASE)
ID = re.compile(r"""\sid\s*=\s*(["'])(?P<id>.*?)\1""", re.IGNORECASE)
ANY_ID = re.compile(r"""\sid\s*=\s*(["'])(.*?)\1""", re.IGNORECASE)
# Ids of the page frame (base.html) and of the table of contents itself.
RESERVED_IDS = {"main", "toc", "toc-title"}


def heading_label(text):
    """The heading's words, without markup, on one line."""
    return " ".join(html.unescape(strip_tags(text)).split())


def unique_id(label, taken):
    base = slugify(label)[:60].strip("-") or "section"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def with_toc(rendered):
    """`rendered` with its contents list and section anchors, or as it is when short."""
    headings = list(HEADING.finditer(rendered))
    if len(headings) < MIN_SECTIONS:
        return rendered
    taken = RESERVED_IDS | {match.group(2) for match in ANY_ID.finditer(rendered)}
    back = format_html('<p class="back-to-top"><a href="#main">{}</a></p>', _("Back to top"))
    entries, parts, position = [], [], 0
    for number, match in enumerate(headings):
        label = heading_label(match.group("text"))
        attrs = match.group("attrs")
        own = ID.search(attrs)
        if own:
            anchor = own.group("id")
            heading = match.group(0)
        else:
            anchor = unique_id(label, taken)
            heading = format_html('<h2 id="{}"', anchor) + match.group(0)[3:]
        parts.append(rendered[position : match.start()])
        if number:
            parts.append(back)
        parts.append(heading)
        position = match.end()
        if label:
            entries.append((anchor, label))
    parts.append(rendered[position:])
    parts.append(back)
    contents = format_html(
        '<nav class="toc" id="toc" aria-labelledby="toc-title">'
        '<h2 class="toc__title" id="toc-title">{}</h2><ol class="toc__list">{}</ol></nav>',
        _("Contents"),
        format_html_join("", '<li><a href="#{}">{}</a></li>', entries),
    )
    # The parts are the rendered block (already escaped) and the markup built above.
    return mark_safe(contents + "".join(str(part) for part in parts))


class TableOfContentsNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return with_toc(self.nodelist.render(context))


@register.tag("toc")
def toc(parser, token):
    nodelist = parser.parse(("endtoc",))
    parser.delete_first_token()
    return TableOfContentsNode(nodelist)
