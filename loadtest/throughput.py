"""Requests per second for one page, with wrk on loopback: what each layer can deliver.

The visitors' mix (locust) waits between requests, so it tells latency and errors, not how
fast a layer can go. Here wrk asks for one page as fast as it can through each layer:
- "static": nginx serving the same bytes (the page as the CDN sends it) from a file, the
  ceiling on this machine;
- "cdn": nginx in front, the page in its cache;
- "app": gunicorn itself, the page in the app's page cache (or rendered, page cache off).
Each figure comes with the 1-minute load average before it, since other work shares the cores.
"""

import os
import shutil
import subprocess
import urllib.request

from . import summary

CONNECTIONS = 32
CONNECTIONS_UNCACHED = 8
THREADS = 2
# A request waits this long before wrk counts it as an error (its default, 2 s, is shorter than
# an uncached page on a busy machine).
TIMEOUT_S = 30
# Clients send this; nginx and the app then answer with the page's gzip bytes.
ACCEPT = "gzip, deflate"


def wrk_available():
    return shutil.which("wrk") is not None


def fetch(url):
    """(status, headers, body as sent: compressed when the server compresses)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": ACCEPT})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), response.read()


def copy_as_static(url, static_root, name):
    """Write the page at `url`, as the server sends it, where nginx's static server serves it:
    `<name>.html` (decompressed) and `<name>.html.gz` (served by gzip_static)."""
    import gzip

    _, headers, body = fetch(url)
    static_root.mkdir(parents=True, exist_ok=True)
    if headers.get("Content-Encoding") == "gzip":
        (static_root / f"{name}.html.gz").write_bytes(body)
        body = gzip.decompress(body)
    (static_root / f"{name}.html").write_bytes(body)
    return f"/{name}.html"


def wrk(url, seconds, connections=CONNECTIONS):
    """wrk's figures for `url` (see summary.parse_wrk), with the load average before."""
    load = os.getloadavg()[0]
    args = ["wrk", "-t", str(THREADS), "-c", str(connections), "-d", f"{seconds}s"]
    args += ["--timeout", f"{TIMEOUT_S}s", "--latency", "-H", f"Accept-Encoding: {ACCEPT}", url]
    result = subprocess.run(args, capture_output=True, text=True, timeout=seconds + TIMEOUT_S + 30)
    figures = summary.parse_wrk(result.stdout)
    figures["load_average_1min"] = round(load, 2)
    figures["connections"] = connections
    figures["url"] = url
    return figures


def measure(urls, seconds, connections=CONNECTIONS):
    """{page: {layer: figures}} from {page: {layer: URL}}."""
    results = {}
    for page, layers in urls.items():
        results[page] = {}
        for layer, url in layers.items():
            # Twice before measuring: the page is then stored in every cache on the way.
            fetch(url)
            fetch(url)
            results[page][layer] = wrk(url, seconds, connections)
    return results
