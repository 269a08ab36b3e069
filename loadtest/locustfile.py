"""The visitors' mix: anonymous visitors in both languages, weighted like a careers site's traffic.

Most visits land on an offer (from a job board or a search engine) or on the listing; fewer
read a guide or search; load balancers call /healthz; crawlers fetch the sitemap. Three
visitors in five read French. The URLs come from loadtest/seed.py (LOAD_TARGETS, a JSON file).

A request fails when the site answers 5xx or the connection fails. A 4xx is not counted as a
failure of the site: every URL of the mix should answer, so a 4xx is a bug of the mix; each is
kept in the request log (LOAD_REQUEST_LOG) and reported by name and status.
"""

import csv
import json
import os
import random

from locust import HttpUser, between, events, task

with open(os.environ["LOAD_TARGETS"], encoding="utf-8") as targets_file:
    TARGETS = json.load(targets_file)
WAIT = [float(value) for value in os.environ.get("LOAD_WAIT", "0.2,1.0").split(",")]
SEARCH_WORDS = {
    "fr": ["logement", "visa", "salaire", "télétravail", "chercheurs", "crèche", "impots"],
    "en": ["housing", "visa", "salary", "remote work", "researchers", "nursery", "taxes"],
}

_log = {"writer": None, "file": None}


@events.test_start.add_listener
def open_request_log(environment, **kwargs):
    path = os.environ.get("LOAD_REQUEST_LOG")
    if path:
        # Line-buffered: the runner watches this file for the first request (the run's t=0).
        _log["file"] = open(path, "w", newline="", encoding="utf-8", buffering=1)
        _log["writer"] = csv.writer(_log["file"])
        _log["writer"].writerow(["start", "name", "ms", "status", "failed"])


@events.request.add_listener
def log_request(name, response_time, response, exception, start_time=None, **kwargs):
    if _log["writer"] is not None:
        status = getattr(response, "status_code", 0) or 0
        failed = 1 if exception else 0
        _log["writer"].writerow([f"{start_time:.3f}", name, f"{response_time:.1f}", status, failed])


@events.quitting.add_listener
def close_request_log(environment, **kwargs):
    if _log["file"] is not None:
        _log["file"].close()
        _log["file"] = None


class Visitor(HttpUser):
    wait_time = between(*WAIT)

    def language(self):
        return "fr" if random.random() < 0.6 else "en"

    def get(self, url, name, expected=(), **kwargs):
        with self.client.get(url, name=name, catch_response=True, **kwargs) as response:
            status = response.status_code or 0
            if status == 0 or (status >= 500 and status not in expected):
                response.failure(f"HTTP {status}: {response.error or response.reason}")
            else:
                response.success()

    @task(15)
    def home(self):
        self.get(TARGETS["languages"][self.language()]["home"], "home")

    @task(15)
    def listing(self):
        self.get(TARGETS["languages"][self.language()]["listing"], "listing")

    @task(15)
    def filtered_listing(self):
        filters = TARGETS["filters"]
        choices = [
            {"kind": random.choice(filters["kind"])},
            {"region": random.choice(filters["region"])},
            {"field": random.choice(filters["field"])},
            {"kind": random.choice(filters["kind"]), "region": random.choice(filters["region"])},
            {"page": "2"},
            {"field": random.choice(filters["field"]), "page": "2"},
        ]
        listing = TARGETS["languages"][self.language()]["listing"]
        self.get(listing, "listing (filtered)", params=random.choice(choices))

    @task(25)
    def offer(self):
        self.get(random.choice(TARGETS["languages"][self.language()]["offers"]), "offer")

    @task(8)
    def guide(self):
        self.get(random.choice(TARGETS["languages"][self.language()]["guides"]), "guide")

    @task(8)
    def search(self):
        language = self.language()
        words = random.choice(SEARCH_WORDS[language])
        self.get(TARGETS["languages"][language]["search"], "search", params={"q": words})

    @task(2)
    def image_page(self):
        self.get(TARGETS["image_page"], "page with image")

    @task(2)
    def document(self):
        # The site answers with a redirect to a signed S3 URL; the visitor's browser then
        # fetches the file from the storage, which is not the site's load.
        self.get(random.choice(TARGETS["documents"]), "document", allow_redirects=False)

    @task(1)
    def sitemap(self):
        # A crawler reads the index, then the pieces it lists.
        self.get("/sitemap.xml", "sitemap.xml")
        self.get(random.choice(TARGETS["sitemaps"]), "sitemap piece")

    @task(4)
    def healthz(self):
        # A 503 while PostgreSQL is down is the health check doing its job (a load balancer
        # then sends visitors elsewhere), not a failure of the site; the runs count them apart
        # (summary.health_unavailable).
        self.get("/healthz", "healthz", expected=(503,))
