"""Documents served with safe headers: Wagtail's serve view, wrapped (careers_site/urls.py).

Wagtail's own view still decides everything about access: the document and its file name,
collection privacy (login or password) and the before_serve_document hooks. Only once it has
decided to hand the file out (it then sends the `document_served` signal) does this wrapper
harden the response:

- streamed from Django (local files): `X-Content-Type-Options: nosniff`, a Content Security
  Policy that allows nothing, `Cross-Origin-Resource-Policy: same-origin` (other sites cannot
  embed our files), and `Content-Disposition: attachment` for every type except those of
  WAGTAILDOCS_INLINE_CONTENT_TYPES (PDF only: visitors read the charter and the action plan in
  the browser's own viewer, which runs no script of ours and cannot reach the site's cookies).
  Attachments also get `sandbox`; inline PDFs do not, because every browser's PDF viewer
  refuses to run in a sandboxed document (Chromium issue 41131921), and they keep Wagtail's
  `default-src 'none'`.
- redirected to S3 (WAGTAILDOCS_SERVE_METHOD = "redirect"): S3 cannot add arbitrary headers,
  so the signed URL asks the storage for the document's Content-Type and Content-Disposition
  (`response-content-type`, `response-content-disposition`); the file then comes from the
  storage's origin, which holds no cookie of this site. The redirect itself is never cached:
  its URL is signed and expires.
"""

from django.dispatch import receiver
from django.utils.cache import patch_cache_control
from storages.backends.s3 import S3Storage
from wagtail.documents.models import document_served
from wagtail.documents.views.serve import serve as wagtail_serve

_SERVED = "_careers_served_document"

ATTACHMENT_CSP = "default-src 'none'; sandbox"
INLINE_CSP = "default-src 'none'"


@receiver(document_served, dispatch_uid="careers_remember_served_document")
def _remember_served_document(sender, instance, request, **kwargs):
    setattr(request, _SERVED, instance)


def serve_document(request, document_id, document_filename):
    response = wagtail_serve(request, document_id, document_filename)
    document = getattr(request, _SERVED, None)
    if document is None:
        # Not served: a 404, the password form, a redirect to the login page.
        return response
    if response.status_code in (301, 302):
        return _signed_redirect(response, document)
    return safe_headers(response, document)


def safe_headers(response, document):
    disposition = document.content_disposition
    inline = disposition == "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Content-Security-Policy"] = INLINE_CSP if inline else ATTACHMENT_CSP
    if not inline:
        response["Content-Disposition"] = disposition
    return response


def _signed_redirect(response, document):
    storage = document.file.storage
    if isinstance(storage, S3Storage):
        response["Location"] = storage.url(
            document.file.name,
            parameters={
                "ResponseContentType": document.content_type,
                "ResponseContentDisposition": document.content_disposition,
            },
        )
    patch_cache_control(response, private=True, no_store=True)
    response["X-Content-Type-Options"] = "nosniff"
    return response
