"""Shared by the editorial tests: the demo accounts and an offer as the admin's form posts it."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import Region
from offers.models import ResearchField


def signed_in(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def offer_form(title, region_slug="paris-idf-sud", slug=None, offer=None, **overrides):
    """The add form's data, or the edit form's for `offer` (keeping its research fields)."""
    region = Region.objects.get(slug=region_slug, locale__language_code="fr")
    if offer is not None:
        links = [
            {"id": link.pk, "research_field": link.research_field_id}
            for link in offer.research_fields.all()
        ]
        research_fields = inline_formset(links, initial=len(links), min=1)
        slug = offer.slug
        overrides.setdefault("reference", offer.reference)
    else:
        field = ResearchField.objects.filter(locale__language_code="fr").order_by("pk").first()
        research_fields = inline_formset([{"research_field": field.pk}], min=1)
    deadline = timezone.localtime(timezone.now() + timedelta(days=30))
    data = {
        "title": title,
        "intro": "",
        "slug": slug or slugify(title),
        "seo_title": "",
        "search_description": "",
        "reference": f"TEST-{abs(hash(title)) % 10**8}",
        "kind": "postdoc",
        "category": "researcher",
        "profile": "R2",
        "research_fields": research_fields,
        "laboratory": "Institut du Cerveau (U1127)",
        "city": "Orsay",
        "region": region.pk,
        "works_in_french": "on",
        "duration_months": "24",
        "start_date": "",
        "salary_min": "2900",
        "salary_max": "3600",
        "salary_details": "",
        "description": rich_text("<p>Le projet étudie la plasticité synaptique.</p>"),
        "candidate_profile": rich_text("<p>Doctorat en neurosciences.</p>"),
        "deadline": deadline.strftime("%Y-%m-%d %H:%M"),
        "apply_url": "https://emploi.example.org/offre/42",
        "apply_email": "",
        "application_details": "CV et lettre de motivation.",
        "contact_name": "Camille Martin",
        "contact_email": "camille.martin@example.org",
        "hr_excellence": "on",
        "registration_opens": "",
        "auditions_start": "",
        "auditions_end": "",
        "results_date": "",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)
