"""Demo search synonyms and acronyms (demo/data/search.yaml), per language: idempotent."""

from pathlib import Path

import yaml

from search.models import Synonym

DATA = Path(__file__).with_name("data") / "search.yaml"


def ensure_synonyms(log=print):
    """Create the listed synonyms that do not exist yet (checked as the admin checks them)."""
    created = 0
    for language, entries in yaml.safe_load(DATA.read_text(encoding="utf-8")).items():
        for entry in entries:
            if Synonym.objects.filter(language=language, term=entry["term"]).exists():
                continue
            synonym = Synonym(
                language=language,
                term=entry["term"],
                alternatives=", ".join(entry["alternatives"]),
            )
            synonym.full_clean()
            synonym.save()
            created += 1
    log(f"Search synonyms: {created} created.")
