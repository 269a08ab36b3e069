"""Every UI string is in locale/fr and locale/en, translated into French, and in sync."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = {code: ROOT / "locale" / code / "LC_MESSAGES" / "django.po" for code in ("fr", "en")}
# The project's apps (every folder with an apps.py), its settings package and the catalogues:
# a new app is checked without anyone remembering to list it here.
SOURCE_DIRS = sorted(path.parent.name for path in ROOT.glob("*/apps.py")) + [
    "careers_site",
    "locale",
]


def msgids(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_french_catalogue_is_complete():
    catalogue = polib.pofile(str(CATALOGUES["fr"]))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert len(catalogue) > 50


def test_both_catalogues_hold_the_same_strings():
    assert msgids(CATALOGUES["fr"]) == msgids(CATALOGUES["en"])


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext is not installed")
def test_catalogues_match_the_code(tmp_path):
    """Re-extract the strings from a copy of the code: the committed catalogues must not drift."""
    for name in SOURCE_DIRS:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "fr",
            "-l",
            "en",
            "--no-location",
            "--no-obsolete",
            "-v0",
        ],
        cwd=tmp_path,
        check=True,
    )
    for code, committed in CATALOGUES.items():
        fresh = tmp_path / "locale" / code / "LC_MESSAGES" / "django.po"
        assert msgids(fresh) == msgids(committed), (
            f"locale/{code} is out of date: run scripts/makemessages.sh and translate"
        )
