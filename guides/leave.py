"""The leave estimator: a newcomer's annual leave for a part-time rate and a start date.

The rule, shown under the result: a full-time year's entitlement (annual leave and RTT days)
multiplied by the working-time rate and by the share of the calendar year left from the start
date (the start day included), rounded up to the next half day, as French public-service HR
rounds leave in the employee's favour.
"""

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RATES = [100, 90, 80, 70, 60, 50]


class LeaveEstimateForm(forms.Form):
    rate = forms.TypedChoiceField(
        label=_("Working time"),
        choices=[(rate, f"{rate} %") for rate in RATES],
        coerce=int,
        initial=100,
        error_messages={"invalid_choice": _("Choose a working time among those offered.")},
    )
    start = forms.DateField(
        label=_("Start date"),
        help_text=_("Your first day, this year (e.g. 2026-09-01)."),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date, e.g. 2026-09-01.")},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.year = (today or timezone.localdate()).year

    def clean_start(self):
        start = self.cleaned_data["start"]
        if start.year != self.year:
            raise forms.ValidationError(
                _("Choose a date in %(year)s: the estimate is for this year’s leave.")
                % {"year": self.year}
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
