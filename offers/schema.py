"""The offer spec: one dict per offer, the import file schema (documented in the README).

The generator yields specs, the importer reads them from CSV / JSON, and offers.writing
turns them into pages.
"""

# Every key of a spec, in the documented column order.
SPEC_KEYS = (
    "reference",
    "kind",
    "category",
    "profile",
    "research_fields",
    "laboratory_fr",
    "laboratory_en",
    "city",
    "region",
    "works_in_french",
    "works_in_english",
    "remote_work",
    "duration_months",
    "start_date",
    "salary_min",
    "salary_max",
    "salary_details_fr",
    "salary_details_en",
    "deadline",
    "apply_url",
    "apply_email",
    "contact_name",
    "contact_email",
    "hr_excellence",
    "registration_opens",
    "auditions_start",
    "auditions_end",
    "results_date",
    "title_fr",
    "title_en",
    "summary_fr",
    "summary_en",
    "description_fr",
    "description_en",
    "candidate_profile_fr",
    "candidate_profile_en",
    "application_details_fr",
    "application_details_en",
)
