"""`import_offers`: CSV / JSON files → French offers and their English translations.

The demo site is loaded once per session (conftest.py); each test runs in a transaction
rolled back afterwards, and uses references starting with TEST-IMP- that no demo offer has.
"""

import csv
import json
from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page

from offers.importing import COLUMNS, DeadlineField
from offers.models import OfferPage
from offers.writing import OfferTargets
from tests.helpers import locale

PARIS = ZoneInfo("Europe/Paris")
PREFIX = "TEST-IMP-"


@pytest.fixture
def slugs(db):
    """Two research fields and a region of the demo taxonomy, whatever its vocabulary."""
    targets = OfferTargets()
    fields = sorted(targets.fields)
    return {"region": sorted(targets.regions)[0], "fields": fields[:2]}


def offer_row(slugs, number, **values):
    """A valid bilingual postdoc row; `values` override or blank columns."""
    row = {
        "reference": f"{PREFIX}{number}",
        "kind": "postdoc",
        "category": "researcher",
        "profile": "R2",
        "research_fields": ";".join(slugs["fields"]),
        "laboratory_fr": "Institut de la Vision (UMR-S 968)",
        "laboratory_en": "Vision Institute (UMR-S 968)",
        "city": "Paris",
        "region": slugs["region"],
        "works_in_french": "oui",
        "works_in_english": "yes",
        "remote_work": "",
        "duration_months": "24",
        "start_date": "2030-01-05",
        "salary_min": "3000",
        "salary_max": "3500",
        "salary_details_fr": "Selon expérience",
        "salary_details_en": "According to experience",
        "deadline": "2030-05-31",
        "apply_url": "https://example.org/apply",
        "apply_email": "",
        "contact_name": "Claire Martin",
        "contact_email": "claire.martin@example.org",
        "hr_excellence": "1",
        "title_fr": f"Post-doctorat en imagerie rétinienne {number}",
        "title_en": f"Postdoc in retinal imaging {number}",
        "summary_fr": "Deux ans sur l'imagerie de la rétine.",
        "summary_en": "Two years on retinal imaging.",
        "description_fr": "Le projet.\n\n- Imagerie\n- Analyse",
        "description_en": "The project.\n\n- Imaging\n- Analysis",
        "candidate_profile_fr": "Doctorat en neurosciences.",
        "candidate_profile_en": "PhD in neuroscience.",
        "application_details_fr": "CV et lettre.",
        "application_details_en": "CV and letter.",
    }
    row.update(values)
    return row


def write_csv(path, rows, columns=None, encoding="utf-8"):
    columns = columns or list(dict.fromkeys(name for row in rows for name in row))
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_offers", str(path), *args, verbosity=0, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def rejected(path, *args):
    """Run an import that must fail: (CommandError message, stderr)."""
    err = StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_offers", str(path), *args, verbosity=0, stdout=StringIO(), stderr=err)
    return str(caught.value), err.getvalue()


def french(reference):
    return OfferPage.objects.get(locale=locale("fr"), reference=reference)


def field_slugs(page):
    # Sorted: writing.save_offer leaves sort_order empty, so the stored order is not kept.
    return sorted(link.research_field.slug for link in page.research_fields.all())


def imported_count():
    return OfferPage.objects.filter(reference__startswith=PREFIX).count()


# --- Importing ---------------------------------------------------------------------------


def test_csv_import_creates_the_french_page_and_its_english_translation(slugs, tmp_path):
    path = write_csv(tmp_path / "offers.csv", [offer_row(slugs, 1)], encoding="utf-8-sig")

    out, err = run(path)

    assert "1 created, 0 updated" in out
    assert err == ""
    page = french(f"{PREFIX}1")
    assert page.live
    assert page.title == "Post-doctorat en imagerie rétinienne 1"
    assert (page.kind, page.category, page.profile) == ("postdoc", "researcher", "R2")
    assert page.laboratory == "Institut de la Vision (UMR-S 968)"
    assert page.region.slug == slugs["region"] and page.region.locale == locale("fr")
    assert field_slugs(page) == slugs["fields"]
    assert (page.works_in_french, page.works_in_english, page.remote_work) == (True, True, False)
    assert page.hr_excellence is True
    assert (page.duration_months, page.salary_min, page.salary_max) == (24, 3000, 3500)
    assert page.deadline == datetime(2030, 5, 31, 23, 59, tzinfo=PARIS)
    assert page.description == "<p>Le projet.</p><ul><li>Imagerie</li><li>Analyse</li></ul>"
    assert page.search_description == "Deux ans sur l'imagerie de la rétine."

    english = OfferPage.objects.get(locale=locale("en"), reference=f"{PREFIX}1")
    assert english.live and english.alias_of_id is None
    assert english.translation_key == page.translation_key
    assert english.title == "Postdoc in retinal imaging 1"
    assert english.description == "<p>The project.</p><ul><li>Imaging</li><li>Analysis</li></ul>"
    assert english.laboratory == "Vision Institute (UMR-S 968)"
    assert english.deadline == page.deadline and english.region_id == page.region_id


