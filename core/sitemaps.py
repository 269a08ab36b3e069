from django.conf import settings
from django.db.models import Max
from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Every live, public page of the site in both languages, with its hreflang alternates.

    Wagtail's default sitemap covers the site's root page tree only, which is the French
    tree; the English tree is its sibling. Pages decide their own entries
    (`get_sitemap_urls`): an offer past its deadline has none. Aliases (French text shown
    under /en/ until translated) are left out: they are no translation, like in the pages'
    own hreflang links.

    /sitemap.xml is an index of pieces of `limit` pages (/sitemap-pages.xml?p=N): one piece
    of the whole site (thousands of offers, each with three alternates) took about 3 s to
    build and weighed 2.7 MB; a piece takes about a tenth of that, and each is cached.
    """

    limit = 500

    @cached_property
    def pages(self):
        """The listed pages, unordered (building it queries the homes and the restrictions:
        once for the index's count and latest date)."""
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        tree = Page.objects.none()
        for home in homes:
            tree |= Page.objects.descendant_of(home, inclusive=True)
        return tree.live().public().filter(alias_of__isnull=True)

    def items(self):
        return self.pages.order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        # For the index. Django's default reads every page to find the latest.
        return self.pages.aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        # A list, not Wagtail's .iterator(): specific() iterates in chunks, one query each.
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates(items)
        urls = []
        last_mods = set()
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates(self, items):
        """{translation_key: [{"lang_code", "location"}]}: every live translation of the
        listed pages (themselves included), then x-default on the French one, in one query.

        Translations share the facts that decide an entry (an offer's deadline is
        synchronised), so a page with an entry has translations with one too.
        """
        translations = (
            Page.objects.filter(translation_key__in={item.translation_key for item in items})
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("translation_key", "locale__language_code")
        )
        languages = {}
        for translation in translations:
            location = translation.get_full_url(self.request)
            if location:
                code = translation.locale.language_code
                languages.setdefault(translation.translation_key, {})[code] = location
        alternates = {}
        for key, by_language in languages.items():
            links = [
                {"lang_code": code, "location": by_language[code]}
                for code, _name in settings.LANGUAGES
                if code in by_language
            ]
            if settings.LANGUAGE_CODE in by_language:
                links.append(
                    {"lang_code": "x-default", "location": by_language[settings.LANGUAGE_CODE]}
                )
            alternates[key] = links
        return alternates


# The index's sections: /sitemap-<name>.xml, each in pieces of its `limit`.
SECTIONS = {"pages": BilingualSitemap}
