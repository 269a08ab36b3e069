"""EURAXESS export: the open fixed-term researcher offers as job XML, for HR to upload.

The institute publishes its fixed-term researcher offers on EURAXESS, the European
Commission's portal for researchers' jobs ("All researcher offers to join Inserm on
fixed-term contract (CDD) are only available on EURAXESS", HR Excellence in Research page;
"Les offres de recrutement sont automatiquement publiées sur Euraxess", HRS4R action plan).

The format follows the element names of EURAXESS's job XML (root `job-opportunities`, one
`job-opportunity` per offer, then `description`, `work-location`, `hiring-org-inst`,
`application-details`…) as third parties document them. EURAXESS's own schema
(JobOpportunitySchema.xsd) was not available to us: `offers/schemas/euraxess-job.xsd` is our
schema, written from those names, not the official one (its header says where each name
comes from). Check a first upload with EURAXESS before relying on it.

What is exported, and why:
- Open offers only (live, public, deadline not passed: `OfferPage.objects.open()`), French
  source pages (every offer has one; English pages are translations of them).
- Of the kinds that are researcher posts on a fixed-term contract: fixed-term researcher,
  postdoc and PhD position (`TO_EURAXESS["kinds"]`). Competitions (CR, DR) recruit civil
  servants to permanent posts through the competition portal; engineer, technician and
  internship offers are not researcher posts.
- Texts from the English translation when it is live, else the French ones: EURAXESS is read
  in English first.
- Facts the offer does not give are left out rather than invented: hours per week, number of
  positions. `researcher-profile` is required: an offer without a profile takes the one its
  kind implies (a PhD position is R1, a postdoc R2, see offers.choices.Profile); a
  fixed-term researcher offer without one is left out and named in a comment of the file.
"""

from xml.etree import ElementTree as ET

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from wagtail.permissions import page_permission_policy
from wagtail.rich_text import expand_db_html

from core.locales import in_source_language

from .choices import EMPLOYMENT_TYPES, Kind, Profile
from .models import OfferIndexPage, OfferPage

# Our vocabularies → EURAXESS's, in one table.
# Research-field values are EURAXESS's "main research field » sub research field" pairs as
# shown on its job pages (e.g. "Medical sciences » Health sciences", "Computer science »
# Other"); we had no machine-readable copy of its list, so a value EURAXESS refuses is
# corrected here. A research field missing from the table is exported as FALLBACK_FIELD.
TO_EURAXESS = {
    # offers.ResearchField slug → (main research field, sub research field)
    "research_fields": {
        "neurosciences": ("Neurosciences", "Neurobiology"),
        "immunologie-infectiologie": ("Medical sciences", "Immunology"),
        "cancerologie": ("Medical sciences", "Oncology"),
        "biologie-cellulaire": ("Biological sciences", "Cell biology"),
        "genetique-genomique": ("Biological sciences", "Genetics"),
        "sante-publique": ("Medical sciences", "Health sciences"),
        "metabolisme-nutrition": ("Medical sciences", "Medicine"),
        "cardiovasculaire": ("Medical sciences", "Medicine"),
        "technologies-sante": ("Engineering", "Biomedical engineering"),
        "bioinformatique": ("Computer science", "Other"),
        "microbiologie": ("Biological sciences", "Microbiology"),
        "ethique-shs": ("Medical sciences", "Health sciences"),
        "recherche-clinique": ("Medical sciences", "Medicine"),
        "pharmacologie": ("Pharmacological sciences", "Pharmacology"),
    },
    # Exported kinds → (type of contract, researcher profile when the offer names none).
    # Job status comes from EMPLOYMENT_TYPES (offers.choices), which says these kinds are
    # full time for job search engines too.
    "kinds": {
        Kind.FIXED_TERM_RESEARCHER: ("Temporary", None),
        Kind.POSTDOC: ("Temporary", Profile.R2),
        Kind.PHD: ("Temporary", Profile.R1),
    },
    # Profile (offers.choices.Profile) → EURAXESS researcher profile
    "profiles": {
        Profile.R1: "First Stage Researcher (R1)",
        Profile.R2: "Recognised Researcher (R2)",
        Profile.R3: "Established Researcher (R3)",
        Profile.R4: "Leading Researcher (R4)",
    },
    # Working languages (OfferPage.works_in_*) → required languages
    "languages": {"works_in_french": "French", "works_in_english": "English"},
}
# The institute is a health research institute: a field it has not mapped yet is medical.
FALLBACK_FIELD = ("Medical sciences", "Other")
# Profiles R2 to R4 are PhD holders by definition (offers.choices.Profile); an R1 post's
# degree is not stated by the profile, so it is left out.
EDUCATION_LEVELS = {
    Profile.R2: "PhD or equivalent",
    Profile.R3: "PhD or equivalent",
    Profile.R4: "PhD or equivalent",
}
JOB_STATUS = {"FULL_TIME": "Full-time", "PART_TIME": "Part-time"}
COUNTRY = "France"  # every offer is in France (the JobPosting data says FR too)
EXPORTED_KINDS = tuple(TO_EURAXESS["kinds"])


