"""An offer's share card: the picture social networks and messaging apps show beside a shared
link (`og:image`), drawn server-side with Pillow: the offer's title, kind, place and deadline,
in the offer's language, on the site's colours.

The card is served at `<offer>/share-card/<version>/` (OfferPage.share_card). The version is
the page's live revision and a digest of what the card shows (offers written in bulk by
imports have no revision), so the picture never changes at that address: browsers, CDNs and
sharing services may keep it for a year, and a new revision gets a new address (the page's
`og:image` follows it). Each version's card is drawn once and kept in Django's cache.

No title may break it: a very long title is cut with an ellipsis, characters the font lacks
(emoji) are drawn as the font's placeholder, right-to-left text is drawn as stored; if drawing
still fails, a card with the site's name only is served, never an error page.
"""

import functools
import hashlib
import io
import logging
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from core.page_cache import fresh_for

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
BRAND = (29, 79, 145)  # --brand in static/css/site.css
BRAND_DARK = (18, 51, 97)
ACCENT = (246, 183, 60)
INK = (27, 27, 27)
MUTED = (74, 79, 87)
SURFACE = (241, 245, 251)
CACHE_SECONDS = 60 * 60 * 24 * 30
BROWSER_SECONDS = 60 * 60 * 24 * 365
MARGIN = 80
TEXT_WIDTH = WIDTH - 2 * MARGIN
# Debian's DejaVu (fonts-dejavu-core, present wherever Pillow's wheels run on Debian), then
# Liberation, then Pillow's own default font.
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")
FONT_FILES = {
    "bold": ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"),
    "regular": ("DejaVuSans.ttf", "LiberationSans-Regular.ttf"),
}


@functools.cache
def font(weight, size):
    for directory in FONT_DIRS:
        for name in FONT_FILES[weight]:
            path = Path(directory) / name
            if path.exists():
                return ImageFont.truetype(str(path), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow built without FreeType: a small bitmap font, still legible
        return ImageFont.load_default()


def draw_mark(draw, left, top, size):
    """The site's mark (static/img/mark.svg): an open door on the brand's square."""
    scale = size / 64
    draw.rounded_rectangle(
        (left, top, left + size, top + size), radius=round(14 * scale), fill=BRAND
    )
    stroke = max(1, round(6 * scale))

    def point(x, y):
        return (left + x * scale, top + y * scale)

    draw.line([point(20, 30), point(20, 52)], fill="white", width=stroke)
    draw.line([point(44, 30), point(44, 52)], fill="white", width=stroke)
    draw.arc([point(20 - 3, 18 - 3), point(44 + 3, 42 + 3)], 180, 360, fill="white", width=stroke)
    for x in (20, 44):  # round line caps at the foot of the door
        cx, cy = point(x, 52)
        draw.ellipse((cx - stroke / 2, cy - stroke / 2, cx + stroke / 2, cy + stroke / 2), "white")
    cx, cy = point(32, 31)
    radius = 5 * scale
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=ACCENT)


