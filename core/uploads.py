"""Upload safety for Wagtail documents and images (WAGTAILDOCS_DOCUMENT_FORM_BASE and
WAGTAILIMAGES_IMAGE_FORM_BASE).

Wagtail checks a document's extension only, and an image's format against its extension. Every
upload form of the admin (the add and edit views, the multiple uploader, the chooser's upload
tab) is built on these bases, so the rules below hold everywhere an editor uploads:

- documents: the formats of WAGTAILDOCS_EXTENSIONS only, and the content must be what the name
  says (a PDF starts with ``%PDF-``; DOCX and XLSX are ZIP packages declaring their main part;
  ODT and ODS are ZIP files whose ``mimetype`` member names their type). Programs, web pages
  and SVG images are refused whatever their name, with a message that says why;
- both: at most WAGTAILDOCS_MAX_UPLOAD_SIZE / WAGTAILIMAGES_MAX_UPLOAD_SIZE bytes (checked by
  Wagtail's own fields, whose message names the limit), and the file name is sanitised;
- images: at most WAGTAILIMAGES_MAX_IMAGE_PIXELS, read from the file's header before Wagtail
  decodes the image to check it (core/image_pixels.py), with a message naming the limit; a
  file with an image's first bytes and a damaged body is refused as damaged;
- both: when the media storage cannot be reached (S3 stopped or hung), the upload is refused
  with a message on the file, so the editor keeps the rest of the form instead of meeting an
  error page. The multiple uploader shows that message next to each file.
"""

import logging
import os
import zipfile
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import string_to_ascii
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from . import image_pixels

logger = logging.getLogger(__name__)

# Room for Wagtail's folder ("documents/", "original_images/") and for the suffix the storage
# adds to a name already taken, within the 100 characters of the file field.
MAX_STEM_LENGTH = 60
HEAD_BYTES = 4096
# Bytes read from a ZIP member that only declares a type; a bigger one is not a real package.
MAX_DECLARATION_BYTES = 1024 * 1024

