"""Upload safety: what editors may upload as documents and images, and how documents are served.

Every upload goes through the admin as an editor does it (Django's test client, the demo
administrator), with real files built here: a PDF, Office Open XML and OpenDocument packages,
images made with Pillow. The admin speaks English here so that the messages checked are the
English source strings whatever the catalogues say.
"""

import io
import json
import random
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from core.uploads import safe_filename
from demo.documents import text_pdf
from tests.images import PNG_SIGNATURE, png_declaring, png_with_a_broken_body

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


# --- Real files --------------------------------------------------------------------------


def pdf_bytes():
    return text_pdf("Fiche de poste", "Ingénieur d’études en bio-informatique.")


def office_open_xml(main_part, main_content_type):
    """A minimal Office Open XML package (DOCX, XLSX): a ZIP declaring its main part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{main_part}" ContentType="{main_content_type}"/>'
            "</Types>",
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="' + main_part + '" Type="http://schemas.openxml'
            'formats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        package.writestr(main_part, '<?xml version="1.0" encoding="UTF-8"?><document/>')
    return buffer.getvalue()


def docx_bytes():
    return office_open_xml("word/document.xml", DOCX_MAIN)


def xlsx_bytes():
    return office_open_xml("xl/workbook.xml", XLSX_MAIN)


def open_document(mimetype):
    """A minimal OpenDocument file: `mimetype` first and stored, then the content."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0"><manifest:file-entry manifest:full-path="/" '
            f'manifest:media-type="{mimetype}"/></manifest:manifest>',
            compress_type=zipfile.ZIP_DEFLATED,
        )
        package.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return buffer.getvalue()


def odt_bytes():
    return open_document("application/vnd.oasis.opendocument.text")


def image_bytes(image_format, size=(64, 48)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (30, 90, 160)).save(buffer, image_format)
    return buffer.getvalue()


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>"
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(120)
SCRIPT = b"#!/bin/sh\nrm -rf ~\n"
# The right first bytes (what Wagtail checks the format by), then a damaged body.
DAMAGED_IMAGES = [
    pytest.param("photo.png", PNG_SIGNATURE + b"garbage" * 50, id="png-garbage"),
    pytest.param("photo.png", png_with_a_broken_body(), id="png-broken-pixels"),
    pytest.param("photo.png", image_bytes("PNG")[:80], id="png-truncated"),
    pytest.param("photo.jpg", b"\xff\xd8\xff\xe0" + b"garbage" * 50, id="jpeg-garbage"),
    pytest.param("photo.jpg", image_bytes("JPEG", (640, 480))[:400], id="jpeg-truncated"),
    pytest.param("photo.webp", b"RIFF\x00\x01\x00\x00WEBPVP8 " + b"garbage" * 50, id="webp"),
    pytest.param("photo.gif", b"GIF89a" + b"garbage" * 50, id="gif-garbage"),
]
DAMAGED_MESSAGE = "This image cannot be read: the file is damaged or incomplete."


# --- Fixtures ----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads land in a folder of their own, so "nothing stored" can be checked on disk."""
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def stored_files(root):
    return sorted(path for path in root.rglob("*") if path.is_file())


def upload(client, view, name, content, title):
    return client.post(
        reverse(view),
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, name, content, title="Test document"):
    return upload(client, "wagtaildocs:add", name, content, title)


def upload_image(client, name, content, title="Test image"):
    return upload(client, "wagtailimages:add", name, content, title)


def file_errors(response):
    return [str(error) for error in response.context["form"].errors["file"]]


# --- Documents refused -------------------------------------------------------------------

