"""The error pages show only what they say: no template comment or syntax leaks into them.

Django's `{# … #}` comment holds on one line only: spread over several, it is not a comment and
the page shows it as text (the 500 and 503 pages showed their own notes to visitors). Longer
comments use `{% comment %}`; the last test keeps every template of the project to that.
"""

from pathlib import Path

import pytest
from django.test import Client
from django.views.defaults import bad_request

from core.database_outage import unavailable_response

ROOT = Path(__file__).resolve().parent.parent
LEAKS = ("{#", "#}", "{%", "%}", "{{", "}}", "Rendered without context")


def assert_no_leak(html):
    for leak in LEAKS:
        assert leak not in html, leak


@pytest.mark.django_db
@pytest.mark.urls("tests.ops_urls")
def test_the_500_page_shows_no_template_syntax():
    response = Client(raise_request_exception=False).get("/ops-test/fail/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Une erreur est survenue" in html and "Something went wrong" in html
    assert_no_leak(html)


def test_the_503_page_shows_no_template_syntax():
    html = unavailable_response().content.decode()
    assert "Service momentanément indisponible" in html
    assert_no_leak(html)


def test_the_400_page_shows_no_template_syntax(rf):
    html = bad_request(rf.get("/"), ValueError()).content.decode()
    assert "Demande illisible" in html
    assert_no_leak(html)


def project_templates():
    for path in sorted(ROOT.glob("*/templates/**/*")):
        if path.is_file() and path.suffix in (".html", ".txt", ".xml"):
            yield path


def test_no_template_spreads_a_short_comment_over_lines():
    spread = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in project_templates()
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if "{#" in line and "#}" not in line.split("{#", 1)[1]
    ]
    assert len(list(project_templates())) > 50
    assert spread == []
