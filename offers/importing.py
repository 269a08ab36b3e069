"""Read offer import files (CSV or JSON) and validate them into offer specs.

The schema is the offer spec of `offers.writing` (see the README, "Importing offers"):
one row or object per offer, plain-text fields, codes for the choices and slugs for the
region and research fields. Every rule lives in `OfferImportForm` (types, choices, lengths,
slugs) and `offer_rule_errors()` (the cross-field rules the editor's form applies too).

Nothing here writes to the database: `import_offers` validates the whole file with
`load_offers()`, then saves the specs in one transaction.
"""

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from .choices import Category, Kind, Profile
from .models import offer_rule_errors
from .schema import SPEC_KEYS

PARIS = ZoneInfo("Europe/Paris")
FORMATS = ("csv", "json")

# Every column of the schema, in the documented order (the keys of an offer spec).
COLUMNS = SPEC_KEYS
REQUIRED_COLUMNS = (
    "reference",
    "kind",
    "category",
    "research_fields",
    "laboratory_fr",
    "city",
    "region",
    "deadline",
    "title_fr",
    "description_fr",
)
# An offer needs one of these two (a rule of offer_rule_errors), so a file needs the column.
APPLY_COLUMNS = ("apply_url", "apply_email")
ENGLISH_TEXT_COLUMNS = tuple(name for name in COLUMNS if name.endswith("_en"))
# Plain-text columns turned into paragraphs and bullets: HTML there would show as text.
PLAIN_TEXT_COLUMNS = tuple(
    f"{key}_{language}"
    for key in ("summary", "description", "candidate_profile", "application_details")
    for language in ("fr", "en")
)
HTML_TAG = re.compile(r"</?(p|br|ul|ol|li|strong|em|b|i|a|div|span|h[1-6])\b[^>]*>", re.I)
RESEARCH_FIELD_SEPARATOR = ";"


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing in it can be imported."""


@dataclass
class Row:
    location: str  # "line 3" (CSV, as a spreadsheet numbers it) or "item 2" (JSON)
    data: dict
    problem: tuple | None = None  # (column, message) when the row cannot even be read


@dataclass
class ImportReport:
    rows: int = 0
    specs: list = field(default_factory=list)  # [(location, spec)], valid rows only
    errors: list = field(default_factory=list)  # "line 3: kind: …"
    warnings: list = field(default_factory=list)
    rejected: int = 0

    @property
    def ok(self):
        return not self.errors


# --- Reading files ----------------------------------------------------------------------


def detect_format(path, format=None):
    if format:
        if format not in FORMATS:
            raise ImportFileError(f"Unsupported format '{format}': use csv or json.")
        return format
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".json"):
        return suffix[1:]
    hint = ' Save it from your spreadsheet as "CSV UTF-8".' if suffix in (".xls", ".xlsx") else ""
    raise ImportFileError(
        f"Unsupported file type '{suffix or Path(path).name}': use a .csv or .json file, "
        f"or give --format csv|json.{hint}"
    )


def read_file(path, format=None):
    """The rows of a CSV or JSON import file, and warnings about its columns.

    Raises ImportFileError when the file cannot be used at all (missing, empty, not UTF-8,
    malformed, missing required columns).
    """
    format = detect_format(path, format)
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"File not found: {path}") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a directory, not an import file.") from None
    except OSError as error:
        raise ImportFileError(f"Cannot read {path}: {error.strerror or error}") from None
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        raise ImportFileError(f"The file is empty: {path}")
    return read_csv(raw) if format == "csv" else read_json(raw)


def read_csv(raw):
    # Undecodable bytes are kept as surrogates so the rows that hold them can be named.
    text = raw.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    # Comma-separated, as documented; a French spreadsheet may save with semicolons (research
    # fields are then quoted), recognised from a header line that has no comma.
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in header_line and "," not in header_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []  # (spreadsheet line, values)
    try:
        for number, values in enumerate(reader, start=1):
            records.append((number, values))
    except csv.Error as error:
        raise ImportFileError(
            f"line {len(records) + 1}: the CSV is malformed ({error}). "
            "Check the quotes around values that contain commas or line breaks."
        ) from None
    not_utf8 = [number for number, values in records if _has_bad_bytes(values)]
    if not_utf8:
        others = f" (and {len(not_utf8) - 1} more lines)" if len(not_utf8) > 1 else ""
        raise ImportFileError(
            f"line {not_utf8[0]}{others}: the file is not valid UTF-8 text. "
            'Save it from your spreadsheet as "CSV UTF-8" and import it again.'
        )

    header = [name.strip().lower() for name in records[0][1]]
    named = [name for name in header if name]
    duplicates = sorted({name for name in named if named.count(name) > 1})
    if duplicates:
        raise ImportFileError(f"line 1: columns given more than once: {', '.join(duplicates)}.")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if not any(name in header for name in APPLY_COLUMNS):
        missing.append(" or ".join(APPLY_COLUMNS))
    if missing:
        raise ImportFileError(
            f"Missing required columns: {', '.join(missing)}. Nothing was imported."
        )
    warnings = []
    unknown = [name for name in named if name not in COLUMNS]
    if unknown:
        warnings.append(f"line 1: unknown columns ignored: {', '.join(unknown)}.")

    rows = []
    for number, values in records[1:]:
        if not any(value.strip() for value in values):
            continue  # blank lines, or the empty rows some spreadsheets leave at the end
        if len(values) > len(header):
            problem = ("(row)", f"{len(values)} values but the header has {len(header)} columns")
            rows.append(Row(f"line {number}", {}, problem))
            continue
        # Missing trailing cells (some tools drop them) are empty values.
        data = {name: value for name, value in zip(header, values, strict=False) if name in COLUMNS}
        rows.append(Row(f"line {number}", data))
    if not rows:
        raise ImportFileError("The file has a header but no offers.")
    return rows, warnings


def read_json(raw):
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportFileError(
            f"line {line}: the file is not valid UTF-8 text. Save it as UTF-8 and import it again."
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"JSON syntax error on line {error.lineno}, column {error.colno}: {error.msg}."
        ) from None
    if isinstance(document, dict) and "offers" in document:
        document = document["offers"]
    if not isinstance(document, list):
        raise ImportFileError(
            'The JSON file must hold a list of offers, or an object {"offers": [...]}.'
        )
    if not document:
        raise ImportFileError("The file has no offers.")
    rows, unknown = [], {}
    for number, item in enumerate(document, start=1):
        location = f"item {number}"
        if not isinstance(item, dict):
            rows.append(Row(location, {}, ("(item)", "must be a JSON object")))
            continue
        for key in item:
            if key not in COLUMNS:
                unknown.setdefault(key, []).append(str(number))
        rows.append(Row(location, {key: value for key, value in item.items() if key in COLUMNS}))
    warnings = [
        f"unknown field '{key}' ignored (items {', '.join(numbers)})."
        for key, numbers in unknown.items()
    ]
    return rows, warnings


def _has_bad_bytes(values):
    return any(re.search("[\udc80-\udcff]", value) for value in values)


# --- Validating rows --------------------------------------------------------------------


class FlexibleBooleanField(forms.Field):
    """true/false, yes/no, oui/non, 1/0 (any case); empty means the model's default."""

    TRUE = {"true", "yes", "oui", "1"}
    FALSE = {"false", "no", "non", "0"}

    def __init__(self, *, default, **kwargs):
        self.default = default
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower() if value is not None else ""
        if not text:
            return self.default
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValidationError(
            "Enter true or false (also yes/no, oui/non, 1/0), or leave empty for the default "
            f"({'true' if self.default else 'false'})."
        )