REFUSED_DOCUMENTS = [
    ("drawing.svg", SVG, "This file is an SVG image."),
    ("drawing.pdf", SVG, "This file is an SVG image."),
    ("offer.pdf", HTML, "This file is a web page (HTML)."),
    ("offer.html", HTML, "This file is a web page (HTML)."),
    ("report.pdf", ELF, "This file is a program or a script."),
    ("report.pdf", EXE, "This file is a program or a script."),
    ("setup.exe", EXE, "This file is a program or a script."),
    ("install.sh", SCRIPT, "This file is a program or a script."),
    ("contract.docx", b"Plain text, not a Word document.", "This file is not a real Word docu"),
    ("contract.docx", xlsx_bytes(), "This file is not a real Word document (DOCX)"),
    ("contract.docx", docx_bytes()[:300], "This file is not a real Word document (DOCX)"),
    ("budget.xlsx", docx_bytes(), "This file is not a real Excel workbook (XLSX)"),
    ("letter.odt", docx_bytes(), "This file is not a real OpenDocument text (ODT)"),
    ("scan.pdf", image_bytes("PNG"), "This file is not a real PDF document"),
    ("notes.txt", b"Just notes.", "Files of this type cannot be uploaded. Allowed formats: PDF"),
    ("table.ods", open_document("application/vnd.oasis.opendocument.spreadsheet"), "DOCX, ODT"),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED_DOCUMENTS)
def test_refused_documents_show_the_form_again_with_a_clear_message(
    english_admin, media_root, name, content, message
):
    count = Document.objects.count()
    response = upload_document(english_admin, name, content)
    assert response.status_code == 200
    errors = file_errors(response)
    # One message, the one that says why (not Wagtail's "File extension “” is not allowed").
    assert len(errors) == 1, errors
    assert message in errors[0]
    assert message in response.content.decode().replace("&#x27;", "'")
    assert Document.objects.count() == count
    assert stored_files(media_root) == []


def test_macro_enabled_word_file_renamed_docx_is_refused(english_admin, media_root):
    docm = office_open_xml(
        "word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    response = upload_document(english_admin, "contract.docx", docm)
    assert "This file is not a real Word document (DOCX)" in file_errors(response)[0]
    assert stored_files(media_root) == []


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=2 * 1024)
def test_oversized_document_is_refused_with_the_limit(english_admin, media_root):
    big = pdf_bytes() + b"%" + b"x" * 4096 + b"\n"
    response = upload_document(english_admin, "rapport.pdf", big)
    assert response.status_code == 200
    errors = file_errors(response)
    assert len(errors) == 1, errors
    assert "This file is too big" in errors[0] and "2.0\xa0KB" in errors[0]
    assert stored_files(media_root) == []


def test_document_limits_come_from_the_environment():
    from django.conf import settings

    assert settings.WAGTAILDOCS_EXTENSIONS == ["pdf", "docx", "odt", "xlsx"]
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_EXTENSIONS == ["gif", "jpg", "jpeg", "png", "webp"]
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 52_000_000


@override_settings(WAGTAILDOCS_EXTENSIONS=["pdf", "ods"])
def test_document_formats_are_configurable(english_admin):
    ods = open_document("application/vnd.oasis.opendocument.spreadsheet")
    assert upload_document(english_admin, "budget.ods", ods).status_code == 302
    refused = upload_document(english_admin, "contract.docx", docx_bytes())
    assert "Allowed formats: PDF, ODS." in file_errors(refused)[0]


# --- Documents accepted ------------------------------------------------------------------

ACCEPTED_DOCUMENTS = [
    ("fiche-de-poste.pdf", pdf_bytes()),
    ("contrat.docx", docx_bytes()),
    ("courrier.odt", odt_bytes()),
    ("budget.xlsx", xlsx_bytes()),
]


@pytest.mark.parametrize(("name", "content"), ACCEPTED_DOCUMENTS)
def test_real_documents_are_accepted(english_admin, media_root, name, content):
    response = upload_document(english_admin, name, content, title=name)
    assert response.status_code == 302, response.context and response.context["form"].errors
    document = Document.objects.get(title=name)
    assert document.filename == name
    assert (media_root / "documents" / name).read_bytes() == content


