"""The admin as each editorial role would use it, and as a hostile one would: 0 5xx expected.

For each demo account (README › Editorial roles), signed in, every admin page reachable from
the dashboard by following links is asked for (GET only: forms are never sent, so nothing is
changed), then each listing again with hostile values in its query parameters (search text,
page numbers, ordering, filters). Counts answers by status class and lists every 5xx with its
traceback's last frames.

    DJANGO_SETTINGS_MODULE=careers_site.settings.dev python -m loadtest.admin_pass [--limit N]

Run it on a database with the demo content (`load_demo_content`). The escalation side (what
each role may and may not do) is tests/test_role_matrix.py.
"""

import argparse
import json
import os
import re
import sys
import time
import traceback
from collections import Counter, deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROLES = ["editrice", "recruteur", "moderatrice", "translator", "administratrice"]
# Links that end the session or run an action on GET (Wagtail's are confirmation pages).
SKIPPED = ("/admin/logout/", "/admin/login/", "/admin/password_reset/", "/admin/jsi18n/")
HOSTILE = [
    "' OR 1=1--<script>{{7*7}}",
    "-1",
    "99999999999999999999",
    "../../etc/passwd",
    "x" * 5000,
    "\x01\u202e\u0301😀",
]
HOSTILE_PARAMETERS = ["q", "p", "ordering", "locale", "state"]


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def admin_links(html):
    parser = Links()
    parser.feed(html)
    for href in parser.hrefs:
        parts = urlsplit(href)
        if parts.netloc or not parts.path.startswith("/admin/"):
            continue
        if parts.path.startswith(SKIPPED):
            continue
        yield parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, limit):
    seen, queue, answers = set(), deque(["/admin/"]), []
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        answers.append((url, response.status_code))
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            queue.extend(admin_links(response.content.decode(errors="replace")))
    return answers


def hostile_variants(urls):
    """Each kind of admin page (paths alike but for their numbers count once) once per
    hostile value in each parameter it takes or might take."""
    kinds = {}
    for url in urls:
        path = url.split("?")[0]
        kinds.setdefault(re.sub(r"\d+", "N", path), path)
    for path in sorted(kinds.values()):
        for name in HOSTILE_PARAMETERS:
            for value in HOSTILE:
                yield f"{path}?{urlencode({name: value})}"


def run(limit):
    from django.contrib.auth import get_user_model
    from django.core.signals import got_request_exception
    from django.test import Client

    failures = []

    def record(sender, request=None, **kwargs):
        frames = traceback.format_exc().strip().splitlines()[-6:]
        failures.append({"url": request.get_full_path() if request else "?", "frames": frames})

    got_request_exception.connect(record)
    report = {}
    for role in ROLES:
        client = Client(raise_request_exception=False, HTTP_HOST="localhost")
        client.force_login(get_user_model().objects.get(username=role))
        started = time.perf_counter()
        answers = crawl(client, limit)
        for url in hostile_variants(url for url, _ in answers):
            answers.append((url, client.get(url).status_code))
        statuses = Counter(f"{status // 100}xx" for _, status in answers)
        report[role] = {
            "requests": len(answers),
            **dict(sorted(statuses.items())),
            "5xx_urls": [url for url, status in answers if status >= 500],
            "seconds": round(time.perf_counter() - started, 1),
        }
        say(
            f"{role:16} {len(answers):5} requests  "
            + "  ".join(f"{key} {value}" for key, value in sorted(statuses.items()))
        )
    report["tracebacks"] = failures
    return report


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="admin pages crawled per role")
    parser.add_argument("--output", default="test-artifacts/admin-pass/summary.json")
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careers_site.settings.dev")
    import django

    django.setup()
    report = run(options.limit)
    output = Path(options.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    errors = sum(len(entry["5xx_urls"]) for role, entry in report.items() if role in ROLES)
    say(f"{errors} answers 5xx; summary in {output}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
