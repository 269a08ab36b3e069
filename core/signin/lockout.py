"""django-axes' hooks: where a sign-in comes from, whose it is, and the page once locked out."""

import math

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

# AccessAttempt.username is a 255-character column.
USERNAME_MAX_LENGTH = 255


def attempted_username(request, credentials):
    """The username an attempt is counted under: case-folded, so that "Admin" and "ADMIN" (which
    never sign in, usernames being case-sensitive) count toward the same lock as "admin" instead
    of each giving an attacker five more tries."""
    field = get_user_model().USERNAME_FIELD
    username = (credentials or {}).get(field) or request.POST.get(field) or ""
    return str(username).strip().casefold()[:USERNAME_MAX_LENGTH]


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the sign-in page once locked out: 429, in the visitor's
    language, with the wait, a Retry-After header and the password-reset link."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    response = render(
        request,
        "axes/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    if cool_off:
        response["Retry-After"] = str(math.ceil(cool_off.total_seconds()))
    add_never_cache_headers(response)
    return response