EXECUTABLE_SIGNATURES = (
    b"\x7fELF",  # Linux and most Unix programs
    b"MZ",  # Windows programs and libraries (.exe, .dll, .scr…)
    b"#!",  # scripts run by an interpreter
    b"\xfe\xed\xfa\xce",  # macOS programs (Mach-O, both byte orders, 32 and 64 bits)
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # macOS universal programs (and Java classes)
)
MARKUP_STARTS = (b"<!doctype", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml")

MESSAGES = {
    "executable": _(
        "This file is a program or a script. Programs cannot be uploaded, whatever their name."
    ),
    "svg": _(
        "This file is an SVG image. SVG images can contain scripts and cannot be uploaded: "
        "export it as PNG or JPEG and upload that file."
    ),
    "html": _(
        "This file is a web page (HTML). Web pages can contain scripts and cannot be uploaded."
    ),
    "extension": _("Files of this type cannot be uploaded. Allowed formats: %(formats)s."),
    "mismatch": _(
        "This file is not a real %(format)s: its content does not match its name "
        "(.%(extension)s). Save or export it again in that format, then upload it."
    ),
    "pixels": _(
        "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels); the site "
        "accepts images of %(limit)s megapixels at most. Export it smaller (the site never "
        "shows an image wider than 1200 pixels), then upload it."
    ),
    "pixels_unknown": _(
        "This image has more than %(megapixels)s megapixels; the site accepts images of "
        "%(limit)s megapixels at most. Export it smaller (the site never shows an image wider "
        "than 1200 pixels), then upload it."
    ),
    "damaged": _(
        "This image cannot be read: the file is damaged or incomplete. Open it in an image "
        "editor, save or export it again, then upload it."
    ),
    "storage": _(
        "The file storage cannot be reached at the moment, so this file was not saved. "
        "The rest of the form is kept: choose the file again and retry in a few minutes."
    ),
}


def safe_filename(name, default="document"):
    """A file name safe to store and to serve: ASCII, lower-case, no path, no leading dot.

    "../../Évaluation finale (v2).PDF" becomes "evaluation-finale-v2.pdf". The extension is
    kept (lower-cased); the stem is transliterated, slugified and cut to MAX_STEM_LENGTH.
    """
    base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
    stem, extension = os.path.splitext(base)
    extension = "".join(char for char in extension.lower() if char.isascii() and char.isalnum())
    stem = slugify(string_to_ascii(stem).replace(".", " "))
    stem = stem[:MAX_STEM_LENGTH].strip("-_") or default
    return f"{stem}.{extension}" if extension else stem


def _extension(name):
    return os.path.splitext(name)[1].lower().lstrip(".")


def _head(upload):
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    return head


def dangerous_kind(head):
    """Return "executable", "svg" or "html" when the file's first bytes say so, else None."""
    if head.startswith(EXECUTABLE_SIGNATURES):
        return "executable"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n\x00").lower()
    if text.startswith(MARKUP_STARTS) or text.startswith(b"<!--"):
        if b"<svg" in text:
            return "svg"
        if text.startswith(b"<?xml") and b"<html" not in text and b"<script" not in text:
            return None  # plain XML: not one of our formats, refused as a mismatch
        return "html"
    return None


def _zip_member(upload, member):
    """The first bytes of `member` of the ZIP file `upload`, or None when either is missing."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            try:
                with archive.open(member) as part:
                    return part.read(MAX_DECLARATION_BYTES)
            except KeyError:
                return None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError):
        # Not a ZIP, truncated, corrupt, encrypted (RuntimeError) or an unknown compression
        # method (NotImplementedError is a RuntimeError): not a document we can accept.
        return None
    finally:
        upload.seek(0)


def _office_open_xml(main_content_type):
    """A DOCX / XLSX is a ZIP whose [Content_Types].xml declares the main part's type.

    The macro-enabled variants (.docm, .xlsm) declare another type, so one renamed .docx or
    .xlsx is refused too.
    """

    def check(upload, head):
        if not head.startswith(b"PK\x03\x04"):
            return False
        declaration = _zip_member(upload, "[Content_Types].xml")
        return declaration is not None and main_content_type.encode() in declaration

    return check


def _open_document(mimetype):
    """An ODT / ODS is a ZIP whose `mimetype` member is exactly its media type."""

    def check(upload, head):
        if not head.startswith(b"PK\x03\x04"):
            return False
        declared = _zip_member(upload, "mimetype")
        return declared is not None and declared.strip() == mimetype.encode()

    return check


def _pdf(upload, head):
    return head.startswith(b"%PDF-")


# extension: (what an editor calls it, the check of its content)
DOCUMENT_FORMATS = {
    "pdf": (_("PDF document"), _pdf),
    "docx": (
        _("Word document (DOCX)"),
        _office_open_xml(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        ),
    ),
    "xlsx": (
        _("Excel workbook (XLSX)"),
        _office_open_xml(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        ),
    ),
    "odt": (
        _("OpenDocument text (ODT)"),
        _open_document("application/vnd.oasis.opendocument.text"),
    ),
    "ods": (
        _("OpenDocument spreadsheet (ODS)"),
        _open_document("application/vnd.oasis.opendocument.spreadsheet"),
    ),
}


def check_document(upload):
    """Raise ValidationError unless `upload` is a document of an allowed format, for real."""
    head = _head(upload)
    kind = dangerous_kind(head)
    if kind:
        raise ValidationError(MESSAGES[kind], code=f"forbidden_{kind}")
    extension = _extension(upload.name)
    allowed = [ext.lower() for ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []]
    if allowed and extension not in allowed:
        raise ValidationError(
            MESSAGES["extension"],
            code="invalid_extension",
            params={"formats": ", ".join(ext.upper() for ext in allowed)},
        )
    if extension in DOCUMENT_FORMATS:
        label, matches = DOCUMENT_FORMATS[extension]
        if not matches(upload, head):
            raise ValidationError(
                MESSAGES["mismatch"],
                code="content_mismatch",
                params={"format": label, "extension": extension},
            )
    # A format added through DOCUMENT_EXTENSIONS without a check here is accepted on its name,
    # after the program / web page / SVG checks above.


def check_storage(form):
    """Refuse the upload while the storage of the form's model cannot be reached.

    Asked before saving, because a write that fails in the view is an error page that loses
    the form. Storages without `is_reachable()` (local files) are always taken as reachable.
    A storage that stops between this check and the write still fails the request.
    """
    storage = form._meta.model._meta.get_field("file").storage
    is_reachable = getattr(storage, "is_reachable", None)
    if is_reachable is not None and not is_reachable():
        logger.warning("upload refused: the media storage cannot be reached")
        raise ValidationError(MESSAGES["storage"], code="storage_unreachable")


class _FileErrorsFirst:
    """Keep only the form's own message when an upload is refused.

    Wagtail's Document.clean() checks the extension of the instance's file; when the form has
    already refused the upload, that file is the empty placeholder and the model would add a
    second, meaningless error ("File extension “” is not allowed").
    """

    def _post_clean(self):
        errors = self._errors.get("file") if self._errors else None
        count = len(errors) if errors else None
        super()._post_clean()
        if count is not None:
            del self._errors["file"].data[count:]


class DocumentForm(_FileErrorsFirst, BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # not when an edit keeps the current file
            check_document(upload)
            upload.name = safe_filename(upload.name, default="document")
            check_storage(self)
        return upload


def check_image_pixels(upload):
    """Raise ValidationError when the image declares more pixels than the limit.

    Wagtail checks the limit too, but only after decoding the whole image, which is the cost
    the limit is there to avoid. A file Pillow cannot read is left to Wagtail's checks, which
    say it is not a valid image.
    """
    try:
        image_pixels.refuse_over_limit(upload)
    except image_pixels.TooManyPixels as refused:
        limit = image_pixels.megapixels(refused.limit)
        if refused.size is None:
            raise ValidationError(
                MESSAGES["pixels_unknown"],
                code="file_too_many_pixels",
                params={"megapixels": image_pixels.megapixels(refused.more_than), "limit": limit},
            ) from None
        width, height = refused.size
        raise ValidationError(
            MESSAGES["pixels"],
            code="file_too_many_pixels",
            params={
                "width": width,
                "height": height,
                "megapixels": image_pixels.megapixels(width * height),
                "limit": limit,
            },
        ) from None
    except Exception:  # noqa: BLE001 (not readable: Wagtail's checks below say why)
        pass


class SafeImageField(WagtailImageField):
    """Wagtail's image field, which says first when a file is a program, a web page or SVG, or
    declares more pixels than the limit.

    Wagtail already refuses formats outside WAGTAILIMAGES_EXTENSIONS (SVG included), content
    that is not the format the extension says, and files over WAGTAILIMAGES_MAX_UPLOAD_SIZE; but
    it reads a web page renamed .png as "the file format (svg)", and it judges the format by
    the first bytes only: a damaged body failed the request when Wagtail decoded it to count
    its pixels (the image openers now say DamagedImage, see core/image_pixels.py).
    """

    def to_python(self, data):
        if hasattr(data, "read"):
            kind = dangerous_kind(_head(data))
            if kind:
                raise ValidationError(MESSAGES[kind], code=f"forbidden_{kind}")
            check_image_pixels(data)
        try:
            return super().to_python(data)
        except image_pixels.DamagedImage:
            raise ValidationError(MESSAGES["damaged"], code="damaged_image") from None


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail builds the field in get_image_form()'s formfield callback, which a base
            # form cannot change; the subclass adds a check and keeps the field's state.
            field.__class__ = SafeImageField

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.name = safe_filename(upload.name, default="image")
            check_storage(self)
        return upload
