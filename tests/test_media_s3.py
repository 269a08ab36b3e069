"""Media on S3-compatible storage, against a real S3 server started here (moto's server mode).

The settings choose S3 when AWS_STORAGE_BUCKET_NAME is set (core/storage.py). These
tests set the variables, build STORAGES["default"] with the same function as the settings and
put it in place for one test at a time, so every other test module keeps local files. Editors
upload through the admin; the files are then looked for in the bucket with boto3 and fetched
over HTTP, as a visitor's browser would.
"""

import html
import io
import json
import re
import subprocess
import sys
import time
import urllib.request
from urllib.parse import parse_qs, urlsplit

import boto3
import environ
import pytest
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, UploadedFile

from core import uploads
from core.s3_storage import MediaStorage
from core.storage import document_serve_method, media_storage
from demo.documents import text_pdf
from home.models import StandardPage

from .helpers import locale, page_by_path
from .servers import free_port, silent_server
from .test_uploads import docx_bytes

pytestmark = pytest.mark.django_db

BUCKET = "careers-media-test"
REGION = "eu-west-3"
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}

Document = get_document_model()
Image = get_image_model()


@pytest.fixture(scope="session")
def s3_endpoint():
    """A local S3 server (moto) on a free port, with one empty bucket, for the session."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    s3_client(endpoint).create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    yield endpoint
    server.stop()


def s3_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=KEYS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=KEYS["AWS_SECRET_ACCESS_KEY"],
    )


def s3_environment(monkeypatch, endpoint):
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", BUCKET)
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_S3_REGION_NAME", REGION)
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def s3_media(settings, monkeypatch, s3_endpoint):
    """STORAGES["default"] built from the environment as the settings do, for this test only."""
    s3_environment(monkeypatch, s3_endpoint)
    storage = media_storage(environ.Env())
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    settings.WAGTAILDOCS_SERVE_METHOD = document_serve_method(storage)
    # Changing STORAGES resets Django's default_storage, which Wagtail's file fields use.
    assert isinstance(default_storage, MediaStorage)
    return s3_client(s3_endpoint)


def bucket_keys(s3):
    return {item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def http_get(url):
    """A real HTTP GET, as a browser following the link: (status, headers, body)."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


