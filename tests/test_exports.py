"""Spreadsheet exports: whatever a visitor or an editor typed reaches HR's spreadsheet as text,
never as a formula (OWASP "CSV injection"), in every CSV and XLSX export of the admin."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.log_actions import log
from wagtail.models import Page

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("https://evil.example","Open")'
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


def test_cells_that_a_spreadsheet_would_run_are_quoted():
    from core.spreadsheets import safe_cell

    for text in ("=1+1", "+33 1 23 45 67 89", "-1", "@SUM(1)", "\t=1", "\r=1"):
        assert safe_cell(text) == "'" + text
    for value in ("Paris", "", "a=b", " =1", "'=1", 42, -1, None):
        assert safe_cell(value) == value


@pytest.fixture
def hostile_texts():
    """A search typed by a visitor, a page title, a history entry and a redirect target."""
    admin = get_user_model().objects.get(username="admin")
    Query.get("@sum(1+1)").add_hit()
    page = Page.objects.filter(depth__gt=2, live=True).order_by("pk").first()
    Page.objects.filter(pk=page.pk).update(
        title=FORMULA, draft_title=FORMULA, locked=True, locked_by=admin
    )
    page.refresh_from_db()
    log(instance=page, action="wagtail.lock", user=admin)
    Redirect.objects.create(old_path="/ancienne-page", redirect_link=FORMULA)
    return page


def cells_of(response, export):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export == "csv":
        return [cell for row in csv.reader(io.StringIO(content.decode("utf-8"))) for cell in row]
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "url, hostile",
    [
        ("/admin/searchpicks/reports/search-terms/", "@sum(1+1)"),
        ("/admin/reports/locked/", FORMULA),
        ("/admin/reports/aging-pages/", FORMULA),
        ("/admin/reports/site-history/", FORMULA),
        ("/admin/redirects/", FORMULA),
    ],
)
def test_every_admin_export_runs_no_formula(english_admin, hostile_texts, url, hostile, export):
    response = english_admin.get(url, {"export": export})
    assert response.status_code == 200
    cells = [cell for cell in cells_of(response, export) if isinstance(cell, str)]
    assert "'" + hostile in cells
    assert not [cell for cell in cells if cell.startswith(DANGEROUS_FIRST)]