def test_a_french_only_row_creates_no_english_translation(slugs, tmp_path):
    row = offer_row(slugs, 2, kind="internship", profile="", works_in_english="")
    for name in COLUMNS:
        if name.endswith("_en"):
            row[name] = ""
    path = write_csv(tmp_path / "offers.csv", [row])

    out, _err = run(path)

    assert "1 created" in out
    page = french(f"{PREFIX}2")
    assert page.live and page.kind == "internship" and page.works_in_english is False
    # The synchronised English tree may show the French page as an alias; no translation.
    assert not OfferPage.objects.filter(
        locale=locale("en"), translation_key=page.translation_key, alias_of__isnull=True
    ).exists()


def test_reimporting_updates_by_reference_and_never_duplicates(slugs, tmp_path):
    path = tmp_path / "offers.csv"
    write_csv(path, [offer_row(slugs, 3), offer_row(slugs, 4)])
    run(path)

    write_csv(
        path,
        [offer_row(slugs, 3, title_fr="Nouveau titre", title_en="New title"), offer_row(slugs, 4)],
    )
    out, _err = run(path)

    assert "0 created, 2 updated" in out
    assert OfferPage.objects.filter(reference=f"{PREFIX}3").count() == 2  # FR + EN
    assert imported_count() == 4
    assert french(f"{PREFIX}3").title == "Nouveau titre"
    english = OfferPage.objects.get(locale=locale("en"), reference=f"{PREFIX}3")
    assert english.title == "New title"


def test_json_import_reads_native_values_and_both_layouts(slugs, tmp_path):
    offer = offer_row(
        slugs,
        5,
        research_fields=slugs["fields"],
        works_in_english=False,
        remote_work=True,
        duration_months=12,
        salary_min=None,
        salary_max=None,
        deadline="2030-06-15T12:00:00+02:00",
    )
    path = tmp_path / "offers.json"
    path.write_text(json.dumps({"offers": [offer]}), encoding="utf-8")

    out, _err = run(path)

    assert "1 created" in out
    page = french(f"{PREFIX}5")
    assert (page.works_in_english, page.remote_work, page.duration_months) == (False, True, 12)
    assert page.salary_min is None
    assert page.deadline == datetime(2030, 6, 15, 10, 0, tzinfo=ZoneInfo("UTC"))
    assert field_slugs(page) == slugs["fields"]

    path.write_text(json.dumps([offer]), encoding="utf-8")  # a bare list works too
    assert "0 created, 1 updated" in run(path)[0]


def test_semicolon_separated_csv_from_a_french_spreadsheet(slugs, tmp_path):
    path = tmp_path / "offers.csv"
    rows = [offer_row(slugs, 27, kind="Postdoc", profile="r2")]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)

    assert "1 created" in run(path)[0]
    page = french(f"{PREFIX}27")
    assert (page.kind, page.profile) == ("postdoc", "R2")
    assert len(page.research_fields.all()) == 2


def test_format_option_overrides_the_extension(slugs, tmp_path):
    path = write_csv(tmp_path / "export.txt", [offer_row(slugs, 6)])
    assert "1 created" in run(path, "--format", "csv")[0]


def test_dry_run_validates_and_imports_nothing(slugs, tmp_path):
    path = write_csv(tmp_path / "offers.csv", [offer_row(slugs, 7)])

    out, _err = run(path, "--dry-run")

    assert "1 would be created" in out and "nothing was imported" in out
    assert imported_count() == 0


def test_past_deadline_is_imported_closed_with_a_warning(slugs, tmp_path):
    path = write_csv(tmp_path / "offers.csv", [offer_row(slugs, 8, deadline="2020-01-31 12:00")])

    out, err = run(path)

    assert "1 created" in out
    assert "line 2: deadline: 2020-01-31 12:00 (Paris time) has passed" in err
    page = french(f"{PREFIX}8")
    assert page.deadline == datetime(2020, 1, 31, 12, 0, tzinfo=PARIS)
    assert not page.is_open


