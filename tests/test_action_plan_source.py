"""Check ``demo/data/action_plan.yaml`` against the HRS4R action plan it was taken from.

The seed document is parsed here on its own, with a few regexes over section 5 ("Actions à mettre
en œuvre"), so that a missing, duplicated, misplaced or mis-stated action in the data fails a test.
No database is needed.

What the parser reads reliably, row by row (one action per line, cells separated by tabs, some rows
without the leading tab): the action number (in its own cell or at the start of the text cell), the
theme heading in force, the italic sub-heading in force, and the cells after the text: "Réalisé
Quand ?", "A faire Quand ?" and "Qui ?".

What it cannot read: the row colours of the original (lost in the text copy), the meaning of a
"Réalisé" cell mixing states across sub-items ("a. 2017 b. plus à réaliser", "2019 2019 En cours";
for those it only requires a note explaining them), and whether a translation is faithful (it only
checks that the English text is there and keeps the sub-item letters).
"""

import difflib
import re
import unicodedata
from collections import Counter

import pytest

from demo import content

ACTION_PLAN = content.load("action_plan")
THEMES, MILESTONES = ACTION_PLAN["themes"], ACTION_PLAN["milestones"]
ABBREVIATIONS, ACTIONS = ACTION_PLAN["abbreviations"], ACTION_PLAN["actions"]

# The source document, kept with the demo content (see demo/data/documents/README.md).
SEED = content.DATA / "documents" / "hrs4r_action_plan_2022.txt"

STATUSES = {"done", "in_progress", "revised", "dropped"}
# Owners in the "Qui ?" column that are names, not acronyms.
OWNER_NAMES = {"Chercheurs", "Délégations régionales", "Délégations régionales (RH)"}
# Owner acronyms the document never expands (see the comment on abbreviations in action_plan.yaml).
UNEXPANDED_OWNERS = {"DIS"}

ACTION_NUMBER = re.compile(r"^(\d)\.(\d{1,2})\.(?:\s|$)")
THEME_HEADING = re.compile(r"^(?:<p>)?(\d)\. ([^*<]+?)(?: \(\d/\d\))?\s*(?:\*.*)?(?:</p>)?$")
ITALIC_HEADING = re.compile(r"^<i>(.+)</i>$")
SEMESTER = re.compile(r"([12]) (?:st|nd) sem\. (\d{4})")
YEAR_OR_RANGE = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
YEARS_ONLY = re.compile(r"^\d{4}(?: \d{4})+$")
SUB_ITEM = re.compile(r"(?<!\S)([a-h])\. ")
MONTHS = {"Mai": "05", "Décembre": "12", "Mars": "03"}


def _strip_tags(text):
    return re.sub(r"<[^>]+>", " ", text)


def _comparable(text):
    """Lower-case words only: markup, punctuation, quotes and apostrophes do not count."""
    text = unicodedata.normalize("NFC", _strip_tags(text)).lower()
    text = re.sub(r"[’'«»“”\"]", " ", text)
    return " ".join(re.findall(r"\w+", text))


def _words(text):
    return set(re.findall(r"[\w-]+", _strip_tags(text).replace("*", " ")))


