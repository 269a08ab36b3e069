"""Dates, numbers and lists written as each language writes them.

French writes the first day of a month as an ordinal, "1er septembre 2027", every other day
as a number, "2 septembre 2027": a format string cannot say that, so `long_date` adds the
"er" (as an escaped literal of the format) on the first day of a month in French.
"""

from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

register = template.Library()


def first_day_format(format_string, value):
    """`format_string` with "1er" for the first day of a month on French pages."""
    language = (get_language() or "").split("-")[0]
    if language == "fr" and getattr(value, "day", None) == 1 and "j" in format_string:
        index = format_string.index("j")
        if index == 0 or format_string[index - 1] != "\\":
            return format_string[: index + 1] + r"\e\r" + format_string[index + 1 :]
    return format_string


def long_date(value, format_name="DATE_FORMAT"):
    """A date (or a datetime, in the site's time zone) in the page's language."""
    if value in (None, ""):
        return ""
    if hasattr(value, "tzinfo") and timezone.is_aware(value):
        value = timezone.localtime(value)
    format_string = formats.get_format(format_name)
    return formats.date_format(value, first_day_format(format_string, value))


@register.filter(name="long_date")
def long_date_filter(value, format_name="DATE_FORMAT"):
    """{{ offer.start_date|long_date }}: "1er septembre 2027", "1 September 2027"."""
    return long_date(value, format_name)


@register.filter(name="grouped")
def grouped(value):
    """{{ count|grouped }}: a number with its thousands grouped as the page's language writes
    them: "8\u202f123" in French (a narrow no-break space), "8,123" in English."""
    return formats.number_format(value, force_grouping=True)
