from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from core.version import app_version

from .health import run_checks


@never_cache
def healthz(request):
    """Health of this instance for load balancers and monitoring, as JSON (no HTML, session or
    cookie; never cached). 503 only when the database fails; a failing cache or search engine
    gives 200 "degraded" (see careers_site/health.py for why)."""
    status, body = run_checks()
    body["version"] = app_version()
    return JsonResponse(body, status=status)
