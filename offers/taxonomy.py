"""The regions and research fields the offer generator draws from, French first, then their
English translations (offers.demo_vocabulary): run by `generate_offers` and by the demo."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from home.models import Region
from home.translation import adopt

from .demo_vocabulary import REGIONS, RESEARCH_FIELDS
from .models import ResearchField


def ensure_taxonomy(log=print):
    """Regions and research fields, French first, then their English translations."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = Locale.objects.exclude(pk=source.pk)
    created = 0
    with transaction.atomic():
        for model, items in ((Region, REGIONS), (ResearchField, RESEARCH_FIELDS)):
            for item in items:
                extra = {"cities": ", ".join(item["cities"])} if model is Region else {}
                french = model.objects.filter(locale=source, slug=item["slug"]).first()
                if french is None:
                    french = model.objects.create(
                        locale=source, slug=item["slug"], name=item["fr"], **extra
                    )
                    created += 1
                for locale in targets:
                    if not model.objects.filter(
                        locale=locale, translation_key=french.translation_key
                    ).exists():
                        translation = french.copy_for_translation(locale)
                        translation.name = item[locale.language_code]
                        translation.save()
                        adopt(french, translation)
    log(f"Taxonomy: {created} regions and research fields created.")