class IsoDateField(forms.DateField):
    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            input_formats=["%Y-%m-%d"],
            error_messages={"invalid": "Enter a date as YYYY-MM-DD, e.g. 2026-09-01."},
            **kwargs,
        )


class DeadlineField(forms.Field):
    """An aware datetime: ISO 8601 with an offset, a naive date-time in Paris time, or a
    date alone (23:59 Paris time that day)."""

    DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    invalid = (
        "Enter a date and time: 2026-05-31 (23:59 Paris time), 2026-05-31 12:00 (Paris "
        "time) or ISO 8601 with an offset, e.g. 2026-05-31T12:00:00+02:00."
    )

    def to_python(self, value):
        text = str(value).strip() if value is not None else ""
        if not text:
            return None
        try:
            if self.DATE_ONLY.match(text):
                return datetime.combine(date.fromisoformat(text), time(23, 59), tzinfo=PARIS)
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(self.invalid) from None
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=PARIS)
        return moment


class SlugListField(forms.Field):
    """A list of slugs, or one string of slugs separated by semicolons."""

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, str):
            value = value.split(RESEARCH_FIELD_SEPARATOR)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValidationError("Give slugs separated by ';' (or a JSON list of strings).")
        slugs = [item.strip().lower() for item in value if item.strip()]
        return list(dict.fromkeys(slugs))  # once each, in the order given


