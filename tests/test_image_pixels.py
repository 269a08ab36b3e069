"""An image over the pixel limit that is already stored (uploaded before the limit existed, or
written to the storage by other means) is never decoded: pages and the admin show it as a
missing image instead of failing or taking a gigabyte, and the log names the file to replace.

A stored file that cannot be decoded (an image's first bytes, then a damaged body) shows as
missing too. Uploads over the limit, or damaged, are refused: tests/test_uploads.py.
"""

import logging

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template import Context, Template
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.images import get_image_model

from tests.images import png_declaring, png_with_a_broken_body

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]

Image = get_image_model()

BOMBS = [
    # Over the site's limit (52 megapixels), the size read from the header.
    pytest.param(8000, 8000, "8000 × 8000 pixels", id="64-megapixels"),
    # Over twice the limit: Pillow, whose guard is set to the limit, refuses to read further
    # (DecompressionBombError). Pillow's default guard let this one be decoded (half a GB).
    pytest.param(11000, 11000, "over 104000000 pixels", id="121-megapixels"),
    # Over twice Pillow's default guard: without the limit, its error was a 500.
    pytest.param(20000, 10000, "over 104000000 pixels", id="200-megapixels"),
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    # Wagtail caches renditions by image id, and SQLite gives a rolled-back id again.
    Image.get_rendition_model().cache_backend.clear()
    return tmp_path


def stored_image(width, height):
    """An image written straight to the storage, as one uploaded before the limit was (saving
    a file through the model now reads its size, and refuses it)."""
    name = default_storage.save(
        "original_images/affiche.png", ContentFile(png_declaring(width, height))
    )
    return Image.objects.create(title="Affiche géante", file=name, width=width, height=height)


@pytest.mark.parametrize(("width", "height", "logged"), BOMBS)
def test_a_page_with_a_stored_bomb_shows_it_as_missing(caplog, width, height, logged):
    image = stored_image(width, height)
    caplog.set_level(logging.WARNING, logger="core.image_pixels")
    # The site's image block: three widths in three formats (renditions made in threads).
    html = render_to_string("blocks/image.html", {"value": {"image": image, "alt": "Affiche"}})
    assert "not-found" in html
    assert 'alt="Affiche"' in html
    single = Template("{% load wagtailimages_tags %}{% image image width-800 %}")
    assert "not-found" in single.render(Context({"image": image}))
    assert not image.renditions.exists()
    assert f"original_images/affiche.png ({'image of ' + logged}" in caplog.text
    assert "over the limit of 52000000 pixels" in caplog.text


@pytest.mark.parametrize(("width", "height", "logged"), BOMBS)
def test_the_admin_lists_and_opens_a_stored_bomb(admin_client, width, height, logged):
    image = stored_image(width, height)
    assert admin_client.get(reverse("wagtailimages:index")).status_code == 200
    response = admin_client.get(reverse("wagtailimages:edit", args=[image.pk]))
    assert response.status_code == 200
    assert not image.renditions.exists()


def test_images_within_the_limit_are_rendered():
    image = stored_image(2000, 1000)
    html = render_to_string("blocks/image.html", {"value": {"image": image, "alt": "Affiche"}})
    assert "not-found" not in html
    assert image.renditions.count() == 9  # three widths (capped at 2000) in three formats


def test_a_stored_damaged_image_shows_as_missing(caplog, admin_client):
    name = default_storage.save("original_images/abimee.png", ContentFile(png_with_a_broken_body()))
    image = Image.objects.create(title="Abîmée", file=name, width=64, height=48)
    caplog.set_level(logging.WARNING, logger="core.image_pixels")
    html = render_to_string("blocks/image.html", {"value": {"image": image, "alt": "Abîmée"}})
    assert "not-found" in html
    assert "original_images/abimee.png (image not decoded: OSError: broken data stream" in (
        caplog.text
    )
    assert admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code == 200
