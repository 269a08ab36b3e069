"""Offers for tests, made through the same path as imports (writing.save_offer)."""

from datetime import timedelta

from django.utils import timezone

from offers.schema import SPEC_KEYS
from offers.writing import OfferTargets, save_offer


def offer_spec(reference, **overrides):
    """A complete, valid spec (see offers.writing): a French and English postdoc."""
    spec = {
        "reference": reference,
        "kind": "postdoc",
        "category": "researcher",
        "profile": "R2",
        "research_fields": ["neurosciences"],
        "laboratory_fr": "Laboratoire de test des offres (U1999)",
        "laboratory_en": "Offer Testing Laboratory (U1999)",
        "city": "Lyon",
        "region": "auvergne-rhone-alpes",
        "works_in_french": True,
        "works_in_english": True,
        "remote_work": False,
        "duration_months": 24,
        "start_date": None,
        "salary_min": 2900,
        "salary_max": 3600,
        "salary_details_fr": "Selon expérience.",
        "salary_details_en": "Depending on experience.",
        "deadline": timezone.now() + timedelta(days=20),
        "apply_url": "https://emploi.example.org/offre/1",
        "apply_email": "",
        "contact_name": "Camille Martin",
        "contact_email": "camille.martin@example.org",
        "hr_excellence": True,
        "euraxess_url": "",
        "registration_opens": None,
        "auditions_start": None,
        "auditions_end": None,
        "results_date": None,
        "title_fr": "Post-doctorat en imagerie calcique du cortex",
        "title_en": "Postdoc in calcium imaging of the cortex",
        "summary_fr": "Un post-doctorat de deux ans.",
        "summary_en": "A two-year postdoc.",
        "description_fr": "Le projet étudie le cortex.\n\n- Imagerie\n- Analyse",
        "description_en": "The project studies the cortex.\n\n- Imaging\n- Analysis",
        "candidate_profile_fr": "Doctorat en neurosciences.",
        "candidate_profile_en": "PhD in neuroscience.",
        "application_details_fr": "CV et lettre de motivation.",
        "application_details_en": "CV and cover letter.",
    }
    unknown = set(overrides) - set(SPEC_KEYS)
    assert not unknown, f"not keys of the offer schema (offers.schema): {sorted(unknown)}"
    spec.update(overrides)
    # The schema (offers.schema.FIELDS) is the one definition: a field added there without a
    # value here fails every test that makes an offer, rather than testing half an offer.
    assert list(spec) == list(SPEC_KEYS), "offer_spec is out of step with offers.schema"
    return spec


def make_offer(reference, **overrides):
    """Create (or update) an offer; returns the French page."""
    from offers.models import OfferPage

    save_offer(offer_spec(reference, **overrides), OfferTargets())
    return OfferPage.objects.get(reference=reference, locale__language_code="fr")
