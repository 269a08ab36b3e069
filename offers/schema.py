"""An offer's fields, defined once: the import schema (documented in the README), the page's
synchronised facts and translated texts, and the writers' mapping all derive from `FIELDS`.

The generator yields specs, the importer reads them from CSV / JSON, offers.writing turns them
into pages, and OfferPage synchronises its facts from the French page to its translations.
"""

# What a field is for the two languages:
FACT = "fact"  # one value, the same in every language, synchronised from the French
REGION = "region"  # a fact given by the region's slug, stored as the French region
LINKS = "links"  # research fields by slug, stored as links to the French items
TEXT = "text"  # one value per language: `<key>_fr` and `<key>_en` in a spec
RICH_TEXT = "rich_text"  # the same, written as plain text and stored as HTML paragraphs

# (spec key, kind, page field), in the documented column order of the import schema.
FIELDS = (
    ("reference", FACT, "reference"),
    ("kind", FACT, "kind"),
    ("category", FACT, "category"),
    ("profile", FACT, "profile"),
    ("research_fields", LINKS, "research_fields"),
    ("laboratory", TEXT, "laboratory"),
    ("city", FACT, "city"),
    ("region", REGION, "region"),
    ("works_in_french", FACT, "works_in_french"),
    ("works_in_english", FACT, "works_in_english"),
    ("remote_work", FACT, "remote_work"),
    ("duration_months", FACT, "duration_months"),
    ("start_date", FACT, "start_date"),
    ("salary_min", FACT, "salary_min"),
    ("salary_max", FACT, "salary_max"),
    ("salary_details", TEXT, "salary_details"),
    ("deadline", FACT, "deadline"),
    ("apply_url", FACT, "apply_url"),
    ("apply_email", FACT, "apply_email"),
    ("contact_name", FACT, "contact_name"),
    ("contact_email", FACT, "contact_email"),
    ("hr_excellence", FACT, "hr_excellence"),
    ("euraxess_url", FACT, "euraxess_url"),
    ("registration_opens", FACT, "registration_opens"),
    ("auditions_start", FACT, "auditions_start"),
    ("auditions_end", FACT, "auditions_end"),
    ("results_date", FACT, "results_date"),
    ("title", TEXT, "title"),
    # The summary is Wagtail's own search description (home.models.pages.ListingFieldsMixin).
    ("summary", TEXT, "search_description"),
    ("description", RICH_TEXT, "description"),
    ("candidate_profile", RICH_TEXT, "candidate_profile"),
    ("application_details", TEXT, "application_details"),
)

# The page fields synchronised from the French offer and not overridable in a translation.
OFFER_FACTS = tuple(field for _, kind, field in FIELDS if kind in (FACT, REGION))
# Spec keys stored as they are on both language versions.
FACT_FIELDS = tuple(key for key, kind, _ in FIELDS if kind == FACT)
# Spec keys with one value per language (`title_fr`, `title_en`…) → page field.
TEXT_FIELDS = {key: field for key, kind, field in FIELDS if kind in (TEXT, RICH_TEXT)}
RICH_TEXT_FIELDS = {key for key, kind, _ in FIELDS if kind == RICH_TEXT}

# Every key of a spec, in the documented column order.
SPEC_KEYS = tuple(
    name
    for key, kind, _ in FIELDS
    for name in ((f"{key}_fr", f"{key}_en") if kind in (TEXT, RICH_TEXT) else (key,))
)