def test_a_failure_while_saving_rolls_everything_back(slugs, tmp_path, monkeypatch):
    from offers.management.commands import import_offers

    real_save = import_offers.save_offer
    calls = []

    def failing_save(spec, targets):
        calls.append(spec["reference"])
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_save(spec, targets)

    monkeypatch.setattr(import_offers, "save_offer", failing_save)
    path = write_csv(tmp_path / "offers.csv", [offer_row(slugs, 9), offer_row(slugs, 10)])

    message, _err = rejected(path)

    assert message.startswith("line 3: the import failed") and "nothing was imported" in message
    assert imported_count() == 0


def test_a_french_only_update_keeps_the_english_facts_in_sync(slugs, tmp_path):
    path = write_csv(tmp_path / "offers.csv", [offer_row(slugs, 30)])
    run(path)
    row = offer_row(slugs, 30, deadline="2030-09-30")
    for name in COLUMNS:
        if name.endswith("_en"):
            row[name] = ""
    write_csv(path, [row])

    run(path)

    english = OfferPage.objects.get(locale=locale("en"), reference=f"{PREFIX}30")
    assert english.title == "Postdoc in retinal imaging 30"  # its texts stay
    assert english.deadline == datetime(2030, 9, 30, 23, 59, tzinfo=PARIS)


# --- Rejected files and rows -------------------------------------------------------------


def test_one_bad_row_among_good_ones_imports_nothing(slugs, tmp_path):
    before = OfferPage.objects.count()
    rows = [offer_row(slugs, 11), offer_row(slugs, 12, kind="permanent"), offer_row(slugs, 13)]
    path = write_csv(tmp_path / "offers.csv", rows)

    message, err = rejected(path)

    assert message == "1 of 3 rows rejected; nothing was imported."
    assert "line 3: kind: 'permanent' is not a valid code; use one of: " in err
    assert OfferPage.objects.count() == before


def test_every_error_of_every_row_is_reported(slugs, tmp_path):
    rows = [
        offer_row(slugs, 14, start_date="01/09/2030", deadline="31/05/2030"),
        offer_row(slugs, 15, region="atlantis", research_fields="alchemy"),
        offer_row(slugs, 16, salary_min="4000", salary_max="3000", works_in_french="maybe"),
        offer_row(slugs, 17, apply_url="", apply_email="not-an-address", title_en=""),
    ]
    path = write_csv(tmp_path / "offers.csv", rows)

    message, err = rejected(path)

    assert message == "4 of 4 rows rejected; nothing was imported."
    lines = err.splitlines()
    assert "line 2: start_date: Enter a date as YYYY-MM-DD, e.g. 2026-09-01." in lines
    assert any(line.startswith("line 2: deadline: Enter a date and time") for line in lines)
    assert any(line.startswith("line 3: region: unknown region 'atlantis'") for line in lines)
    assert any(line.startswith("line 3: research_fields: unknown research") for line in lines)
    assert "line 4: works_in_french: Enter true or false" in err
    assert "line 4: salary_max: The maximum salary is below the minimum." in lines
    assert any(line.startswith("line 5: apply_email: Enter a valid email") for line in lines)
    assert any(line.startswith("line 5: title_en: required when any English") for line in lines)
    assert imported_count() == 0


def test_json_errors_name_the_item(slugs, tmp_path):
    items = [offer_row(slugs, 28), offer_row(slugs, 29, kind="permanent", city=["Paris"]), "x"]
    path = tmp_path / "offers.json"
    path.write_text(json.dumps(items), encoding="utf-8")

    message, err = rejected(path)

    assert message == "2 of 3 rows rejected; nothing was imported."
    assert "item 2: kind: 'permanent' is not a valid code" in err
    assert "item 2: city: expected text, a number or true/false" in err
    assert "item 3: (item): must be a JSON object." in err


def test_duplicate_references_name_the_earlier_line(slugs, tmp_path):
    rows = [
        offer_row(slugs, 18),
        offer_row(slugs, 19),
        offer_row(slugs, 18),
        offer_row(slugs, 19, reference=f"{PREFIX.lower()}19"),  # the same page slug
    ]
    path = write_csv(tmp_path / "offers.csv", rows)

    message, err = rejected(path)

    assert message == "2 of 4 rows rejected; nothing was imported."
    assert f"line 4: reference: '{PREFIX}18' is already used on line 2" in err
    assert f"line 5: reference: '{PREFIX.lower()}19' is already used on line 3" in err


