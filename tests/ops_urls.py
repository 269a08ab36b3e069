"""The site's URLs plus a view that fails, for the logging and error-reporting tests."""

from django.urls import path

from careers_site.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    # The message holds an address, as a careless error message could.
    raise ValueError("could not build the digest for someone@example.org")


urlpatterns = [path("ops-test/fail/", failing_view), *site_urlpatterns]