def exported_offers():
    """Open French offers of the exported kinds, oldest deadline first."""
    return (
        OfferPage.objects.open()
        .filter(in_source_language(), kind__in=EXPORTED_KINDS)
        .select_related("locale")
        .prefetch_related("research_fields__research_field")
        .order_by("deadline", "reference")
    )


def english_versions(offers):
    """{translation_key: live English page} for these offers."""
    keys = [offer.translation_key for offer in offers]
    pages = OfferPage.objects.live().filter(translation_key__in=keys, locale__language_code="en")
    return {page.translation_key: page for page in pages}


def researcher_profile(offer):
    return offer.profile or TO_EURAXESS["kinds"][offer.kind][1]


def research_fields(offer):
    """EURAXESS (main, sub) pairs of the offer's research fields, without repeats."""
    mapping = TO_EURAXESS["research_fields"]
    pairs = []
    for link in offer.research_fields.all():
        pair = mapping.get(link.research_field.slug, FALLBACK_FIELD)
        if pair not in pairs:
            pairs.append(pair)
    return pairs or [FALLBACK_FIELD]


def _add(parent, tag, text=None):
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def _description_html(texts):
    html = expand_db_html(texts.description)
    if texts.candidate_profile:
        with translation.override(texts.locale.language_code):
            heading = gettext("Profile sought")
        html += f"<h3>{heading}</h3>" + expand_db_html(texts.candidate_profile)
    return html


def _benefits(offer, texts):
    """The offer's salary in words, when it gives one; None otherwise."""
    if texts.salary_details:
        return texts.salary_details
    if not offer.salary_min:
        return None
    if offer.salary_max and offer.salary_max != offer.salary_min:
        return f"Gross monthly salary: €{offer.salary_min:,} to €{offer.salary_max:,}."
    return f"Gross monthly salary: €{offer.salary_min:,}."