def test_document_file_names_are_sanitised(english_admin, media_root):
    response = upload_document(
        english_admin, "../../Évaluation finale (v2).PDF", pdf_bytes(), title="Évaluation"
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Évaluation")
    assert document.file.name == "documents/evaluation-finale-v2.pdf"
    assert stored_files(media_root) == [media_root / "documents" / "evaluation-finale-v2.pdf"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../Évaluation finale (v2).PDF", "evaluation-finale-v2.pdf"),
        ("..\\..\\windows\\Rapport annuel.docx", "rapport-annuel.docx"),
        (".htaccess", "htaccess"),
        ("...pdf", "pdf"),  # a name made of an extension only keeps no leading dot
        ("..", "document"),
        ("Отчёт 2025.pdf", "otchet-2025.pdf"),
        ("報告.pdf", "baogao.pdf"),
        ("a" * 300 + ".xlsx", "a" * 60 + ".xlsx"),
        ("CV – Müller_Łukasz.Pdf", "cv-muller_lukasz.pdf"),
        ("archive.tar.gz", "archive-tar.gz"),
        ("no extension", "no-extension"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_editing_a_document_without_a_new_file_keeps_it(english_admin):
    upload_document(english_admin, "contrat.docx", docx_bytes(), title="Contrat")
    document = Document.objects.get(title="Contrat")
    response = english_admin.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Contrat de travail", "collection": document.collection_id},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Contrat de travail"
    assert document.file.name == "documents/contrat.docx"


def test_replacing_a_document_file_is_checked_too(english_admin):
    upload_document(english_admin, "contrat.docx", docx_bytes(), title="Contrat")
    document = Document.objects.get(title="Contrat")
    response = english_admin.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Contrat",
            "collection": document.collection_id,
            "file": SimpleUploadedFile("contrat.docx", HTML),
        },
    )
    assert response.status_code == 200
    assert "This file is a web page (HTML)." in file_errors(response)[0]
    document.refresh_from_db()
    assert document.file.name == "documents/contrat.docx"


# --- The multiple uploader ---------------------------------------------------------------


def multiple_upload(english_admin, url_name, name, content):
    response = english_admin.post(
        reverse(url_name),
        {
            "files[]": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    return json.loads(response.content)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("offer.pdf", HTML, "This file is a web page (HTML)."),
        ("setup.exe", EXE, "This file is a program or a script."),
        ("contract.docx", b"not a zip", "This file is not a real Word document (DOCX)"),
    ],
)
def test_multiple_document_upload_refuses_with_the_same_messages(
    english_admin, media_root, name, content, message
):
    count = Document.objects.count()
    data = multiple_upload(english_admin, "wagtaildocs:add_multiple", name, content)
    assert data["success"] is False
    assert message in data["error_message"]
    assert "File extension" not in data["error_message"]
    assert Document.objects.count() == count
    assert stored_files(media_root) == []


def test_multiple_document_upload_accepts_and_sanitises(english_admin, media_root):
    data = multiple_upload(
        english_admin, "wagtaildocs:add_multiple", "Évaluation finale (v2).PDF", pdf_bytes()
    )
    assert data["success"] is True
    document = Document.objects.get(pk=data["doc_id"])
    assert document.file.name == "documents/evaluation-finale-v2.pdf"


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_multiple_document_upload_refuses_oversized_files(english_admin, media_root):
    data = multiple_upload(english_admin, "wagtaildocs:add_multiple", "big.pdf", pdf_bytes() * 4)
    assert data["success"] is False
    assert "This file is too big" in data["error_message"]
    assert stored_files(media_root) == []


def test_multiple_image_upload_refuses_svg(english_admin, media_root):
    count = Image.objects.count()
    data = multiple_upload(english_admin, "wagtailimages:add_multiple", "logo.svg", SVG)
    assert data["success"] is False
    assert "This file is an SVG image." in data["error_message"]
    assert Image.objects.count() == count
    assert stored_files(media_root) == []


# --- Images ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", SVG, "This file is an SVG image."),
        ("logo.png", SVG, "This file is an SVG image."),
        ("page.png", HTML, "This file is a web page (HTML)."),
        ("photo.jpg", EXE, "This file is a program or a script."),
        ("photo.jpg", b"Not an image at all", "Upload a valid image."),
        # Wagtail compares the content's format with the extension.
        ("animation.gif", image_bytes("PNG"), "Not a valid .gif image. The extension does not"),
        ("photo.avif", image_bytes("PNG"), "Not a supported image format."),
    ],
)
def test_refused_images(english_admin, media_root, name, content, message):
    count = Image.objects.count()
    response = upload_image(english_admin, name, content)
    assert response.status_code == 200
    errors = file_errors(response)
    assert message in errors[0], errors
    assert Image.objects.count() == count
    assert stored_files(media_root) == []


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_oversized_image_is_refused_with_the_limit(english_admin, media_root):
    buffer = io.BytesIO()
    PILImage.frombytes("RGB", (64, 64), random.Random(1).randbytes(64 * 64 * 3)).save(buffer, "PNG")
    big = buffer.getvalue()
    assert len(big) > 1024
    response = upload_image(english_admin, "photo.png", big)
    assert response.status_code == 200
    assert "This file is too big" in file_errors(response)[0]
    assert "1.0\xa0KB" in file_errors(response)[0]
    assert stored_files(media_root) == []


