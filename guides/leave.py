"""The leave estimator: a newcomer's annual leave for a part-time rate and a start date.

The rule, shown under the result: a full-time year's entitlement (annual leave and RTT days)
multiplied by the working-time rate and by the share of the start date's calendar year left
from the start date (the start day included), rounded up to the next half day, as French
public-service HR rounds leave in the employee's favour.

Start dates from today to 18 months ahead are accepted; one in a later year is computed
against that year. Dates are read day first (dd/mm/yyyy) in both languages, or as ISO
yyyy-mm-dd, which is what the HTML date input sends.
"""

import calendar
import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.templatetags.language_tags import long_date

RATES = [100, 90, 80, 70, 60, 50]
MONTHS_AHEAD = 18
# Day first in both languages (Django's English formats would read 01/09/2026 as 9 January).
INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
SHOWN_FORMAT = "%d/%m/%Y"


def local_today():
    """Today in Paris, the estimator's first accepted start date."""
    return timezone.localdate()


def months_later(day, months):
    """The same day `months` later, or that month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DayFirstDateField(forms.DateField):
    """A date field that shows a date it could read back in ISO, as the HTML date input
    needs (it shows nothing for 01/03/2027); what it could not read is shown as typed."""

    def prepare_value(self, value):
        if isinstance(value, str):
            try:
                return self.to_python(value)
            except forms.ValidationError:
                return value
        return value


class LeaveEstimateForm(forms.Form):
    rate = forms.TypedChoiceField(
        label=_("Working time"),
        choices=[(rate, f"{rate} %") for rate in RATES],
        coerce=int,
        initial=100,
        error_messages={"invalid_choice": _("Choose a working time among those offered.")},
    )
    start = DayFirstDateField(
        label=_("Start date"),
        input_formats=INPUT_FORMATS,
        # The HTML date input shows the date in the browser's language and sends it as ISO;
        # browsers that show a plain text box have the format in the help text (a placeholder
        # is not allowed on a date input).
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date as dd/mm/yyyy (or yyyy-mm-dd).")},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = today or local_today()
        self.last = months_later(self.first, MONTHS_AHEAD)
        field = self.fields["start"]
        field.help_text = gettext("Format dd/mm/yyyy, from %(first)s to %(last)s.") % {
            "first": self.first.strftime(SHOWN_FORMAT),
            "last": self.last.strftime(SHOWN_FORMAT),
        }
        field.widget.attrs.update(min=self.first.isoformat(), max=self.last.isoformat())

    def clean_start(self):
        start = self.cleaned_data["start"]
        if not self.first <= start <= self.last:
            raise forms.ValidationError(
                gettext(
                    "Choose a date from %(first)s to %(last)s: the estimate covers arrivals "
                    "from today up to 18 months ahead."
                )
                % {
                    "first": long_date(self.first),
                    "last": long_date(self.last),
                }
            )
        return start


@dataclass
class LeaveEstimate:
    rate: int
    start: date
    annual_leave_days: Decimal
    rtt_days: Decimal
    days_left: int
    days_in_year: int

    @property
    def year(self):
        """The calendar year the estimate is computed against: the start date's."""
        return self.start.year


def estimate(rate, start, annual_leave_days, rtt_days):
    """Pro-rata annual leave and RTT days for `rate` % working time from `start` to 31 December."""
    year_start, year_end = date(start.year, 1, 1), date(start.year, 12, 31)
    days_in_year = (year_end - year_start).days + 1
    days_left = (year_end - start).days + 1
    share = Decimal(rate) / 100 * Decimal(days_left) / Decimal(days_in_year)
    return LeaveEstimate(
        rate=rate,
        start=start,
        annual_leave_days=round_up_to_half(annual_leave_days * share),
        rtt_days=round_up_to_half(rtt_days * share),
        days_left=days_left,
        days_in_year=days_in_year,
    )


def round_up_to_half(days):
    return Decimal(math.ceil(days * 2)) / 2
