"""The search matching cases, shared by every backend's tests.

The same documents and the same expectations run against the database backend (SQLite and
PostgreSQL, `tests/test_search_matching.py`) and against a real Elasticsearch server when
ELASTICSEARCH_URL is set (`tests/integration/test_search_elasticsearch.py`): people type without
accents, in the plural, in either language, and must find what they mean.
"""

# (key, language, title, body). Keys name documents in the cases below. Texts come from the seeds.
DOCUMENTS = [
    (
        "engineer",
        "fr",
        "Ingénieur de recherche en calcul scientifique",
        "Le laboratoire recrute un ingénieur pour développer des logiciels de simulation.",
    ),
    (
        "remote",
        "fr",
        "Le télétravail à l’institut",
        "Jusqu’à trois jours de télétravail par semaine, sur demande et après accord.",
    ),
    (
        "researcher",
        "fr",
        "Devenir chercheur",
        "Les concours de chargé de recherche sont ouverts à toutes les nationalités.",
    ),
    (
        "leave",
        "fr",
        "Congés et absences",
        "Jusqu’à 32 jours ouvrés de congés annuels, et des jours de RTT.",
    ),
    (
        "housing",
        "fr",
        "Se loger en arrivant en France",
        "Les partenaires logement de l’institut aident à trouver un appartement.",
    ),
    (
        "visa",
        "fr",
        "Le visa « talent – chercheur »",
        "L’ancien passeport talent s’appelle désormais talent – chercheur.",
    ),
    (
        "en-researcher",
        "en",
        "Becoming a researcher",
        "Researcher competitions are open to every nationality.",
    ),
    (
        "en-childcare",
        "en",
        "Childcare and school",
        "Nurseries, schools and the help offered to families of foreign researchers.",
    ),
    (
        "en-salary",
        "en",
        "Salaries and benefits",
        "Salary scales, the annual bonus and the transport allowance.",
    ),
    # Same word in the body only: the title match must rank above it.
    (
        "en-body-mention",
        "en",
        "Welcome booklet",
        "The booklet answers questions about childcare, housing and banks.",
    ),
]

# (language, query, keys found): exactly these documents, and nothing from the other language.
MATCHING_CASES = [
    ("fr", "ingenieur", {"engineer"}),
    ("fr", "INGÉNIEUR", {"engineer"}),
    ("fr", "ingenieurs", {"engineer"}),
    ("fr", "teletravail", {"remote"}),
    ("fr", "chercheurs", {"researcher", "visa"}),
    ("fr", "conges", {"leave"}),
    ("fr", "congé", {"leave"}),
    ("fr", "logement", {"housing"}),
    ("fr", "Logements", {"housing"}),
    ("fr", "passeport talent", {"visa"}),
    ("fr", "concours recherche", {"researcher"}),
    # Elision: "l’institut" is indexed as "institut".
    ("fr", "institut", {"remote", "housing"}),
    ("en", "researchers", {"en-researcher", "en-childcare"}),
    ("en", "researcher", {"en-researcher", "en-childcare"}),
    ("en", "childcare", {"en-childcare", "en-body-mention"}),
    ("en", "salary", {"en-salary"}),
    ("en", "nursery", {"en-childcare"}),
    ("en", "competition", {"en-researcher"}),
]

# (language, query): nothing must be found; French words are not found in English and the other way.
NO_MATCH_CASES = [
    ("en", "ingenieur"),
    ("fr", "childcare"),
    ("fr", "xylophone"),
]

# (language, query, key ranked first): a title match ranks above a body match.
RANKING_CASES = [
    ("en", "childcare", "en-childcare"),
]


def create_case_documents():
    """Publish DOCUMENTS as standard pages under each language's home page: {key: page}."""
    from django.utils.text import slugify

    from home.models import HomePage, StandardPage

    homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    pages = {}
    for key, language, title, body in DOCUMENTS:
        page = StandardPage(title=title, slug=f"search-case-{slugify(key)}", intro=body)
        homes[language].add_child(instance=page)
        page.save_revision().publish()
        pages[key] = page
    return pages
