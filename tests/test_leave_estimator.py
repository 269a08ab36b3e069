"""The leave estimator's rule on its edge cases, and its form's answers to bad input."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

from guides.leave import LeaveEstimateForm, estimate

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("rate", "start", "leave", "rtt"),
    [
        (100, date(2026, 1, 1), "32", "13"),  # full time, whole year
        (50, date(2026, 1, 1), "16", "6.5"),  # 6.5 exactly
        (80, date(2026, 1, 1), "26", "10.5"),  # 25.6 and 10.4, rounded up
        (100, date(2026, 7, 1), "16.5", "7"),  # 184 of 365 days: 16.13 -> 16.5, 6.55 -> 7
        (100, date(2026, 12, 31), "0.5", "0.5"),  # one day: never less than half a day
        (50, date(2026, 12, 31), "0.5", "0.5"),
        (100, date(2028, 3, 1), "27", "11"),  # leap year: 306 of 366 days
    ],
)
def test_pro_rata_rounded_up_to_half_days(rate, start, leave, rtt):
    result = estimate(rate, start, 32, 13)
    assert (result.annual_leave_days, result.rtt_days) == (Decimal(leave), Decimal(rtt))


def test_the_rule_counts_the_start_day():
    result = estimate(100, date(2026, 12, 31), 32, 13)
    assert (result.days_left, result.days_in_year) == (1, 365)


def form(**data):
    with translation.override("en"):
        bound = LeaveEstimateForm(data, today=TODAY)
        bound.full_clean()
        return bound


def test_valid_input():
    valid = form(rate="80", start="2026-09-01")
    assert valid.is_valid()
    assert valid.cleaned_data == {"rate": 80, "start": date(2026, 9, 1)}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"rate": "75", "start": "2026-09-01"}, "rate", "Choose a working time"),
        ({"rate": "0", "start": "2026-09-01"}, "rate", "Choose a working time"),
        ({"rate": "abc", "start": "2026-09-01"}, "rate", "Choose a working time"),
        ({"rate": "100", "start": "2025-12-31"}, "start", "Choose a date in 2026"),
        ({"rate": "100", "start": "2027-01-01"}, "start", "Choose a date in 2026"),
        ({"rate": "100", "start": "31/02/2026"}, "start", "Enter a date"),
        ({"rate": "100", "start": ""}, "start", "This field is required"),
    ],
)
def test_bad_input_is_explained_next_to_the_field(data, field, message):
    bound = form(**data)
    assert not bound.is_valid()
    with translation.override("en"):
        assert message in " ".join(str(error) for error in bound.errors[field])
