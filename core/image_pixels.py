"""The image pixel limit (WAGTAILIMAGES_MAX_IMAGE_PIXELS), at upload and whenever an image is
opened.

A small file can declare a huge image: a 15 KB PNG of 11000 × 11000 pixels (121 megapixels)
decodes into half a gigabyte, and each rendition needs working copies on top, in every worker
that renders it (a "decompression bomb"). The size is in the file's header, so it is checked
before anything decodes the image:

- uploads (core/uploads.py) refuse an image over the limit, with a message that names it;
- Pillow's own guard (PIL.Image.MAX_IMAGE_PIXELS) is set to the same limit, so any code that
  opens an image with Pillow warns above it and refuses twice as much;
- Willow, which opens images for Wagtail (renditions on pages, the admin's thumbnails, the
  image serve view, the API), is given openers that read the header first. An image stored
  over the limit (uploaded before the limit, or written to the storage by other means) is never
  decoded: it raises TooManyPixels, a SourceImageIOError, which Wagtail shows as a missing
  image (the page is served without it) instead of an error page, and the log names the file
  to replace.

The same openers turn a file Pillow cannot decode (the right first bytes, then a damaged or
truncated body) into DamagedImage, another SourceImageIOError: an upload says the file is
damaged (core/uploads.py), and a stored one shows as missing, instead of a 500.
"""

import logging

from django.conf import settings
from django.utils.formats import number_format
from PIL import Image as PILImage
from wagtail.images.models import SourceImageIOError
from willow.image import ImageFile
from willow.plugins.pillow import PillowImage
from willow.registry import registry

logger = logging.getLogger(__name__)


class TooManyPixels(SourceImageIOError, PILImage.DecompressionBombError):
    """An image over the limit.

    A SourceImageIOError, so that Wagtail shows a missing image rather than failing the page;
    a DecompressionBombError, so that Wagtail's upload field, which expects Pillow's, refuses it.
    `size` (width, height) is None when Pillow refused the image before saying how big it is:
    it then has more than `more_than` pixels (twice Pillow's limit).
    """

    def __init__(self, limit, size=None, more_than=None):
        self.limit = limit
        self.size = size
        self.more_than = more_than
        found = f"{size[0]} × {size[1]} pixels" if size else f"over {more_than} pixels"
        super().__init__(f"image of {found}, over the limit of {limit} pixels")


class DamagedImage(SourceImageIOError):
    """A file whose first bytes say it is an image, but which Pillow cannot decode."""


def max_pixels():
    """The limit in pixels (width × height), or None when there is none."""
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)


def megapixels(pixels):
    """A number of pixels in megapixels for a message: "121", "50,3" in French."""
    value = round(pixels / 1_000_000, 1)
    return number_format(int(value) if value.is_integer() else value)


def refuse_over_limit(file):
    """Raise TooManyPixels when the image in `file` has more pixels than the limit.

    Only the header is read (Pillow decodes nothing until asked). A file Pillow cannot read
    raises Pillow's own error (UnidentifiedImageError, an OSError). The file is left at its
    start.
    """
    limit = max_pixels()
    if not limit:
        return
    file.seek(0)
    try:
        width, height = PILImage.open(file).size
    except PILImage.DecompressionBombError as error:
        raise TooManyPixels(limit, more_than=2 * PILImage.MAX_IMAGE_PIXELS) from error
    finally:
        file.seek(0)
    if width * height > limit:
        raise TooManyPixels(limit, size=(width, height))


def _checked(open_image):
    """Willow's opener `open_image`, which first refuses an image over the limit, and says
    DamagedImage when the file cannot be decoded."""

    def open_within_limit(image_file):
        try:
            refuse_over_limit(image_file.f)
            return open_image(image_file)
        except TooManyPixels as refused:
            _log(image_file, refused, "replace it with a smaller one")
            raise
        except PILImage.DecompressionBombError as error:  # Pillow's guard, if set lower
            pillow_limit = PILImage.MAX_IMAGE_PIXELS
            refused = TooManyPixels(max_pixels() or pillow_limit, more_than=2 * pillow_limit)
            _log(image_file, refused, "replace it with a smaller one")
            raise refused from error
        except Exception as error:  # Pillow's decoders raise many kinds
            # OSError mostly ("image file is truncated", "broken data stream"), but also
            # SyntaxError, ValueError, EOFError, struct.error... from a damaged file.
            damaged = DamagedImage(f"image not decoded: {type(error).__name__}: {error}")
            _log(image_file, damaged, "replace it")
            raise damaged from error

    open_within_limit.checks_pixels = True
    return open_within_limit


def _log(image_file, refused, advice):
    name = getattr(image_file.f, "name", None) or "an image"
    logger.warning("image not opened: %s (%s); %s", name, refused, advice)


def install():
    """Set Pillow's guard to the limit and give Willow openers that check it (at start-up)."""
    limit = max_pixels()
    if limit:
        PILImage.MAX_IMAGE_PIXELS = limit
    for source in ImageFile.__subclasses__():
        try:
            open_image = registry.get_converter(source, PillowImage)
        except KeyError:
            continue  # a format Pillow does not open (SVG)
        if not getattr(open_image, "checks_pixels", False):
            cost = registry.get_converter_cost(source, PillowImage)
            registry.register_converter(source, PillowImage, _checked(open_image), cost=cost)