class CodeField(forms.ChoiceField):
    """A choice given by its code, whatever its case ("Postdoc" → "postdoc", "r2" → "R2")."""

    def __init__(self, choices, *, required=True):
        codes = ", ".join(value for value, _label in choices)
        self.codes = {value.lower(): value for value, _label in choices}
        super().__init__(
            choices=choices,
            required=required,
            error_messages={
                "invalid_choice": f"'%(value)s' is not a valid code; use one of: {codes}."
            },
        )

    def to_python(self, value):
        value = super().to_python(value).strip()
        return self.codes.get(value.lower(), value)


def _text(max_length=None, required=False):
    return forms.CharField(max_length=max_length, required=required)


class OfferImportForm(forms.Form):
    """One row of an import file. Lengths follow the model's fields."""

    reference = _text(40, required=True)
    kind = CodeField(Kind.choices)
    category = CodeField(Category.choices)
    profile = CodeField(Profile.choices, required=False)
    research_fields = SlugListField()
    laboratory_fr = _text(200, required=True)
    laboratory_en = _text(200)
    city = _text(100, required=True)
    region = forms.CharField()
    works_in_french = FlexibleBooleanField(default=True)
    works_in_english = FlexibleBooleanField(default=False)
    remote_work = FlexibleBooleanField(default=False)
    duration_months = forms.IntegerField(required=False, min_value=1, max_value=120)
    start_date = IsoDateField()
    salary_min = forms.IntegerField(required=False, min_value=0, max_value=2_147_483_647)
    salary_max = forms.IntegerField(required=False, min_value=0, max_value=2_147_483_647)
    salary_details_fr = _text(255)
    salary_details_en = _text(255)
    deadline = DeadlineField()
    apply_url = forms.URLField(required=False, max_length=200, assume_scheme="https")
    apply_email = forms.EmailField(required=False, max_length=254)
    contact_name = _text(100)
    contact_email = forms.EmailField(required=False, max_length=254)
    hr_excellence = FlexibleBooleanField(default=True)
    euraxess_url = forms.URLField(required=False, max_length=200, assume_scheme="https")
    registration_opens = IsoDateField()
    auditions_start = IsoDateField()
    auditions_end = IsoDateField()
    results_date = IsoDateField()
    title_fr = _text(255, required=True)
    title_en = _text(255)
    summary_fr = _text()
    summary_en = _text()
    description_fr = _text(required=True)
    description_en = _text()
    candidate_profile_fr = _text()
    candidate_profile_en = _text()
    application_details_fr = _text()
    application_details_en = _text()

    def __init__(self, data, *, targets):
        self.targets = targets
        super().__init__(data)

    def clean_reference(self):
        reference = self.cleaned_data["reference"]
        if not re.search(r"[A-Za-z0-9]", reference):
            raise ValidationError("A reference needs letters or digits, e.g. 2026-CDD-0142.")
        return reference

    def clean_region(self):
        slug = self.cleaned_data["region"].strip().lower()
        if slug not in self.targets.regions:
            known = ", ".join(sorted(self.targets.regions))
            raise ValidationError(f"unknown region '{slug}'; use one of: {known}.")
        return slug

    def clean_research_fields(self):
        slugs = self.cleaned_data["research_fields"]
        unknown = [slug for slug in slugs if slug not in self.targets.fields]
        if unknown:
            known = ", ".join(sorted(self.targets.fields))
            raise ValidationError(
                f"unknown research field(s): {', '.join(unknown)}; use one or more of: {known}."
            )
        return slugs

    def clean(self):
        data = super().clean()
        for name in PLAIN_TEXT_COLUMNS:
            if HTML_TAG.search(data.get(name) or ""):
                self.add_error(
                    name,
                    "plain text expected, not HTML: separate paragraphs with a blank line and "
                    'start bullet lines with "- ".',
                )
        if any(data.get(name) for name in ENGLISH_TEXT_COLUMNS):
            for name in ("title_en", "description_en"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(
                        name,
                        "required when any English column is filled: the English version needs "
                        "a title and a description.",
                    )
        # The cross-field rules, on the values that are valid (an invalid one is reported).
        for name, message in offer_rule_errors(data).items():
            if name not in self.errors and _rule_applies(name, data, self.errors):
                self.add_error(name, str(message))
        return data


def _rule_applies(name, data, errors):
    """Skip a cross-field complaint caused by a value already reported as invalid."""
    if name == "apply_url":
        return not any(column in errors for column in APPLY_COLUMNS)
    if name == "salary_max":
        return "salary_min" not in errors
    if name == "works_in_french":
        return "works_in_english" not in errors
    return "deadline" not in errors and "kind" not in errors


def _prepare(data):
    """JSON values → what the form reads; a nested object or list is a type error."""
    prepared, errors = {}, {}
    for name, value in data.items():
        if name == "research_fields" or value is None or isinstance(value, str | bool):
            prepared[name] = value
        elif isinstance(value, int | float):
            prepared[name] = str(value)
        else:
            errors[name] = "expected text, a number or true/false, not a list or an object."
    return prepared, errors


def validate_rows(rows, targets, *, now=None):
    """Validate every row (all errors of all rows) and return an ImportReport."""
    now = now or timezone.now()
    report = ImportReport(rows=len(rows))
    seen = {}  # reference (any case) → location of its first row
    order = {name: position for position, name in enumerate(COLUMNS)}
    with translation.override("en"):
        for row in rows:
            problems = dict([row.problem]) if row.problem else {}
            data, type_errors = _prepare(row.data)
            spec = None
            if not problems:
                form = OfferImportForm(data, targets=targets)
                valid = form.is_valid()
                for name, errors in form.errors.as_data().items():
                    if name not in type_errors:
                        problems[name] = "; ".join(
                            message.rstrip(".") for error in errors for message in error.messages
                        )
                problems.update(type_errors)
                if valid and not type_errors:
                    spec = {name: form.cleaned_data[name] for name in COLUMNS}
                reference = form.cleaned_data.get("reference")
                if reference and "reference" not in problems:
                    key = reference.casefold()  # same page slug whatever the case
                    if key in seen:
                        problems["reference"] = (
                            f"'{reference}' is already used on {seen[key]}; each offer appears once"
                        )
                        spec = None
                    else:
                        seen[key] = row.location
            for name in sorted(problems, key=lambda n: order.get(n, -1)):
                report.errors.append(f"{row.location}: {name}: {problems[name].rstrip('.')}.")
            if problems:
                report.rejected += 1
                continue
            report.specs.append((row.location, spec))
            if spec["deadline"] <= now:
                paris = timezone.localtime(spec["deadline"], PARIS).strftime("%Y-%m-%d %H:%M")
                report.warnings.append(
                    f"{row.location}: deadline: {paris} (Paris time) has passed; "
                    "the offer is imported closed."
                )
    return report


def load_offers(path, targets, format=None, *, now=None):
    """Read and validate a whole file. Raises ImportFileError when the file is unusable."""
    rows, warnings = read_file(path, format)
    report = validate_rows(rows, targets, now=now)
    report.warnings[:0] = warnings
    return report