def test_a_competition_needs_its_calendar(slugs, tmp_path):
    competition = {"kind": "competition-cr", "profile": "R3", "duration_months": ""}
    rows = [
        offer_row(slugs, 20, **competition),
        offer_row(
            slugs,
            21,
            **competition,
            registration_opens="2030-01-05",
            auditions_start="2030-07-01",
            auditions_end="2030-06-20",
            results_date="2030-07-15",
        ),
        offer_row(
            slugs,
            22,
            **competition,
            registration_opens="2030-01-05",
            auditions_start="2030-06-10",
            auditions_end="2030-06-20",
            results_date="2030-07-15",
        ),
    ]
    path = write_csv(tmp_path / "offers.csv", rows)

    message, err = rejected(path)

    assert message == "2 of 3 rows rejected; nothing was imported."
    assert "line 2: auditions_start: Competitions show their calendar" in err
    assert "line 2: results_date: Competitions show their calendar" in err
    assert "line 3: auditions_end: The competition dates must follow each other" in err
    assert "line 4:" not in err


def test_a_file_that_is_not_utf8_is_rejected_with_its_line(slugs, tmp_path):
    path = write_csv(
        tmp_path / "offers.csv",
        [offer_row(slugs, 23, title_en="", summary_en="", description_en=""), offer_row(slugs, 24)],
        encoding="latin-1",
        columns=[name for name in COLUMNS if not name.endswith("_en")],
    )

    message, _err = rejected(path)

    assert message.startswith("line 2")
    assert 'not valid UTF-8 text. Save it from your spreadsheet as "CSV UTF-8"' in message
    assert imported_count() == 0


def test_missing_columns_are_listed_and_unknown_ones_ignored(slugs, tmp_path):
    row = offer_row(slugs, 25, colour="blue")
    columns = [name for name in row if name not in ("kind", "city", "apply_url", "apply_email")]
    path = write_csv(tmp_path / "offers.csv", [row], columns=columns)

    message, _err = rejected(path)

    assert message == (
        "Missing required columns: kind, city, apply_url or apply_email. Nothing was imported."
    )

    path = write_csv(tmp_path / "offers.csv", [row], columns=[*row])
    _out, err = run(path)
    assert "line 1: unknown columns ignored: colour." in err


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.csv", None, "File not found: "),
        ("offers.xlsx", b"PK", "Unsupported file type '.xlsx'"),
        ("offers.csv", b"\xef\xbb\xbf\r\n", "The file is empty"),
        ("offers.csv", ",".join(COLUMNS).encode(), "The file has a header but no offers."),
        ("offers.json", b'[{"reference": "A",\n "kind" "postdoc"}]', "JSON syntax error on line 2"),
        ("offers.json", b'{"items": []}', "must hold a list of offers"),
    ],
)
def test_unusable_files_get_a_clear_error(db, tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)

    message, _err = rejected(path)

    assert expected in message


def test_no_offers_index_page(slugs, tmp_path):
    path = write_csv(tmp_path / "offers.csv", [offer_row(slugs, 26)])
    # Deleting the index and its 400 offers takes seconds: move it to another locale instead.
    german = Locale.objects.create(language_code="de")
    Page.objects.filter(pk=OfferTargets().index.pk).update(locale=german)
    message, _err = rejected(path)
    assert "Run load_demo_content first." in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2030-05-31", datetime(2030, 5, 31, 23, 59, tzinfo=PARIS)),
        ("2030-05-31 12:30", datetime(2030, 5, 31, 12, 30, tzinfo=PARIS)),
        ("2030-12-01T08:00", datetime(2030, 12, 1, 8, 0, tzinfo=PARIS)),
        ("2030-05-31T12:30:00+00:00", datetime(2030, 5, 31, 14, 30, tzinfo=PARIS)),
        ("2030-05-31T12:30Z", datetime(2030, 5, 31, 14, 30, tzinfo=PARIS)),
    ],
)
def test_deadline_formats(text, expected):
    assert DeadlineField().clean(text) == expected


def test_sample_files_are_valid(db, slugs):
    from pathlib import Path

    from offers.importing import load_offers

    samples = Path(__file__).resolve().parent.parent / "offers" / "samples"
    for name in ("offers.csv", "offers.json"):
        report = load_offers(samples / name, OfferTargets())
        assert report.errors == [], name
        assert len(report.specs) >= 2
