"""The data the runs need beyond the demo, and the URLs of the mix, read from the database.

Run by loadtest/__main__.py with the production settings, after `load_demo_content` and
`generate_offers`: `python -m loadtest.seed TARGETS.json`.

The demo content has no image, so this adds two French pages with an image block (Wagtail
image in the S3 bucket): "warm" is in the mix and rendered before the runs (its renditions are
then in the bucket and in the database), "cold" is never rendered before the S3 fault run, which
asks for it once while S3 is stopped (a first rendition needs the original file from S3).

The mix's URLs (offers, guides, filter values, documents) are chosen from the database in a
fixed order, so two runs on the same data use the same URLs.
"""

import io
import json
import sys

import django

SAMPLE_OFFERS = 20  # per language
IMAGE_PAGES = {
    "warm": ("banc-de-charge-image", "Banc de charge : image", (200, 40, 60)),
    "cold": ("banc-de-charge-image-froide", "Banc de charge : image non rendue", (20, 120, 200)),
}


def jpeg(colour):
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    picture = PILImage.new("RGB", (1600, 1000), colour)
    picture.paste((240, 240, 240), (0, 0, 800, 1000))
    picture.save(buffer, "JPEG")
    return buffer.getvalue()


def ensure_image_page(home, slug, title, colour):
    """A published French page under `home` whose body is one image block (idempotent)."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    from home.models import StandardPage

    page = StandardPage.objects.filter(slug=slug, locale=home.locale).first()
    if page is not None:
        return page
    image = get_image_model()(title=title)
    image.file.save(f"{slug}.jpg", ImageFile(io.BytesIO(jpeg(colour)), name=f"{slug}.jpg"))
    page = StandardPage(
        title=title,
        slug=slug,
        locale=home.locale,
        intro="Page ajoutée par le banc de charge (loadtest/seed.py).",
        body=[{"type": "image", "value": {"image": image.pk, "alt": title, "caption": title}}],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def targets():
    from django.utils import timezone, translation
    from wagtail.documents import get_document_model
    from wagtail.models import Locale

    from guides.models.guide import WelcomeGuidePage
    from home.models import HomePage, Region
    from offers.choices import Kind
    from offers.models import OfferIndexPage, OfferPage, ResearchField

    french = Locale.objects.get(language_code="fr")
    languages = {}
    for language in ("fr", "en"):
        locale = Locale.objects.get(language_code=language)
        with translation.override(language):
            from django.urls import reverse

            search = reverse("search")
        offers = OfferPage.objects.live().filter(locale=locale, deadline__gt=timezone.now())
        count = offers.count()
        step = max(1, count // SAMPLE_OFFERS)
        sample = list(offers.order_by("pk")[::step][:SAMPLE_OFFERS])
        languages[language] = {
            "home": HomePage.objects.live().get(locale=locale).url,
            "listing": OfferIndexPage.objects.live().get(locale=locale).url,
            "offers": [offer.url for offer in sample],
            "open_offers": count,
            "guides": [
                page.url
                for page in WelcomeGuidePage.objects.live().filter(locale=locale).order_by("path")
            ],
            "search": search,
        }
    home = HomePage.objects.live().get(locale=french)
    pages = {
        name: ensure_image_page(home, slug, title, colour).url
        for name, (slug, title, colour) in IMAGE_PAGES.items()
    }
    documents = get_document_model().objects.order_by("pk")
    return {
        "languages": languages,
        # Filter values: codes and the French items' slugs, which both languages share.
        "filters": {
            "kind": [kind.value for kind in Kind],
            "region": list(
                Region.objects.filter(locale=french).order_by("slug").values_list("slug", flat=True)
            ),
            "field": list(
                ResearchField.objects.filter(locale=french)
                .order_by("slug")
                .values_list("slug", flat=True)
            ),
        },
        "image_page": pages["warm"],
        "cold_image_page": pages["cold"],
        "documents": [document.url for document in documents[:5]],
        "sitemaps": sitemap_pieces(),
    }


def sitemap_pieces():
    """The URLs /sitemap.xml lists: every piece of every section."""
    from django.urls import reverse

    from core.sitemaps import SECTIONS

    pieces = []
    for name, sitemap in SECTIONS.items():
        url = reverse("sitemap_section", args=[name])
        pieces += [url] + [f"{url}?p={n}" for n in range(2, sitemap().paginator.num_pages + 1)]
    return pieces


def main():
    django.setup()
    data = targets()
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
