from html.parser import HTMLParser

from wagtail.models import Locale, Page


def page_by_path(url_path):
    """A live page by its Wagtail url_path, e.g. "/accueil/offres/" (specific instance)."""
    return Page.objects.get(url_path=url_path).specific


def locale(code):
    return Locale.objects.get(language_code=code)


def main_content(html):
    """The page's own content (base.html's <main>), without the header and footer that every
    page shares: a word looked for there is a word of this page."""
    import re

    match = re.search(r'<main id="main"[^>]*>(.*)</main>', html, re.S)
    assert match, 'no <main id="main"> in the page'
    return match.group(1)


def picture_asked(question):
    """The name of the picture a human-check question describes, in the question's language:
    what a person understands from the words (core/human_check.py), looked up in its list."""
    from django.conf import settings
    from django.utils import translation

    from core.human_check import PICTURES, QUESTIONS

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for picture, wording in QUESTIONS:
                if str(wording) == question.strip():
                    return str(PICTURES[picture])
    raise LookupError(f"No such question: {question!r}")


class Outline(HTMLParser):
    """Collects what the page-frame contract checks: html lang, h1 count, links and ids."""

    def __init__(self, html):
        super().__init__()
        self.html_lang = None
        self.h1_count = 0
        self.links = []  # (rel, hreflang, href)
        self.anchors = []  # attrs of <a>
        self.ids = set()
        self.meta = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "link":
            self.links.append((attrs.get("rel"), attrs.get("hreflang"), attrs.get("href")))
        elif tag == "a":
            self.anchors.append(attrs)
        elif tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content")

    def alternates(self):
        return {hreflang: href for rel, hreflang, href in self.links if rel == "alternate"}

    def canonical(self):
        return next((href for rel, _, href in self.links if rel == "canonical"), None)
