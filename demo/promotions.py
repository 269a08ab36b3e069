"""Demo promoted results: the common questions of the source documents, in both languages
(demo/data/promotions.yaml).

Each query leads to the French page; visitors of the English site get its translation. Pages
are found by their French URL path, so the promotions follow the demo site's structure.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from . import content


def ensure_promotions(log=print):
    created = 0
    for promotion in content.load("promotions")["promotions"]:
        page = Page.objects.filter(url_path=promotion["page"]).first()
        if page is None:
            continue
        for query_string in promotion["queries"]:
            _, was_created = SearchPromotion.objects.get_or_create(
                query=Query.get(query_string), page=page, defaults={"sort_order": 0}
            )
            created += was_created
    log(f"Search promotions: {created} created.")
