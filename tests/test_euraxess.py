"""The EURAXESS export (offers/euraxess.py): what it holds, validated against the schema kept in
the repository (offers/schemas/euraxess-job.xsd, ours, not EURAXESS's official one), who may
download it, and the offer's EURAXESS line."""

from datetime import timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema
from django.test import override_settings
from django.utils import timezone

from offers import demo_vocabulary as vocab
from offers import euraxess
from offers.choices import Kind, Profile
from offers.models import OfferPage

from .editorial import signed_in
from .factories import make_offer
from .helpers import main_content

pytestmark = pytest.mark.django_db

SCHEMA = xmlschema.XMLSchema(
    Path(__file__).resolve().parent.parent / "offers" / "schemas" / "euraxess-job.xsd"
)
EXPORT = "/fr/offres/euraxess/"
PREFIX = "TEST-EXPORT-"


def download(client, url=EXPORT):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response


def export_of(client):
    """The export's root element, after checking it against the schema."""
    body = download(client).content
    SCHEMA.validate(body.decode())
    return ElementTree.fromstring(body)


def job(root, reference):
    found = [
        item for item in root.findall("job-opportunity") if item.findtext("job-id") == reference
    ]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.fixture
def admin():
    return signed_in("admin")


def test_the_export_of_the_demo_site_is_valid_against_the_schema(admin):
    response = download(admin)

    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="euraxess-')
    SCHEMA.validate(response.content.decode())
    root = ElementTree.fromstring(response.content)
    references = [item.findtext("job-id") for item in root.findall("job-opportunity")]
    assert references, "the demo site has open postdoc, PhD and fixed-term researcher offers"
    expected = OfferPage.objects.open().filter(
        locale__language_code="fr", kind__in=euraxess.EXPORTED_KINDS
    )
    missing_profile = set(
        expected.filter(kind=Kind.FIXED_TERM_RESEARCHER, profile="").values_list(
            "reference", flat=True
        )
    )
    assert set(references) == set(expected.values_list("reference", flat=True)) - missing_profile


def test_an_offer_is_exported_with_its_english_texts_and_mapped_vocabulary(admin):
    start = timezone.localdate() + timedelta(days=90)
    offer = make_offer(
        f"{PREFIX}1", research_fields=["neurosciences", "sante-publique"], start_date=start
    )

    item = job(export_of(admin), f"{PREFIX}1")

    description = item.find("description")
    assert description.findtext("job-title") == "Postdoc in calcium imaging of the cortex"
    assert description.findtext("job-summary") == "A two-year postdoc."
    html = description.findtext("job-description")
    assert "The project studies the cortex." in html
    assert "<h3>Profile sought</h3>" in html and "PhD in neuroscience." in html
    fields = [
        (field.findtext("main-research-field"), field.findtext("sub-research-field"))
        for field in description.findall("research-field")
    ]
    assert fields == [
        euraxess.TO_EURAXESS["research_fields"]["neurosciences"],
        euraxess.TO_EURAXESS["research_fields"]["sante-publique"],
    ]
    assert description.findtext("researcher-profile") == "Recognised Researcher (R2)"
    assert description.findtext("type-of-contract") == "Temporary"
    assert description.findtext("job-status") == "Full-time"
    assert description.findtext("job-start-date") == start.isoformat()
    deadline = timezone.localtime(offer.deadline).isoformat(timespec="seconds")
    assert description.findtext("application-deadline") == deadline
    # Facts no offer gives are left out, not invented.
    assert description.find("hours-per-week") is None
    assert item.find("work-location/nr-job-positions") is None

    requirements = item.find("requirements")
    assert requirements.findtext("required-education-level/education-level") == (
        "PhD or equivalent"
    )
    assert [e.text for e in requirements.findall("required-languages/language")] == [
        "French",
        "English",
    ]
    english = OfferPage.objects.get(
        translation_key=offer.translation_key, locale__language_code="en"
    )
    assert item.findtext("additional-information/info-website") == english.full_url
    assert item.findtext("additional-information/benefits") == "Depending on experience."
    assert item.findtext("work-location/job-city") == "Lyon"
    assert item.findtext("work-location/job-country") == "France"
    assert item.findtext("work-location/job-organisation-institute") == (
        "Inserm, Offer Testing Laboratory (U1999)"
    )
    assert item.findtext("hiring-org-inst/organisation-institute") == "Inserm"
    assert item.findtext("hiring-org-inst/e-mail") == "camille.martin@example.org"
    assert item.findtext("hiring-org-inst/website") == "https://www.inserm.fr"
    assert item.findtext("application-details/how-to-apply") == "website"
    assert item.findtext("application-details/application-website") == (
        "https://emploi.example.org/offre/1"
    )


