"""nginx playing the CDN (loadtest/nginx.conf.template): what it stores, what it never does.

nginx runs here in front of a small HTTP server that answers like the app (the headers are
the app's: tests/test_page_cache.py checks the app sends them), so the proxy's rules are
checked in well under a second, without gunicorn. Skipped where nginx or its purge module is
not installed (scripts/load.sh installs both).
"""

import http.server
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from loadtest.services import Nginx, render_nginx_config

PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
pytestmark = pytest.mark.skipif(
    not (shutil.which("nginx") and PURGE_MODULE.exists()),
    reason="nginx and libnginx-mod-http-cache-purge are not installed",
)


class App(http.server.BaseHTTPRequestHandler):
    """Answers like the app: stored pages carry X-Page-Cache and s-maxage; personal ones not."""

    protocol_version = "HTTP/1.1"
    seen = []

    def do_GET(self):
        App.seen.append((self.path, self.headers.get("Cookie"), self.headers["Accept-Encoding"]))
        headers = {"Content-Type": "text/html", "Vary": "Accept-Encoding"}
        if self.path.startswith("/private/"):
            headers["Cache-Control"] = "private, max-age=0"
        elif self.path.startswith("/cookie/"):
            headers.update({"Cache-Control": "public, s-maxage=300", "X-Page-Cache": "miss"})
            headers["Set-Cookie"] = "csrftoken=secret; Path=/"
        elif self.path.startswith("/unmarked/"):
            # Cacheable by its headers, but the app's page cache did not store it.
            headers["Cache-Control"] = "public, s-maxage=300"
        elif self.headers.get("Cookie"):
            headers["Cache-Control"] = "private"
        else:
            headers.update({"Cache-Control": "public, s-maxage=300", "X-Page-Cache": "miss"})
        body = f"{self.path} #{len(App.seen)}".encode()
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def cdn(tmp_path_factory):
    app = http.server.ThreadingHTTPServer(("127.0.0.1", 0), App)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    work = tmp_path_factory.mktemp("nginx")
    (work / "static").mkdir()
    port = free_port()
    config = render_nginx_config(
        Nginx.TEMPLATE.read_text(encoding="utf-8"),
        work=work,
        port=port,
        static_port=free_port(),
        app_port=app.server_port,
        cookies=("sessionid", "region"),
        workers=1,
    )
    (work / "nginx.conf").write_text(config, encoding="utf-8")
    process = subprocess.Popen(
        Nginx.command(work / "nginx.conf", work),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        app.shutdown()


def get(url, method="GET", **headers):
    request = urllib.request.Request(url, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Cache"), response.read().decode()


def test_a_page_the_app_stored_is_served_from_nginx(cdn):
    assert get(cdn + "/fr/")[0] == "MISS"
    status, body = get(cdn + "/fr/")
    assert status == "HIT" and body.startswith("/fr/")
    # The app is always asked for gzip: one entry per URL (gunzip serves the rest).
    assert App.seen[-1][2] == "gzip"


def test_signed_in_editors_and_regional_visitors_bypass_it(cdn):
    get(cdn + "/en/")
    for cookie in ("sessionid=abc", "region=grand-est", "other=1; region=bretagne"):
        status, body = get(cdn + "/en/", Cookie=cookie)
        assert status == "BYPASS", cookie
        assert App.seen[-1][1] == cookie
    # Their pages were not stored either.
    assert get(cdn + "/en/")[0] == "HIT"


def test_it_never_stores_private_answers_cookies_or_what_the_app_did_not_store(cdn):
    for path in ("/private/a", "/cookie/a", "/unmarked/a"):
        get(cdn + path)
        assert get(cdn + path)[0] == "MISS", path


def test_urls_with_a_query_string_are_left_to_the_app(cdn):
    """The purge module removes exact keys: a publish could not reach every filtered listing."""
    get(cdn + "/fr/offres/?kind=postdoc")
    assert get(cdn + "/fr/offres/?kind=postdoc")[0] == "BYPASS"


def test_wagtails_purge_removes_the_page_and_a_page_not_stored_is_no_error(cdn, caplog):
    """Through the backend a publish uses (core/frontend_cache.py: FRONTEND_CACHE_PURGE_URL)."""
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    backend = HTTPBackend({"LOCATION": cdn})
    get(cdn + "/fr/guide/")
    assert get(cdn + "/fr/guide/")[0] == "HIT"
    backend.purge(cdn + "/fr/guide/")
    assert get(cdn + "/fr/guide/")[0] == "MISS"
    backend.purge(cdn + "/fr/never-seen/")
    assert "Couldn't purge" not in caplog.text
