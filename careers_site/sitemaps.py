from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Every live, public page of the site in both languages.

    Wagtail's default sitemap covers the site's root page tree only, which is the French
    tree; the English tree is its sibling. Pages decide their own entries
    (`get_sitemap_urls`): an offer past its deadline has none.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        tree = Page.objects.none()
        for home in homes:
            tree |= Page.objects.descendant_of(home, inclusive=True)
        return tree.live().public().order_by("path").defer_streamfields().specific()
