"""Screenshot pages at phone and desktop widths, for a person to look at.

Usage: python scripts/screenshots.py [BASE_URL] [PATH ...]  (writes test-artifacts/screenshots/)
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
PATHS = sys.argv[2:] or ["/fr/", "/en/", "/fr/travailler-a-l-inserm/", "/en/working-at-inserm/"]
WIDTHS = {"phone": 375, "desktop": 1280}
OUT = Path("test-artifacts/screenshots")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 900})
            for path in PATHS:
                page.goto(BASE_URL + path)
                target = OUT / f"{path.strip('/').replace('/', '_') or 'root'}-{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)  # noqa: T201 - a command-line tool reports its files
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