def job_opportunity(parent, offer, texts, request):
    """One `job-opportunity` element: `offer` is the French page (facts), `texts` the page
    whose texts are exported (the English translation, or the French page itself)."""
    profile = researcher_profile(offer)
    contract = TO_EURAXESS["kinds"][offer.kind][0]
    modified = offer.last_published_at or offer.first_published_at or timezone.now()
    element = _add(parent, "job-opportunity")
    element.set("lastmodifieddate", timezone.localtime(modified).isoformat(timespec="seconds"))
    _add(element, "job-id", offer.reference)

    description = _add(element, "description")
    _add(description, "job-title", texts.title)
    if texts.search_description:
        _add(description, "job-summary", texts.search_description)
    _add(description, "job-description", _description_html(texts))
    for main, sub in research_fields(offer):
        field = _add(description, "research-field")
        _add(field, "main-research-field", main)
        _add(field, "sub-research-field", sub)
    _add(description, "researcher-profile", TO_EURAXESS["profiles"][profile])
    _add(description, "type-of-contract", contract)
    statuses = [JOB_STATUS[t] for t in EMPLOYMENT_TYPES.get(offer.kind, []) if t in JOB_STATUS]
    _add(description, "job-status", statuses[0] if statuses else "Negotiable")
    # hours-per-week: no offer gives it and no source states the institute's weekly hours.
    if offer.start_date:
        _add(description, "job-start-date", offer.start_date.isoformat())
    deadline = timezone.localtime(offer.deadline).isoformat(timespec="seconds")
    _add(description, "application-deadline", deadline)

    languages = [
        language for name, language in TO_EURAXESS["languages"].items() if getattr(offer, name)
    ]
    education = EDUCATION_LEVELS.get(profile)
    if languages or education:
        requirements = _add(element, "requirements")
        if education:
            level = _add(requirements, "required-education-level")
            _add(level, "education-level", education)
        for language in languages:
            required = _add(requirements, "required-languages")
            _add(required, "language", language)

    information = _add(element, "additional-information")
    benefits = _benefits(offer, texts)
    if benefits:
        _add(information, "benefits", benefits)
    _add(information, "info-website", texts.get_full_url(request))

    location = _add(element, "work-location")
    # nr-job-positions: an offer does not say how many posts it fills.
    institute = f"{settings.ORGANIZATION_NAME}, {texts.laboratory}"
    _add(location, "job-organisation-institute", institute)
    _add(location, "job-country", COUNTRY)
    _add(location, "job-city", offer.city)

    organisation = _add(element, "hiring-org-inst")
    _add(organisation, "organisation-institute", settings.ORGANIZATION_NAME)
    _add(organisation, "country", COUNTRY)
    email = offer.contact_email or offer.apply_email
    if email:
        _add(organisation, "e-mail", email)
    _add(organisation, "website", settings.ORGANIZATION_URL)

    application = _add(element, "application-details")
    if offer.apply_url:
        _add(application, "how-to-apply", "website")
        _add(application, "application-website", offer.apply_url)
    if offer.apply_email:
        if not offer.apply_url:
            _add(application, "how-to-apply", "e-mail")
        _add(application, "application-email", offer.apply_email)
    return element


def build_export(request):
    """The export as an ElementTree root element, and the references left out."""
    root = ET.Element("job-opportunities")
    offers = list(exported_offers())
    english = english_versions(offers)
    left_out = []
    for offer in offers:
        if not researcher_profile(offer):
            left_out.append(offer.reference)
            continue
        job_opportunity(root, offer, english.get(offer.translation_key, offer), request)
    if left_out:
        root.insert(
            0,
            ET.Comment(
                " Left out, no researcher profile (R1-R4) given: " + ", ".join(left_out) + " "
            ),
        )
    return root, left_out


def export_bytes(request):
    root, _left_out = build_export(request)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def may_download(user):
    """Signed-in users who may change offers: the French offers index's page permission
    (administrators, editors, regional recruiters; not translators)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    index = OfferIndexPage.objects.filter(in_source_language()).first()
    return index is not None and page_permission_policy.user_has_permission_for_instance(
        user, "change", index
    )


def export_url(user):
    """The export's address for this user, or None when they may not download it."""
    if not may_download(user):
        return None
    index = OfferIndexPage.objects.filter(in_source_language()).first()
    return index.url + "euraxess/" if index and index.url else None


def export_response(request):
    """The offers index's `euraxess/` route: a download for HR, never cached."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if not may_download(request.user):
        raise PermissionDenied
    response = HttpResponse(export_bytes(request), content_type="application/xml; charset=utf-8")
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="euraxess-{day}.xml"'
    patch_cache_control(response, private=True, no_store=True, max_age=0)
    return response
