"""The shared blocks: validation rules and accessible output."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image

from home.blocks import BodyBlock, CallToActionBlock, ImageBlock, TableBlock
from home.models import StandardPage

from .helpers import locale, page_by_path

pytestmark = pytest.mark.django_db


def png(width=1600, height=900):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (29, 79, 145)).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="labo.png")


def test_table_rows_must_match_the_header():
    block = TableBlock()
    value = block.to_python(
        {"caption": "Congés", "header": ["Type", "Jours"], "rows": [{"cells": ["Annuels"]}]}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    neither = block.to_python({"title": "Offres", "link_text": "Voir"})
    with pytest.raises(StructBlockValidationError):
        block.clean(neither)
    both = block.to_python(
        {
            "title": "Offres",
            "link_text": "Voir",
            "url": "https://www.inserm.fr",
            "page": page_by_path("/accueil/offres/").pk,
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(both)


def test_image_needs_its_text_alternative():
    image = Image.objects.create(title="Labo", file=png())
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt": ""}))


def test_every_block_renders_accessible_html(client):
    image = Image.objects.create(title="Labo", file=png())
    document = Document.objects.create(
        title="Charte des CDD", file=ContentFile(b"%PDF-1.4 test", name="charte.pdf")
    )
    body = BodyBlock().to_python(
        [
            {"type": "heading", "value": {"text": "Congés", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Jusqu’à <b>32 jours</b>.</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "alt": "Une paillasse", "caption": "Labo"},
            },
            {
                "type": "key_figures",
                "value": {
                    "heading": "Chiffres",
                    "figures": [
                        {"value": "2016", "label": "Label HR Excellence", "source": "Inserm"}
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Offres",
                    "link_text": "Voir les offres",
                    "page": page_by_path("/accueil/offres/").pk,
                },
            },
            {
                "type": "faq",
                "value": {
                    "heading": "FAQ",
                    "items": [{"question": "Quand ?", "answer": "<p>En mai.</p>"}],
                },
            },
            {
                "type": "documents",
                "value": {
                    "heading": "Documents",
                    "documents": [{"document": document.pk, "title": ""}],
                },
            },
            {
                "type": "table",
                "value": {
                    "caption": "Congés annuels",
                    "first_column_is_header": True,
                    "header": ["Type", "Jours"],
                    "rows": [{"cells": ["RTT", "13"]}],
                },
            },
            {
                "type": "quote",
                "value": {"quote": "Un environnement stimulant.", "attribution": "Inserm"},
            },
        ]
    )
    parent = page_by_path("/home/working-at-inserm/")
    page = StandardPage(title="All blocks", slug="all-blocks", body=body, locale=locale("en"))
    parent.add_child(instance=page)
    page.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert "<h3>Congés</h3>" in html
    assert "<b>32 jours</b>" in html
    assert 'alt="Une paillasse"' in html and "<picture>" in html and 'loading="lazy"' in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert "/media/original_images/" not in html, "renditions only, never the original"
    assert '<span class="key-figure__value">2016</span>' in html
    # A call to action to a French page leads to its English translation.
    assert 'href="/en/offers/"' in html
    assert "<details" in html and "<summary>Quand ?</summary>" in html
    assert "Charte des CDD" in html and "(PDF" in html
    assert "<caption>Congés annuels</caption>" in html
    assert '<th scope="col">Type</th>' in html
    assert '<th scope="row">RTT</th>' in html
    # Each cell carries its column's heading, shown above it when a phone stacks the rows.
    assert '<td data-label="Jours">13</td>' in html
    assert "<blockquote><p>Un environnement stimulant.</p></blockquote>" in html


def test_editorial_rules_bind_the_french_source_only():
    home = page_by_path("/accueil/")
    page = StandardPage(title="Sans résumé", slug="sans-resume", show_in_menus=True)
    with pytest.raises(ValidationError) as error:
        home.add_child(instance=page)
    assert "search_description" in error.value.message_dict

    english_home = page_by_path("/home/")
    translation = StandardPage(
        title="No summary yet", slug="no-summary", show_in_menus=True, locale=locale("en")
    )
    english_home.add_child(instance=translation)  # a translation in progress may be incomplete
    assert translation.pk


def test_escaped_output(client):
    """Editor text is escaped: no block renders raw HTML from a text field."""
    page = page_by_path("/accueil/mentions-legales/")
    page.intro = '<script>alert("x")</script>'
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