def jpeg_bytes(size=(640, 480)):
    buffer = io.BytesIO()
    image = PILImage.new("RGB", size, (200, 40, 60))
    image.paste((20, 120, 200), (0, 0, size[0] // 2, size[1]))
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def upload(english_admin, url_name, name, content, title, collection=None):
    response = english_admin.post(
        reverse(url_name),
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": (collection or Collection.get_first_root_node()).pk,
        },
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    return response


# --- Settings ----------------------------------------------------------------------------


def test_local_files_without_a_bucket(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    storage = media_storage(environ.Env())
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert document_serve_method(storage) == "serve_view"
    # The rest of the test suite runs on local files.
    assert isinstance(default_storage, FileSystemStorage)
    assert isinstance(Document._meta.get_field("file").storage, FileSystemStorage)


def test_s3_options_from_the_environment(monkeypatch):
    s3_environment(monkeypatch, "https://s3.example.test")
    storage = media_storage(environ.Env())
    assert storage == {
        "BACKEND": "core.s3_storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": "https://s3.example.test",
            "region_name": REGION,
            "addressing_style": None,
            "querystring_auth": True,
            "querystring_expire": 3600,
            "file_overwrite": False,
            "default_acl": None,
            "connect_timeout": 2.0,
            "read_timeout": 5.0,
            "max_attempts": 2,
        },
    }
    assert document_serve_method(storage) == "redirect"
    monkeypatch.setenv("AWS_QUERYSTRING_EXPIRE", "600")
    monkeypatch.setenv("AWS_S3_ADDRESSING_STYLE", "path")
    options = media_storage(environ.Env())["OPTIONS"]
    assert options["querystring_expire"] == 600 and options["addressing_style"] == "path"
    # Credentials stay in the environment, where boto3 reads them; not in the settings.
    assert "access_key" not in options and "secret_key" not in options
    s3 = MediaStorage(**options)
    assert (s3.access_key, s3.secret_key) == ("testing", "testing")
    # Short timeouts and few attempts, merged into the client's configuration.
    config = s3.client_config
    assert (config.connect_timeout, config.read_timeout) == (2.0, 5.0)
    assert config.retries == {"max_attempts": 2, "mode": "standard"}
    assert config.s3 == {"addressing_style": "path"}


def test_settings_module_reads_the_bucket(tmp_path):
    """The real settings module, imported in a fresh interpreter with and without the bucket."""
    # Django is set up too: the storage is built while Wagtail's image models are defined.
    script = (
        "import json, django; from careers_site.settings import base; django.setup(); "
        "from django.core.files.storage import default_storage as used; "
        "storage = type(used._wrapped).__name__; "
        "print(json.dumps([base.STORAGES['default'], base.WAGTAILDOCS_SERVE_METHOD, storage]))"
    )

    def settings_with(extra):
        env = {
            "PATH": "/usr/bin:/bin",
            "DATABASE_URL": "sqlite://",
            "DJANGO_SETTINGS_MODULE": "careers_site.settings.base",
            **extra,
        }
        output = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout
        return json.loads(output.strip().splitlines()[-1])

    storage, method, used = settings_with({})
    assert storage["BACKEND"].endswith("FileSystemStorage") and method == "serve_view"
    assert used == "FileSystemStorage"
    storage, method, used = settings_with(
        {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9"}
    )
    assert storage["BACKEND"] == "core.s3_storage.MediaStorage" and method == "redirect"
    assert used == "MediaStorage"
    assert storage["OPTIONS"]["bucket_name"] == BUCKET
    assert storage["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9"


# --- Images ------------------------------------------------------------------------------


def test_images_and_renditions_live_in_the_bucket(s3_media, s3_endpoint, english_admin, client):
    for model in (Image, Image.get_rendition_model(), Document):
        assert isinstance(model._meta.get_field("file").storage, MediaStorage), model
    upload(english_admin, "wagtailimages:add", "Paillasse du labo.jpg", jpeg_bytes(), "Paillasse")
    image = Image.objects.get(title="Paillasse")
    assert isinstance(image.file.storage, MediaStorage)
    assert image.file.name == "original_images/paillasse-du-labo.jpg"
    assert image.file.name in bucket_keys(s3_media)
    assert (image.width, image.height) == (640, 480)

    # A rendition is made from the original in the bucket and written back to it.
    rendition = image.get_rendition("fill-200x100")
    assert rendition.file.name in bucket_keys(s3_media)
    assert rendition.url.startswith(f"{s3_endpoint}/{BUCKET}/images/")
    status, headers, body = http_get(rendition.url)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert PILImage.open(io.BytesIO(body)).size == (200, 100)

    # On a published page, the image block's <picture> points at renditions in the bucket.
    page = StandardPage(
        title="Our labs",
        slug="our-labs-s3",
        locale=locale("en"),
        body=[
            {
                "type": "image",
                "value": {"image": image.pk, "alt": "A lab bench", "caption": "The bench"},
            }
        ],
    )
    page_by_path("/home/working-at-inserm/").add_child(instance=page)
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    page_html = response.content.decode()
    assert 'alt="A lab bench"' in page_html
    urls = [
        html.unescape(url)
        for url in re.findall(r'(?:src|srcset)="([^" ]+)', page_html)
        if url.startswith(s3_endpoint)
    ]
    assert urls, "the picture's renditions are served from the bucket"
    assert "/media/" not in page_html and image.file.name not in page_html
    keys = bucket_keys(s3_media)
    rendered = {rendition.file.name for rendition in image.renditions.all()}
    assert len(rendered) >= 4  # fill-200x100 and the picture's formats and widths
    assert rendered <= keys
    for url in urls:
        query = parse_qs(urlsplit(url).query)
        assert "X-Amz-Signature" in query and query["X-Amz-Expires"] == ["3600"]
    status, headers, body = http_get(urls[0])
    assert status == 200 and headers["Content-Type"].startswith("image/")
    assert PILImage.open(io.BytesIO(body)).width > 0


def use_endpoint(settings, monkeypatch, endpoint):
    """Point the media storage at another S3 endpoint, as a server moving or stopping would."""
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", endpoint)
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environ.Env())}


def test_an_s3_outage_shows_images_as_missing_and_keeps_the_page_out_of_the_cache(
    s3_media, s3_endpoint, english_admin, settings, monkeypatch
):
    """S3 stopped (connection refused) or hung (never answers): a page whose image was never
    rendered is served quickly with the image missing, and is not cached; once S3 is back,
    the next visitor gets the image."""
    upload(english_admin, "wagtailimages:add", "Animalerie.jpg", jpeg_bytes(), "Animalerie")
    image = Image.objects.get(title="Animalerie")
    page = StandardPage(
        title="Our animal facility",
        slug="animal-facility-s3",
        locale=locale("en"),
        body=[{"type": "image", "value": {"image": image.pk, "alt": "Cages", "caption": ""}}],
    )
    page_by_path("/home/working-at-inserm/").add_child(instance=page)
    page.save_revision().publish()
    assert not image.renditions.exists()
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    visitor = Client()

    monkeypatch.setenv("AWS_S3_READ_TIMEOUT", "0.5")
    monkeypatch.setenv("AWS_S3_CONNECT_TIMEOUT", "0.5")
    with silent_server() as hung_port:
        for endpoint in (f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{hung_port}"):
            use_endpoint(settings, monkeypatch, endpoint)
            started = time.monotonic()
            response = visitor.get(page.url)
            elapsed = time.monotonic() - started
            assert response.status_code == 200, endpoint
            assert 'alt="Cages"' in response.content.decode()
            # A bound on purpose: two attempts of half a second each, not boto's default 60 s
            # timeouts with retries (minutes). 20 s is wide enough never to flake on a loaded
            # 2-core machine and still far below what boto's defaults would take.
            assert elapsed < 20, (endpoint, elapsed)
            assert "X-Page-Cache" not in response, "a page with a missing image is not stored"
            assert not image.renditions.exists()

    use_endpoint(settings, monkeypatch, s3_endpoint)
    response = visitor.get(page.url)
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    assert f"{s3_endpoint}/{BUCKET}/images/" in response.content.decode()
    assert image.renditions.exists()


def test_an_upload_while_s3_is_down_keeps_the_form_and_says_why(
    s3_media, s3_endpoint, english_admin, settings, monkeypatch
):
    """An editor uploading while S3 is stopped or hung gets the form back with a message on
    the file, and everything else typed still in it; the multiple uploader says the same for
    each file. Nothing is recorded that points to a file which was never stored."""
    monkeypatch.setenv("AWS_S3_READ_TIMEOUT", "0.5")
    monkeypatch.setenv("AWS_S3_CONNECT_TIMEOUT", "0.5")
    images, documents = Image.objects.count(), Document.objects.count()
    with silent_server() as hung_port:
        for endpoint in (f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{hung_port}"):
            use_endpoint(settings, monkeypatch, endpoint)
            for url_name, name, content in [
                ("wagtailimages:add", "Plateforme.jpg", jpeg_bytes()),
                ("wagtaildocs:add", "Guide d'accueil.pdf", text_pdf("Guide", "Bienvenue")),
            ]:
                started = time.monotonic()
                response = english_admin.post(
                    reverse(url_name),
                    {
                        "title": "Plateforme d’imagerie du site Bichat",
                        "file": SimpleUploadedFile(name, content),
                        "collection": Collection.get_first_root_node().pk,
                    },
                )
                # A bound on purpose (the 0.5 s timeouts, not boto's minutes), with a margin
                # no load on a 2-core machine reaches.
                assert time.monotonic() - started < 20, (endpoint, url_name)
                assert response.status_code == 200, (endpoint, url_name)
                form = response.context["form"]
                assert form.errors["file"] == [str(uploads.MESSAGES["storage"])]
                assert form.errors["file"][0] in html.unescape(response.content.decode())
                assert 'value="Plateforme d’imagerie du site Bichat"' in html.unescape(
                    response.content.decode()
                )

            for url_name in ("wagtailimages:add_multiple", "wagtaildocs:add_multiple"):
                content = jpeg_bytes() if "images" in url_name else text_pdf("A", "b")
                extension = "jpg" if "images" in url_name else "pdf"
                response = english_admin.post(
                    reverse(url_name),
                    {"files[]": SimpleUploadedFile(f"plan.{extension}", content)},
                )
                assert response.status_code == 200
                assert response.json() == {
                    "success": False,
                    "error_message": str(uploads.MESSAGES["storage"]),
                }
    assert (Image.objects.count(), Document.objects.count()) == (images, documents)
    assert not UploadedFile.objects.exists()

    use_endpoint(settings, monkeypatch, s3_endpoint)
    upload(english_admin, "wagtailimages:add", "Plateforme.jpg", jpeg_bytes(), "Plateforme")
    assert Image.objects.get(title="Plateforme").file.name in bucket_keys(s3_media)


def test_a_storage_that_answers_with_a_refusal_is_reachable(s3_media, s3_endpoint):
    """An S3 server that answers the probe with an error is up: credentials limited to objects
    (no ListBucket) get 403 on the bucket, here a missing bucket gets 404. The upload goes
    ahead, and the write itself reports any real problem."""
    assert MediaStorage(
        bucket_name="no-such-bucket",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        access_key=KEYS["AWS_ACCESS_KEY_ID"],
        secret_key=KEYS["AWS_SECRET_ACCESS_KEY"],
    ).is_reachable()
    assert default_storage.is_reachable()
    assert not MediaStorage(
        bucket_name=BUCKET, endpoint_url=f"http://127.0.0.1:{free_port()}", region_name=REGION
    ).is_reachable()


# --- Documents ---------------------------------------------------------------------------


def test_documents_are_stored_in_the_bucket_and_downloaded_through_wagtail(
    s3_media, s3_endpoint, english_admin, client
):
    pdf = text_pdf("Charte des CDD", "Les engagements de l’Inserm envers ses agents contractuels.")
    upload(english_admin, "wagtaildocs:add", "Charte des CDD.pdf", pdf, "Charte des CDD")
    # Built once: a zip records the time it was written, so two builds can differ.
    docx = docx_bytes()
    upload(english_admin, "wagtaildocs:add", "Contrat type.docx", docx, "Contrat type")
    charter = Document.objects.get(title="Charte des CDD")
    contract = Document.objects.get(title="Contrat type")
    assert isinstance(charter.file.storage, MediaStorage)
    assert {"documents/charte-des-cdd.pdf", "documents/contrat-type.docx"} <= bucket_keys(s3_media)

    # The site links to Wagtail's view, never to the storage.
    assert charter.url == f"/documents/{charter.pk}/charte-des-cdd.pdf"
    for document, content, content_type, disposition in [
        (charter, pdf, "application/pdf", "inline"),
        (
            contract,
            docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "attachment; filename=contrat-type.docx",
        ),
    ]:
        response = client.get(document.url)
        assert response.status_code == 302
        assert "no-store" in response["Cache-Control"]
        location = response["Location"]
        assert location.startswith(f"{s3_endpoint}/{BUCKET}/{document.file.name}?")
        query = parse_qs(urlsplit(location).query)
        assert "X-Amz-Signature" in query and query["X-Amz-Expires"] == ["3600"]
        status, headers, body = http_get(location)
        assert status == 200 and body == content
        # The signed URL makes the storage answer with the type and disposition we chose.
        assert headers["Content-Type"] == content_type
        assert headers["Content-Disposition"].startswith(disposition)


def test_two_uploads_with_the_same_name_keep_both_files(s3_media, english_admin):
    upload(english_admin, "wagtaildocs:add", "cv.pdf", text_pdf("A", "premier"), "CV 1")
    upload(english_admin, "wagtaildocs:add", "cv.pdf", text_pdf("B", "second"), "CV 2")
    first, second = (Document.objects.get(title=title) for title in ("CV 1", "CV 2"))
    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= bucket_keys(s3_media)
    assert first.file.read() != second.file.read()


def test_private_documents_on_s3_still_need_a_login(s3_media, english_admin):
    private = Collection.get_first_root_node().add_child(name="Dossiers RH")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    upload(
        english_admin,
        "wagtaildocs:add",
        "grille.pdf",
        text_pdf("Grille", "interne"),
        "Grille",
        collection=private,
    )
    document = Document.objects.get(title="Grille")
    anonymous = Client().get(document.url)
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"] and BUCKET not in anonymous["Location"]
    signed_in = english_admin.get(document.url)
    assert signed_in.status_code == 302 and BUCKET in signed_in["Location"]
    assert http_get(signed_in["Location"])[2] == text_pdf("Grille", "interne")
