"""The site's identity: icons and theme colour, /favicon.ico, the default share picture, each
offer's share card (drawn server-side, cached, in the offer's language), and hero images of
sections and guides (alternative text required, AVIF and WebP renditions)."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from PIL import Image

from guides.models import WelcomeGuidePage
from home.models import StandardPage
from offers import share_card
from offers.models import OfferPage

from .factories import make_offer

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static" / "img"


def make_image(width=1200, height=600):
    """A Wagtail image from a JPEG drawn by Pillow."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (120, 160, 210)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="Laboratoire", file=ImageFile(buffer, name="laboratoire.jpg")
    )


def test_icons_and_theme_colour_are_in_every_head(client):
    html = client.get("/en/").content.decode()
    head = html.split("</head>", 1)[0]
    for icon in ("favicon.svg", "favicon-32.png", "icon-192.png", "apple-touch-icon.png"):
        assert f"img/{icon}" in head
    assert '<meta name="theme-color" content="#1d4f91">' in head


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("favicon-32.png", (32, 32)),
        ("icon-192.png", (192, 192)),
        ("apple-touch-icon.png", (180, 180)),
        ("share-default.png", (1200, 630)),
    ],
)
def test_the_pictures_have_their_sizes(name, size):
    with Image.open(STATIC / name) as image:
        assert image.size == size


def test_the_svgs_are_small_and_original():
    for path in [*STATIC.glob("*.svg"), *(STATIC / "paths").glob("*.svg")]:
        assert path.stat().st_size < 2048, path.name
    # The mark is not the institute's registered logo (a word in a box).
    assert "<text" not in (STATIC / "mark.svg").read_text()


def test_favicon_ico_is_no_longer_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon-32.png")


def test_pages_share_the_default_picture(client):
    html = client.get("/fr/").content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("http") and image.endswith("img/share-default.png")
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def card_address(client, offer):
    html = client.get(offer.url).content.decode()
    url = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert "/share-card/" in url
    return url.split("://", 1)[1].split("/", 1)[1]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_offer_shares_its_own_card(client, language):
    cache.clear()
    offer = OfferPage.objects.open().filter(locale__language_code=language).first()
    path = "/" + card_address(client, offer)
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    with Image.open(io.BytesIO(response.content)) as image:
        assert image.size == (1200, 630)
    assert len(response.content) < 60_000
    # Drawn once: the second answer comes from the cache.
    drawn = []
    original = share_card.render
    share_card.render = lambda texts: drawn.append(texts) or original(texts)
    try:
        assert client.get(path).content == response.content
    finally:
        share_card.render = original
    assert drawn == []


def test_the_card_is_in_the_offers_language():
    offer = make_offer("2026-CARD-0001")
    english = OfferPage.objects.get(reference="2026-CARD-0001", locale__language_code="en")
    french_texts = share_card.card_texts(offer)
    english_texts = share_card.card_texts(english)
    assert french_texts["deadline"].startswith("Date limite")
    assert english_texts["deadline"].startswith("Deadline")
    assert french_texts["kind"] == "Post-doctorat"
    assert english_texts["title"] == "Postdoc in calcium imaging of the cortex"


def test_an_old_version_redirects_to_the_current_card(client):
    offer = make_offer("2026-CARD-0002")
    current = "/" + card_address(client, offer)
    for old in ("999-abc", "0", "x" * 300):
        response = client.get(current.split("share-card/")[0] + f"share-card/{old}/")
        assert response.status_code == 302
        assert response["Location"] == current
    # The card changes with what it shows: a new title, a new address.
    offer.title = "Un autre titre"
    offer.save_revision().publish()
    assert "/" + card_address(client, offer) != current


@pytest.mark.parametrize(
    "title",
    [
        "Post-doctorat " * 60,  # very long
        "Ingénieur 🧬🔬 en biologie cellulaire 👩‍🔬",  # emoji
        "باحث ما بعد الدكتوراه في علم الأعصاب",  # right to left
        "\u202eevil override\u202c and a_very_long_word_" + "x" * 300,
        " ",
    ],
)
def test_odd_titles_never_break_the_card(title):
    texts = {
        "site": "Inserm",
        "kind": "Post-doctorat",
        "title": title,
        "place": "Lyon · " + "Auvergne-Rhône-Alpes " * 20,
        "deadline": "Date limite : 1er mars 2027",
    }
    data = share_card.render(texts)
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (1200, 630)


def test_a_long_title_is_cut_with_an_ellipsis():
    face, _size, lines = share_card.title_lines("Recherche " * 80)
    assert len(lines) == 4
    assert lines[-1].endswith("…")
    assert all(face.getlength(line) <= share_card.TEXT_WIDTH for line in lines)


def test_a_drawing_failure_serves_the_fallback(monkeypatch, client):
    cache.clear()
    offer = make_offer("2026-CARD-0003")

    def broken(texts):
        raise OSError("font file damaged")

    monkeypatch.setattr(share_card, "render", broken)
    response = client.get("/" + card_address(client, offer))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    cache.clear()


def test_a_hero_image_needs_its_text_alternative():
    guide = WelcomeGuidePage.objects.filter(locale__language_code="fr").first()
    guide.hero_image = make_image()
    guide.hero_image_alt = ""
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "hero_image_alt" in error.value.message_dict
    guide.hero_image_alt = "Une chercheuse devant un microscope"
    guide.full_clean()


def test_a_hero_image_is_a_picture_with_avif_and_webp(client):
    section = StandardPage.objects.filter(locale__language_code="fr", live=True).first()
    section.hero_image = make_image(width=1600, height=900)
    section.hero_image_alt = "Un laboratoire lumineux"
    section.save_revision().publish()
    html = client.get(section.url).content.decode()
    picture = re.search(r'<figure class="hero-image">(.*?)</figure>', html, re.S).group(1)
    assert "<picture>" in picture
    assert 'type="image/avif"' in picture
    assert 'type="image/webp"' in picture
    assert 'alt="Un laboratoire lumineux"' in picture
    image = re.search(r"<img[^>]*>", picture).group(0)
    assert re.search(r'\swidth="\d+"', image) and re.search(r'\sheight="\d+"', image)
    assert 'loading="lazy"' not in image  # at the top of the page