def test_a_french_only_offer_is_exported_in_french(admin):
    english_columns = dict.fromkeys(
        (
            "laboratory_en",
            "salary_details_en",
            "title_en",
            "summary_en",
            "description_en",
            "candidate_profile_en",
            "application_details_en",
        ),
        "",
    )
    make_offer(
        f"{PREFIX}2",
        kind="phd",
        profile="",
        apply_url="",
        apply_email="theses@example.org",
        salary_details_fr="",
        salary_min=2200,
        salary_max=None,
        **english_columns,
    )

    item = job(export_of(admin), f"{PREFIX}2")

    assert item.findtext("description/job-title") == "Post-doctorat en imagerie calcique du cortex"
    assert "<h3>Profil recherché</h3>" in item.findtext("description/job-description")
    # A PhD position is R1 by definition; R1 states no degree, so none is exported.
    assert item.findtext("description/researcher-profile") == "First Stage Researcher (R1)"
    assert item.find("requirements/required-education-level") is None
    assert item.findtext("additional-information/benefits") == "Gross monthly salary: €2,200."
    assert item.findtext("application-details/how-to-apply") == "e-mail"
    assert item.findtext("application-details/application-email") == "theses@example.org"


def test_only_open_fixed_term_researcher_posts_are_exported(admin):
    make_offer(f"{PREFIX}engineer", kind="fixed-term-engineer", category="engineer", profile="")
    make_offer(f"{PREFIX}intern", kind="internship", profile="")
    make_offer(f"{PREFIX}closed", deadline=timezone.now() - timedelta(days=1))
    make_offer(f"{PREFIX}cdd", kind="fixed-term-researcher", profile="R3")
    make_offer(f"{PREFIX}cdd-no-profile", kind="fixed-term-researcher", profile="")
    unpublished = make_offer(f"{PREFIX}draft")
    unpublished.unpublish()

    body = download(admin).content
    SCHEMA.validate(body.decode())
    root = ElementTree.fromstring(body)

    assert job(root, f"{PREFIX}cdd").findtext("description/researcher-profile") == (
        "Established Researcher (R3)"
    )
    for left_out in ("engineer", "intern", "closed", "cdd-no-profile", "draft"):
        assert job(root, f"{PREFIX}{left_out}") is None
    # HR is told which offers lacked a profile, in the file itself.
    assert f"{PREFIX}cdd-no-profile".encode() in body.split(b"<job-opportunity")[0]


def test_the_mapping_table_covers_every_exported_kind_profile_and_demo_field():
    assert set(euraxess.EXPORTED_KINDS) == {Kind.FIXED_TERM_RESEARCHER, Kind.POSTDOC, Kind.PHD}
    assert set(euraxess.TO_EURAXESS["profiles"]) == set(Profile)
    slugs = {field["slug"] for field in vocab.RESEARCH_FIELDS}
    assert slugs == set(euraxess.TO_EURAXESS["research_fields"])


def test_an_unmapped_research_field_falls_back_to_medical_sciences(admin):
    from offers.models import ResearchField

    ResearchField.objects.filter(slug="pharmacologie").update(slug="pharmacologie-nouvelle")
    make_offer(f"{PREFIX}3", research_fields=["pharmacologie-nouvelle"])

    item = job(export_of(admin), f"{PREFIX}3")

    assert item.findtext("description/research-field/main-research-field") == "Medical sciences"


# --- Who may download it ------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(EXPORT)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


@pytest.mark.parametrize("username", ["admin", "administratrice", "editrice", "recruteur"])
def test_those_who_change_offers_download_it_from_either_language(username):
    client = signed_in(username)
    for url in (EXPORT, "/en/offers/euraxess/"):
        ElementTree.fromstring(download(client, url).content)


def test_a_translator_may_not_download_it():
    assert signed_in("translator").get(EXPORT).status_code == 403


def test_the_export_is_never_cached(admin, client):
    with override_settings(PAGE_CACHE_SECONDS=300):
        first = download(admin)
        second = download(admin)
        anonymous = client.get(EXPORT)

    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    assert second.get("X-Page-Cache") != "hit"
    assert anonymous.status_code == 302


def test_other_methods_are_refused(admin):
    assert admin.post(EXPORT).status_code == 405


def test_the_admin_offers_listing_links_to_the_export(admin):
    assert EXPORT in admin.get("/admin/offers/").content.decode()
    assert EXPORT not in signed_in("translator").get("/admin/offers/").content.decode()


# --- The offer's EURAXESS line --------------------------------------------------------------


def test_an_offer_on_euraxess_links_to_it_in_both_languages(client):
    url = "https://euraxess.ec.europa.eu/jobs/123456"
    offer = make_offer(f"{PREFIX}4", euraxess_url=url)
    english = OfferPage.objects.get(
        translation_key=offer.translation_key, locale__language_code="en"
    )
    assert english.euraxess_url == url  # a synchronised fact

    french_page = main_content(client.get(offer.url).content.decode())
    english_page = main_content(client.get(english.url).content.decode())

    assert f'href="{url}"' in french_page and "publiée sur EURAXESS" in french_page
    assert f'href="{url}"' in english_page and "also published on EURAXESS" in english_page


def test_an_offer_not_on_euraxess_says_nothing_of_it(client):
    offer = make_offer(f"{PREFIX}5")

    page = main_content(client.get(offer.url).content.decode())
    assert "apply__euraxess" not in page and "EURAXESS" not in page
