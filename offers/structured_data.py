"""schema.org JobPosting for an open offer, with Google's required and recommended fields.

Required: title, description, datePosted, hiringOrganization, jobLocation, validThrough
(required when the offer expires, as ours do). Recommended: employmentType, identifier,
baseSalary, directApply; plus jobStartDate and url where we have them.
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone

from core.site_url import absolute

from .choices import EMPLOYMENT_TYPES


def job_posting(offer, region_name):
    published = offer.first_published_at or timezone.now()
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": offer.title,
        "description": offer.description + (offer.candidate_profile or ""),
        "datePosted": timezone.localtime(published).date().isoformat(),
        "validThrough": timezone.localtime(offer.deadline).isoformat(),
        "employmentType": EMPLOYMENT_TYPES.get(offer.kind, ["FULL_TIME"]),
        "hiringOrganization": {
            "@type": "Organization",
            "name": settings.ORGANIZATION_NAME,
            "sameAs": settings.ORGANIZATION_URL,
            "logo": absolute(static("img/organization-logo.svg")),
        },
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": offer.city,
                "addressRegion": region_name,
                "addressCountry": "FR",
            },
        },
        "identifier": {
            "@type": "PropertyValue",
            "name": settings.ORGANIZATION_NAME,
            "value": offer.reference,
        },
        # Candidates apply on another site or by e-mail, not on this page.
        "directApply": False,
        "url": offer.full_url,
    }
    if offer.salary_min:
        value = {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": offer.salary_min}
        if offer.salary_max:
            value["maxValue"] = offer.salary_max
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": value}
    if offer.start_date:
        data["jobStartDate"] = offer.start_date.isoformat()
    return data