@pytest.mark.parametrize(("name", "content"), DAMAGED_IMAGES)
def test_damaged_image_is_refused_with_a_message(english_admin, media_root, name, content):
    count = Image.objects.count()
    response = upload_image(english_admin, name, content)
    assert response.status_code == 200
    errors = file_errors(response)
    assert len(errors) == 1, errors
    assert DAMAGED_MESSAGE in errors[0]
    assert Image.objects.count() == count
    assert stored_files(media_root) == []


@pytest.mark.parametrize(("name", "content"), DAMAGED_IMAGES)
def test_multiple_image_upload_refuses_a_damaged_image(english_admin, media_root, name, content):
    data = multiple_upload(english_admin, "wagtailimages:add_multiple", name, content)
    assert data["success"] is False
    assert DAMAGED_MESSAGE in data["error_message"]
    assert stored_files(media_root) == []


def test_damaged_image_message_says_what_to_do(english_admin, media_root):
    response = upload_image(english_admin, "photo.png", png_with_a_broken_body())
    assert file_errors(response) == [
        DAMAGED_MESSAGE + " Open it in an image editor, save or export it again, then upload it."
    ]


@pytest.mark.parametrize(
    ("width", "height", "message"),
    [
        (8000, 8000, "This image is 8000 × 8000 pixels (64 megapixels); the site accepts images"),
        # 121 megapixels in 15 KB (Wagtail's own limit is 128): over twice the limit, Pillow
        # refuses to read it further, so its exact size is not known.
        (11000, 11000, "This image has more than 104 megapixels; the site accepts images of 52"),
    ],
)
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_image_over_the_pixel_limit_is_refused_with_the_limit(
    english_admin, media_root, width, height, message
):
    bomb = png_declaring(width, height)
    assert len(bomb) < 30_000
    count = Image.objects.count()
    response = upload_image(english_admin, "photo.png", bomb)
    assert response.status_code == 200
    errors = file_errors(response)
    assert len(errors) == 1, errors
    assert message in errors[0]
    assert "Export it smaller" in errors[0]
    assert Image.objects.count() == count
    assert stored_files(media_root) == []


