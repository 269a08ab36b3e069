"""Demo promoted results: the common questions of the source documents, in both languages.

Each query leads to the French page; visitors of the English site get its translation. Pages
are found by their French URL path, so the promotions follow the demo site's structure.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

PROMOTIONS = {
    "/accueil/bienvenue-en-france/": [
        "visa",
        "titre de séjour",
        "residence permit",
        "logement",
        "housing",
        "convention d’accueil",
        "hosting agreement",
    ],
    "/accueil/travailler-a-l-inserm/": [
        "salaire",
        "salary",
        "télétravail",
        "remote work",
        "congés",
        "leave",
    ],
    "/accueil/offres/": ["concours", "competition", "postdoc"],
    "/accueil/soutien-et-protection/": [
        "harcèlement",
        "harassment",
        "handicap",
        "disability",
        "médiateur",
        "mediator",
    ],
}


def ensure_promotions(log=print):
    created = 0
    for url_path, queries in PROMOTIONS.items():
        page = Page.objects.filter(url_path=url_path).first()
        if page is None:
            continue
        for query_string in queries:
            _, was_created = SearchPromotion.objects.get_or_create(
                query=Query.get(query_string), page=page, defaults={"sort_order": 0}
            )
            created += was_created
    log(f"Search promotions: {created} created.")