def wrap(text, face, width, max_lines):
    """The text in lines no wider than `width`; the last one ends with "…" when cut."""
    words = text.split()
    lines, current = [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if face.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        # A word wider than the card (a URL, a long compound): cut it by characters.
        while face.getlength(word) > width:
            cut = len(word)
            while cut > 1 and face.getlength(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and face.getlength(last + "…") > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines or [""]


def title_lines(title):
    """The largest size at which the title fits in three lines, else four cut lines."""
    for size in (64, 56, 50):
        face = font("bold", size)
        lines = wrap(title, face, TEXT_WIDTH, 99)
        if len(lines) <= 3:
            return face, size, lines
    face = font("bold", 44)
    return face, 44, wrap(title, face, TEXT_WIDTH, 4)


def card_texts(offer):
    """What the card says, in the offer's language."""
    with translation.override(offer.locale.language_code):
        deadline = timezone.localtime(offer.deadline)
        region = offer.localized_region.name if offer.region_id else ""
        return {
            "site": _("Inserm careers & welcome"),
            "kind": str(offer.get_kind_display()),
            "title": offer.title,
            "place": f"{offer.city} · {region}" if region else offer.city,
            "deadline": _("Deadline: %(date)s") % {"date": formats.date_format(deadline)},
        }


def frame():
    """The card's background: white, a brand band at the top, the mark and a light panel."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    # Abstract shapes on the right edge, echoing the paths' illustrations.
    draw.ellipse((WIDTH - 190, -110, WIDTH + 110, 190), fill=SURFACE)
    draw.ellipse((WIDTH - 110, 60, WIDTH - 50, 120), fill=ACCENT)
    draw.rectangle((0, 0, WIDTH, 12), fill=BRAND)
    draw.rectangle((0, HEIGHT - 150, WIDTH, HEIGHT), fill=SURFACE)
    draw_mark(draw, MARGIN, 52, 64)
    return image, draw


def render(texts):
    image, draw = frame()
    draw.text((MARGIN + 84, 70), texts["site"], font=font("bold", 28), fill=BRAND_DARK)
    draw.text((MARGIN, 160), texts["kind"].upper(), font=font("bold", 26), fill=BRAND)
    face, size, lines = title_lines(texts["title"])
    top = 205
    for line in lines:
        draw.text((MARGIN, top), line, font=face, fill=INK)
        top += round(size * 1.2)
    small = font("regular", 32)
    place = wrap(texts["place"], small, TEXT_WIDTH, 1)[0]
    draw.text((MARGIN, HEIGHT - 128), place, font=small, fill=MUTED)
    deadline = wrap(texts["deadline"], font("bold", 32), TEXT_WIDTH, 1)[0]
    draw.text((MARGIN, HEIGHT - 78), deadline, font=font("bold", 32), fill=INK)
    return png(image)


def fallback(site_name):
    image, draw = frame()
    draw.text((MARGIN + 84, 70), site_name, font=font("bold", 28), fill=BRAND_DARK)
    return png(image)


def png(image):
    buffer = io.BytesIO()
    # 64 colours are plenty for flat shapes and anti-aliased text, and keep the file small.
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# Changed when the drawing changes, so that cards already shared get the new one.
DESIGN = "1"


def card_version(offer):
    """The address's version: "<live revision>-<digest of the card's facts>"."""
    facts = "|".join(
        str(value)
        for value in (
            DESIGN,
            offer.locale_id,
            offer.title,
            offer.kind,
            offer.city,
            offer.region_id,
            offer.deadline.isoformat() if offer.deadline else "",
        )
    )
    digest = hashlib.sha256(facts.encode()).hexdigest()[:12]
    return f"{offer.live_revision_id or 0}-{digest}"


def card_png(offer, version):
    key = f"offer-share-card:{offer.pk}:{version}"
    data = cache.get(key)
    if data is None:
        try:
            data = render(card_texts(offer))
        except Exception:
            logger.exception("Share card of offer %s could not be drawn", offer.pk)
            data = fallback(str(settings.ORGANIZATION_NAME))
        cache.set(key, data, CACHE_SECONDS)
    return data


def share_card_response(request, offer, version):
    """The card of the current version; an older or unknown version's address redirects to
    it (a link shared before the offer changed)."""
    current = card_version(offer)
    if version != current:
        return HttpResponseRedirect(share_card_url(offer, request, full=False))
    response = HttpResponse(card_png(offer, current), content_type="image/png")
    response["Cache-Control"] = f"public, max-age={BROWSER_SECONDS}, immutable"
    # The address changes with each revision: the page cache need not keep a copy (its
    # lifetime would shorten the browsers' one), Django's cache holds the picture.
    return fresh_for(response, 0)


def share_card_url(offer, request, *, full=True):
    """The address of the offer's current card (absolute for `og:image`)."""
    base = offer.get_full_url(request) if full else offer.get_url(request)
    if not base:
        return ""
    return base + offer.reverse_subpage("share_card", args=(card_version(offer),))
