"""A NUL character (0x00) in a request's address or cookies: a clear 400 page, or the cookie
ignored, never a 500.

PostgreSQL text cannot hold a NUL character: a query given a value with one fails (DataError),
where SQLite just finds nothing. The region picker (`/region/?region=%00`), or any page read
with a region or session cookie holding one, was a 500 on PostgreSQL. No real address, value or
cookie holds a NUL, so one check before every view covers them all, present and future:

- in the path or the query string (`%00` once decoded): 400, with the bilingual page
  400.html (rendered without context, like the 500 and 503 pages), which says the address
  cannot be read and links to both home pages. A GET address is all that was sent, so
  nothing is lost;
- in a cookie's name or value: that cookie is ignored for the request (a region cookie holding
  one is no choice, a session cookie holding one no session), and the page is served as if it
  were absent.

Form bodies are not checked here: Django's form fields already refuse a NUL character
(ProhibitNullCharactersValidator) with a message on the field.
"""

import logging

from django.views.defaults import bad_request

logger = logging.getLogger(__name__)

NUL = "\x00"


class NulCharacterError(ValueError):
    """What bad_request() is told: the request's address holds a NUL character."""


def address_has_nul(request):
    if NUL in request.path:
        return True
    return any(
        NUL in name or any(NUL in value for value in values) for name, values in request.GET.lists()
    )


def drop_cookies_with_nul(request):
    """Forget, for this request, the cookies whose name or value holds a NUL character."""
    for name in [name for name, value in request.COOKIES.items() if NUL in name or NUL in value]:
        del request.COOKIES[name]


class NulCharacterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if address_has_nul(request):
            logger.info("request refused: a NUL character in its address")
            response = bad_request(request, NulCharacterError())
            response["Cache-Control"] = "no-store"
            return response
        drop_cookies_with_nul(request)
        return self.get_response(request)