def _read_source():
    """Parse section 5 of the seed into themes and action rows, in document order."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("5. Actions à mettre"))
    themes, rows = {}, []
    theme, group = None, ""
    for line in lines[start + 1 :]:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2 or cells[0] == "Objectifs":
            continue
        heading = THEME_HEADING.match(cells[0])
        if heading:
            theme, group = int(heading.group(1)), ""
            themes.setdefault(theme, heading.group(2).strip())
        for cell in cells:
            italic = ITALIC_HEADING.match(cell)
            if italic:
                group = italic.group(1)
        position = next((i for i, cell in enumerate(cells) if ACTION_NUMBER.match(cell)), None)
        if position is None:
            continue
        match = ACTION_NUMBER.match(cells[position])
        number = f"{match.group(1)}.{match.group(2)}"
        if cells[position] == match.group(0).strip():  # number in its own cell
            text, rest = cells[position + 1], cells[position + 2 :]
        else:  # "2.1. Informer …"
            text, rest = cells[position][match.end() :], cells[position + 1 :]
        rest = [*rest, "", "", ""]
        rows.append(
            {
                "number": number,
                "theme": theme,
                "heading_theme": int(match.group(1)),
                "group": group,
                "text": text,
                "done": rest[0],
                "todo": rest[1],
                "who": rest[2],
            }
        )
    return themes, rows


SOURCE_THEMES, SOURCE_ROWS = _read_source()
DATA = {action["number"]: action for action in ACTIONS}


def _counts(numbers):
    counts = Counter(int(number.split(".")[0]) for number in numbers)
    return ", ".join(f"theme {theme}: {counts[theme]}" for theme in sorted(counts))


def test_seed_is_found_and_parsed():
    assert SEED.is_file(), SEED
    assert len(SOURCE_ROWS) > 80, _counts(row["number"] for row in SOURCE_ROWS)
    assert sorted(SOURCE_THEMES) == list(range(1, 9))
    for row in SOURCE_ROWS:
        assert row["theme"] == row["heading_theme"], f"{row['number']} sits under another theme"
    # Within a theme the source numbers run 1, 2, 3 … without gaps.
    for theme in range(1, 9):
        numbers = [int(row["number"].split(".")[1]) for row in SOURCE_ROWS if row["theme"] == theme]
        assert numbers == list(range(1, len(numbers) + 1)), (theme, numbers)


def test_same_actions_per_theme_as_the_source():
    message = (
        f"source: {_counts(row['number'] for row in SOURCE_ROWS)}\n"
        f"data:   {_counts(action['number'] for action in ACTIONS)}"
    )
    for theme in range(1, 9):
        in_source = {row["number"] for row in SOURCE_ROWS if row["theme"] == theme}
        in_data = {action["number"] for action in ACTIONS if action["theme"] == theme}
        assert in_data == in_source, (
            f"theme {theme}: missing {sorted(in_source - in_data)}, "
            f"extra {sorted(in_data - in_source)}\n{message}"
        )


def test_numbers_are_unique_and_in_source_order():
    numbers = [action["number"] for action in ACTIONS]
    duplicates = [number for number, count in Counter(numbers).items() if count > 1]
    assert not duplicates, duplicates
    assert numbers == [row["number"] for row in SOURCE_ROWS]
    for action in ACTIONS:
        assert action["theme"] == int(action["number"].split(".")[0]), action["number"]


def test_every_action_has_exactly_the_expected_fields():
    keys = {
        "number",
        "theme",
        "group_fr",
        "group_en",
        "text_fr",
        "text_en",
        "status",
        "done_in",
        "due_year",
        "due_half",
        "owners",
        "note_fr",
        "note_en",
    }
    for action in ACTIONS:
        assert set(action) == keys, action["number"]
        assert not action["number"].endswith("."), action["number"]


@pytest.mark.parametrize("row", SOURCE_ROWS, ids=lambda row: row["number"])
def test_status_and_dates_match_the_source(row):
    action = DATA[row["number"]]
    done, todo = _strip_tags(row["done"]).strip(), row["todo"]
    year_or_range = YEAR_OR_RANGE.match(done)
    if done == "En cours":
        assert action["status"] == "in_progress"
        assert action["done_in"] == ""
    elif done == "Action revue":
        assert action["status"] == "revised"
    elif done.startswith("Mise à jour"):
        assert action["status"] == "revised"
        reference = re.search(r"cf\. ([\d.]+)-([\d.]+)", done)
        assert reference, done
        assert f"cf. {reference.group(1)}–{reference.group(2)}" in action["note_fr"]
    elif year_or_range:
        assert action["status"] == "done"
        assert action["done_in"] == "–".join(filter(None, year_or_range.groups()))
    elif YEARS_ONLY.match(done):  # one year per sub-item, all done
        assert action["status"] == "done"
        assert action["done_in"] == max(done.split())
    else:
        # A "Réalisé" cell mixing states across sub-items: the parser cannot tell the status of
        # the whole action, so the data must at least explain it in a note.
        assert action["status"] in STATUSES
        assert action["note_fr"] and action["note_en"], row["number"]
        if "plus à réaliser" in done:
            assert "plus à réaliser" in action["note_fr"]
    if action["status"] != "done":
        assert action["done_in"] == ""

    # Due date: the latest "1 st/2 nd sem. YYYY" of the "A faire" cell. (The "(2019)" of an
    # extension remark is not a semester date and is not a due date.)
    semesters = [(int(year), int(half)) for half, year in SEMESTER.findall(todo)]
    expected = max(semesters) if semesters else (None, None)
    assert (action["due_year"], action["due_half"]) == expected
    if len(semesters) > 1:
        assert action["note_fr"], "dates per sub-item belong in the note"


@pytest.mark.parametrize("row", SOURCE_ROWS, ids=lambda row: row["number"])
def test_texts_owners_and_groups_match_the_source(row):
    action = DATA[row["number"]]
    text, extension = (
        _strip_tags(part) for part in (*row["text"].split("<u>Extension</u>"), "")[:2]
    )
    # The French text is the source's wording (small typo fixes aside).
    ratio = difflib.SequenceMatcher(
        None, _comparable(text), _comparable(action["text_fr"]), autojunk=False
    ).ratio()
    assert ratio > 0.93, f"{row['number']}: text_fr differs from the source (ratio {ratio:.2f})"
    # "<u>Extension</u> : …" in the text or "A faire" cell goes to the note, not the text.
    for remark in (extension, row["todo"] if "Extension" in row["todo"] else ""):
        if remark:
            assert "Extension" in action["note_fr"] and "Extension" in action["note_en"]
            assert "Extension" not in action["text_fr"]
            assert _comparable(remark.lstrip(" :")) in _comparable(action["note_fr"])
    # Sub-items are kept, with their letters, in both languages.
    for letter in SUB_ITEM.findall(_strip_tags(row["text"])):
        assert f"{letter}. " in action["text_fr"], (row["number"], letter)
        assert f"{letter}. " in action["text_en"], (row["number"], letter)
    # Owners: the same names, sub-item repeats and the footnote star aside.
    assert _words(action["owners"]) == _words(row["who"]), row["number"]
    # Spaces aside: the data writes "LGBTQ+" where the source has "LGBT Q+".
    assert _comparable(action["group_fr"]).replace(" ", "") == _comparable(row["group"]).replace(
        " ", ""
    ), row["number"]
    assert bool(action["group_en"]) == bool(action["group_fr"]), row["number"]


def test_every_action_is_complete_and_consistent():
    for action in ACTIONS:
        number = action["number"]
        assert action["text_fr"].strip() and action["text_en"].strip(), number
        assert action["text_fr"] != action["text_en"], number
        assert not re.search(r"<[^>]+>", action["text_fr"] + action["text_en"]), number
        # The source names no owner for 8.1–8.3; every other action has one.
        assert bool(action["owners"].strip()) == (action["theme"] != 8), number
        assert action["status"] in STATUSES, number
        assert action["due_half"] in (None, 1, 2), number
        if action["due_half"] is not None:
            assert isinstance(action["due_year"], int), number
        assert action["done_in"] == "" or re.fullmatch(r"\d{4}(–\d{4})?", action["done_in"])
        assert bool(action["note_fr"]) == bool(action["note_en"]), number
        assert bool(action["group_fr"]) == bool(action["group_en"]), number
    assert {action["theme"] for action in ACTIONS} == set(range(1, 9))


def test_themes_match_the_source_headings():
    assert [theme["number"] for theme in THEMES] == list(range(1, 9))
    for theme in THEMES:
        assert theme["en"], theme
        assert _comparable(theme["fr"]) == _comparable(SOURCE_THEMES[theme["number"]]), theme


def test_milestones_match_the_document_header():
    text = SEED.read_text(encoding="utf-8")
    found = [
        {"date": f"{year}-{MONTHS[month]}", "fr": label.strip()}
        for month, year, label in re.findall(r"^(\w+) (\d{4}) \| (.+)$", text, re.MULTILINE)
    ]
    assert [milestone["date"] for milestone in MILESTONES] == ["2016-05", "2018-12", "2022-03"]
    assert [{"date": m["date"], "fr": m["fr"]} for m in MILESTONES] == found
    assert all(milestone["en"] for milestone in MILESTONES)


def test_abbreviations_cover_the_list_and_the_owners():
    text = SEED.read_text(encoding="utf-8")
    listed = text.split("Abréviations utilisées", 1)[1].split("5. Actions", 1)[0]
    for acronym, expansion in re.findall(r"^- ([A-Z]+) : (.+)$", listed, re.MULTILINE):
        assert acronym in ABBREVIATIONS, acronym
        assert _comparable(ABBREVIATIONS[acronym]["fr"]) == _comparable(expansion), acronym
    footnote = re.search(r"\* PCN EG: ([^<\t]+)", text)
    assert _comparable(ABBREVIATIONS["PCN EG"]["fr"]) == _comparable(footnote.group(1))
    owners = {owner for action in ACTIONS for owner in action["owners"].split(", ") if owner}
    missing = owners - OWNER_NAMES - UNEXPANDED_OWNERS - set(ABBREVIATIONS)
    assert not missing, missing
    for acronym, expansion in ABBREVIATIONS.items():
        assert expansion["fr"] and expansion["en"], acronym