def test_multiple_image_upload_refuses_an_image_over_the_pixel_limit(english_admin, media_root):
    data = multiple_upload(
        english_admin, "wagtailimages:add_multiple", "photo.png", png_declaring(11000, 11000)
    )
    assert data["success"] is False
    assert "This image has more than 104 megapixels" in data["error_message"]
    assert stored_files(media_root) == []


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_pixel_limit_message_in_french(client, media_root):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"
    response = upload_image(client, "photo.png", png_declaring(8000, 8000))
    message = file_errors(response)[0]
    assert "Cette image fait 8000 × 8000\xa0pixels (64\xa0mégapixels)" in message
    assert "52\xa0mégapixels au plus" in message


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=2_000_000)
def test_pixel_limit_is_width_times_height(english_admin, media_root):
    refused = upload_image(english_admin, "wide.png", png_declaring(2000, 1100), title="Wide")
    message = file_errors(refused)[0]
    assert "is 2000 × 1100 pixels (2.2 megapixels); the site accepts images of 2 meg" in message
    accepted = upload_image(english_admin, "fits.png", png_declaring(2000, 1000), title="Fits")
    assert accepted.status_code == 302
    fits = Image.objects.get(title="Fits")
    assert (fits.width, fits.height) == (2000, 1000)


@pytest.mark.parametrize(
    ("name", "image_format"),
    [
        ("photo.jpg", "JPEG"),
        ("photo.jpeg", "JPEG"),
        ("photo.png", "PNG"),
        ("photo.webp", "WEBP"),
        ("photo.gif", "GIF"),
    ],
)
def test_real_images_are_accepted(english_admin, name, image_format):
    response = upload_image(english_admin, name, image_bytes(image_format), title=name)
    assert response.status_code == 302, response.context and response.context["form"].errors
    image = Image.objects.get(title=name)
    assert image.file.name == f"original_images/{name}"
    assert (image.width, image.height) == (64, 48)


def test_image_file_names_are_sanitised(english_admin):
    response = upload_image(
        english_admin, "../../Équipe du labo (2025).PNG", image_bytes("PNG"), title="Équipe"
    )
    assert response.status_code == 302
    assert Image.objects.get(title="Équipe").file.name == "original_images/equipe-du-labo-2025.png"


# --- Serving documents -------------------------------------------------------------------


def served(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    return response, body


def test_served_pdf_opens_in_the_browser_with_safe_headers(english_admin, client):
    upload_document(english_admin, "fiche.pdf", pdf_bytes(), title="Fiche")
    document = Document.objects.get(title="Fiche")
    assert document.url == f"/documents/{document.pk}/fiche.pdf"
    response, body = served(client, document)
    assert body == pdf_bytes()
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    # No sandbox for PDFs: browsers' PDF viewers refuse to run in a sandboxed document.
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert not response.get("Content-Disposition", "").startswith("attachment")


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        (
            "contrat.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("courrier.odt", odt_bytes(), "application/vnd.oasis.opendocument.text"),
    ],
)
def test_other_documents_are_downloaded_with_safe_headers(
    english_admin, client, name, content, content_type
):
    upload_document(english_admin, name, content, title=name)
    document = Document.objects.get(title=name)
    response, body = served(client, document)
    assert body == content
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment; filename=" + name)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_private_documents_still_go_through_wagtail_privacy(english_admin):
    private = Collection.get_first_root_node().add_child(name="RH interne")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    english_admin.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Grille interne",
            "file": SimpleUploadedFile("grille.xlsx", xlsx_bytes()),
            "collection": private.pk,
        },
    )
    document = Document.objects.get(title="Grille interne")
    anonymous = Client().get(document.url)
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]
    assert "Content-Disposition" not in anonymous

    signed_in = english_admin.get(document.url)
    assert signed_in.status_code == 200
    assert signed_in["Content-Disposition"].startswith("attachment")


def test_unknown_document_or_wrong_name_is_404(english_admin, client):
    upload_document(english_admin, "fiche.pdf", pdf_bytes(), title="Fiche")
    document = Document.objects.get(title="Fiche")
    assert client.get(f"/documents/{document.pk}/autre.pdf").status_code == 404
    assert client.get("/documents/999999/fiche.pdf").status_code == 404
