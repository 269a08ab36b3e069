"""The leave estimator's rule on its edge cases, and its form's answers to bad input."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

from guides import leave
from guides.leave import LeaveEstimateForm, estimate

TODAY = date(2026, 11, 21)
WORKING_FR = "/fr/travailler-a-l-inserm/"
WORKING_EN = "/en/working-at-inserm/"


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
    # What the page shows under the result comes back as given.
    result = estimate(80, date(2027, 3, 1), 32, 13)
    assert (result.rate, result.start, result.year) == (80, date(2027, 3, 1), 2027)


def form(**data):
    with translation.override("en"):
        bound = LeaveEstimateForm(data, today=TODAY)
        bound.full_clean()
        return bound


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),  # ISO, as the HTML date input sends it
        ("01/12/2026", date(2026, 12, 1)),  # dd/mm/yyyy on the English form too
        ("1/12/2026", date(2026, 12, 1)),
        (" 21/11/2026 ", date(2026, 11, 21)),  # today is accepted
        ("2027-01-01", date(2027, 1, 1)),  # next year
        ("21/05/2028", date(2028, 5, 21)),  # 18 months ahead, the last day accepted
    ],
)
def test_valid_input(start, expected):
    valid = form(rate="80", start=start)
    assert valid.is_valid(), valid.errors
    assert valid.cleaned_data == {"rate": 80, "start": expected}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"rate": "75", "start": "2026-09-01"}, "rate", "Choose a working time"),
        ({"rate": "0", "start": "2026-09-01"}, "rate", "Choose a working time"),
        ({"rate": "abc", "start": "2026-09-01"}, "rate", "Choose a working time"),
        ({"rate": "100", "start": "2025-12-31"}, "start", "Choose a date from"),
        ({"rate": "100", "start": "20/11/2026"}, "start", "Choose a date from"),
        ({"rate": "100", "start": "22/05/2028"}, "start", "Choose a date from"),
        ({"rate": "100", "start": "31/02/2026"}, "start", "Enter a date"),
        ({"rate": "100", "start": "12/31/2026"}, "start", "Enter a date"),  # mm/dd/yyyy
        ({"rate": "100", "start": "2026/12/01"}, "start", "Enter a date"),
        ({"rate": "100", "start": ""}, "start", "This field is required"),
    ],
)
def test_bad_input_is_explained_next_to_the_field(data, field, message):
    bound = form(**data)
    assert not bound.is_valid()
    with translation.override("en"):
        assert message in " ".join(str(error) for error in bound.errors[field])


def test_eighteen_months_later_across_two_new_years_and_short_months():
    """Mutants the mutation check left alive (docs/mutation.md): month arithmetic that only a
    start in July or August carries over two years."""
    assert leave.months_later(date(2026, 7, 31), 18) == date(2028, 1, 31)
    assert leave.months_later(date(2026, 8, 15), 18) == date(2028, 2, 15)
    assert leave.months_later(date(2026, 8, 31), 18) == date(2028, 2, 29)  # leap February
    assert leave.months_later(date(2026, 12, 31), 2) == date(2027, 2, 28)


def test_the_form_states_its_range_in_the_help_text_the_date_input_and_the_error():
    with translation.override("en"):
        bound = LeaveEstimateForm({"rate": "100", "start": "2028-02-01"}, today=date(2026, 7, 31))
        field = bound.fields["start"]
        assert field.help_text == "Format dd/mm/yyyy, from 31/07/2026 to 31/01/2028."
        assert field.widget.attrs["min"] == "2026-07-31"
        assert field.widget.attrs["max"] == "2028-01-31"
        assert not bound.is_valid()
        (message,) = bound.errors["start"]
        assert message.startswith("Choose a date from 31 July 2026 to 31 January 2028:")
        edges = [
            LeaveEstimateForm({"rate": "100", "start": day}, today=date(2026, 7, 31)).is_valid()
            for day in ("2026-07-30", "2026-07-31", "2028-01-31", "2028-02-01")
        ]
        assert edges == [False, True, True, False]


# The page itself, through the test client, with "today" frozen in December.
DECEMBER = date(2026, 12, 10)


@pytest.fixture
def december(monkeypatch):
    monkeypatch.setattr(leave, "local_today", lambda: DECEMBER)


def estimator(client, url, start, rate="100"):
    response = client.get(url, {"rate": rate, "start": start})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["01/03/2027", "2027-03-01"])
def test_in_december_a_start_next_march_is_computed_against_next_year(client, december, start):
    # 1 March to 31 December 2027: 306 of 365 days; 32 x 306/365 = 26.8 -> 27, 13 x ... -> 11.
    html = estimator(client, WORKING_EN, start)
    assert "errorlist" not in html
    assert 'value="2027-03-01"' in html  # as the HTML date input needs it
    assert "About <strong>27 days of annual leave</strong> and <strong>11 RTT days</strong>" in html
    assert "for the rest of 2027" in html
    assert "the share of 2027 left from 1 March 2027 (306 of 365 days)" in html
    # The figures used: the full-time year's leave and RTT days, and the working time.
    assert "the full-time year (32 days of leave, 13 RTT days)" in html
    assert "your working time (100 %)" in html

    html = estimator(client, WORKING_FR, start)
    assert "errorlist" not in html
    assert "pour le reste de 2027" in html
    assert "306 jours sur 365" in html
    assert "1er mars 2027" in html


@pytest.mark.django_db
def test_dates_are_read_day_first_on_the_english_page(client, monkeypatch):
    monkeypatch.setattr(leave, "local_today", lambda: date(2026, 6, 15))
    # 1 September to 31 December 2026: 122 of 365 days.
    for url in (WORKING_EN, WORKING_FR):
        html = estimator(client, url, "01/09/2026", rate="80")
        assert "errorlist" not in html
        assert "122" in html.split('class="estimate__rule"', 1)[1].split("</p>", 1)[0]
    assert "from 1 September 2026 (122 of 365 days)" in estimator(client, WORKING_EN, "01/09/2026")
    assert "à partir du 1er septembre 2026" in estimator(client, WORKING_FR, "01/09/2026")


@pytest.mark.django_db
def test_the_field_says_the_format_and_the_range(client, december):
    english = client.get(WORKING_EN).content.decode()
    assert "Format dd/mm/yyyy, from 10/12/2026 to 10/06/2028." in english
    assert "placeholder" not in english.split('id="id_start"', 1)[0].rsplit("<input", 1)[1]
    assert 'min="2026-12-10"' in english and 'max="2028-06-10"' in english
    french = client.get(WORKING_FR).content.decode()
    assert "Au format jj/mm/aaaa, du 10/12/2026 au 10/06/2028." in french
    assert "placeholder" not in french.split('id="id_start"', 1)[0].rsplit("<input", 1)[1]
    # What could not be read is given back as typed.
    assert 'value="31/02/2027"' in estimator(client, WORKING_FR, "31/02/2027")


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["09/12/2026", "2026-01-01", "11/06/2028", "2029-03-01"])
def test_dates_out_of_range_get_the_accepted_range_in_the_page_language(client, december, start):
    english = estimator(client, WORKING_EN, start)
    assert "Rule applied" not in english
    assert (
        "Choose a date from 10 December 2026 to 10 June 2028: the estimate covers "
        "arrivals from today up to 18 months ahead."
    ) in english
    french = estimator(client, WORKING_FR, start)
    assert "Règle appliquée" not in french
    assert "Choisissez une date du 10 décembre 2026 au 10 juin 2028" in french


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["10/12/2026", "10/06/2028"])
def test_the_range_includes_today_and_its_last_day(client, december, start):
    assert "Rule applied" in estimator(client, WORKING_EN, start)
