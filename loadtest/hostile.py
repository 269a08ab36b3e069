"""The hostile pass of the public GET surface: `python -m loadtest.hostile [--setup] [--quick]`.

Called by scripts/hostile.sh on SQLite and on a throwaway PostgreSQL; runs in-process with
Django's test client against the database of DATABASE_URL (with DJANGO_SETTINGS_MODULE set;
`--setup` runs `migrate` and `load_demo_content` first). Nothing here is a hand-written list of
URLs or parameters:

- the surface: every live page of the Wagtail tree in each language (a sample of each page type
  when a type has many pages, e.g. offers), the routes of routable pages (offer feed, calendar,
  API), the URLconf's own patterns outside the admin (search, alerts, region picker, sitemaps,
  robots.txt, documents, health, sign-in), every document, and every same-site link or GET form
  found in the answers (HTML links and forms, sitemap and feed <loc>/href);
- the parameters: read from the code of each view (a page type's methods, a route, a URLconf
  view, and what they hand `request` or `request.GET` to: `request.GET.get("x")`, `"x" in
  request.GET`, GET forms' and FilterSets' fields, names looped over from a class constant), and
  from the query strings of the links and the fields of the GET forms each answer contains.

Each parameter of one page per type and language (and of every non-page URL) then receives
every hostile value of VALUES and SHAPES, and hostile path segments (SEGMENTS); a few URLs get
hostile Host, Accept-Language and other headers, and hostile cookies. Counted: requests, status
classes, 5xx (with the traceback's last frames), answers slower than SLOW_SECONDS, reflections
(an injected `<script>` or attribute left unescaped, a template expression evaluated, a header
injected, a redirect to another site, the hostile host name in the page). Results in
test-artifacts/hostile/summary.json (or --output), under runs › <label>; exit status 1 on any
5xx or reflection.

Every request is made in this process, so a 5xx's traceback is the server's own; answers are
judged as a WSGI server would send them (header values as Latin-1 strings of their bytes).
"""

import argparse
import ast
import importlib
import importlib.util
import inspect
import json
import logging
import os
import platform
import re
import subprocess
import sys
import textwrap
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test-artifacts" / "hostile"
SLOW_SECONDS = 2.0
PAGES_PER_TYPE = 4  # per language: a sample when a page type has more (offers)
MAX_LINKED_PATHS = 400  # plain GETs of paths found only in links (offers of the listing…)
MAX_DETAILS = 300  # 5xx and findings written out in full; the counts are always complete
FRAMES = 6  # the traceback's last frames kept per 5xx

# Markers: each hostile value that could be reflected or evaluated carries a string that only
# appears in an answer if it was reflected unescaped or evaluated.
SCRIPT = "<script>alert(7331)</script>"
ATTRIBUTE = '"><svg onload=alert(7331)>'
HOSTILE_HOST = "evil.example"
REFLECTIONS = {
    # what appears in a body only if the value was reflected unescaped / evaluated
    "script": "<script>alert(7331)",
    "attribute": "<svg onload=alert(7331)>",
    "template": "hx49hx",
    "template-string": "hx7777777hx",
}


def _q(text):
    return quote(text, safe="")


# (label, value as it goes after "name=" in the query string: already percent-encoded, so
# bytes that are not UTF-8 can be sent).
VALUES = [
    ("nul", "%00"),
    ("nul-inside", "a%00b"),
    ("long-10k", "A" * 10_000),
    ("long-unicode", _q("é" * 3_000)),
    ("non-utf8", "%ff%fe"),
    ("overlong-utf8", "%c0%af"),
    ("surrogate-utf8", "%ed%a0%80"),
    ("negative", "-1"),
    ("zero", "0"),
    ("two", "2"),
    ("float", "1.5"),
    ("float-overflow", "1e309"),
    ("huge", "99999999999999999999"),
    ("huge-negative", "-99999999999999999999"),
    ("int64-overflow", "9223372036854775808"),
    ("nan", "NaN"),
    ("infinity", "-Infinity"),
    ("unicode-digits", _q("٣٤")),
    ("date-zero", "0000-00-00"),
    ("date-nines", "9999-99-99"),
    ("date-max", "9999-12-31"),
    ("date-min", "0001-01-01"),
    ("date-february-30", "2026-02-30"),
    ("sql-or", _q("' OR 1=1--")),
    ("sql-union", _q("1) UNION SELECT NULL,NULL--")),
    ("sql-like", _q("%_\\%")),
    ("html-script", _q(SCRIPT)),
    ("html-attribute", _q(ATTRIBUTE)),
    ("template-django", _q("hx{{7*7}}hx")),
    ("template-string", _q("hx{{7*'7'}}hx")),
    ("template-dollar", _q("hx${7*7}hx")),
    ("template-tag", _q("{% debug %}{% load x %}")),
    ("python-format", _q("%(x)s%s{0}")),
    ("rtl-override", _q("\u202egnp.exe")),
    ("emoji", _q("👩🏽‍🔬🇫🇷")),
    ("combining-marks", _q("e" + "\u0301" * 60)),
    ("path-traversal", _q("../../etc/passwd")),
    ("whitespace", _q("   ")),
    ("control-characters", _q("\t\r\n\x0b\x1b\x7f")),
    ("crlf-header", _q("x\r\nSet-Cookie: hx=1")),
    ("offsite-url", _q(f"//{HOSTILE_HOST}/")),
    ("javascript-url", _q("javascript:alert(7331)")),
    ("empty", ""),
]
# The values also sent with every other parameter set (with-other-parameters).
WITH_OTHERS = {
    "nul", "long-10k", "non-utf8", "negative", "zero", "two", "huge", "float-overflow",
    "date-nines", "html-script", "template-django",
}  # fmt: skip
# The values of an unknown parameter (a view may still read the whole query string).
UNKNOWN = {
    "nul", "long-10k", "non-utf8", "huge", "html-script", "html-attribute", "template-django",
    "crlf-header", "offsite-url", "emoji", "path-traversal", "empty",
}  # fmt: skip
# The same labels, fewer values: the suite's reduced pass (tests/test_hostile_surface.py).
QUICK_VALUES = [
    "two",
    "nul",
    "long-10k",
    "non-utf8",
    "huge",
    "float-overflow",
    "date-nines",
    "html-script",
    "template-django",
    "offsite-url",
]


def _repeated(name):
    return "&".join(f"{name}={value}" for value in ("1", "", "x", "%00", "1") * 20)


# Whole-parameter shapes: (label, query string for a parameter name).
SHAPES = [
    ("repeated-100", _repeated),
    ("array", lambda name: f"{name}[]=1&{name}[]=2"),
    ("array-indexed", lambda name: f"{name}[0]={_q(SCRIPT)}&{name}[1][x]=1"),
    ("bare", lambda name: name),
    ("encoded-name", lambda name: f"{_q(name)}%00=1"),
]
QUICK_SHAPES = ["repeated-100", "array"]

# Hostile path segments, appended to a page's path or put in a pattern's converter.
SEGMENTS = [
    ("junk", "hx-junk/"),
    ("nul", "%00/"),
    ("nul-inside", "a%00b/"),
    ("long-slug", "a" * 10_000 + "/"),
    ("non-utf8", "%ff%fe/"),
    ("traversal", "../../etc/passwd"),
    ("encoded-traversal", "..%2f..%2fetc%2fpasswd"),
    ("script", _q(SCRIPT) + "/"),
    ("template", _q("hx{{7*7}}hx") + "/"),
    ("double-slash", "/"),
    ("semicolon", ";jsessionid=x"),
    ("rtl-override", _q("\u202e") + "/"),
    ("emoji", _q("👩🏽‍🔬") + "/"),
    ("space", "%20/"),
]
QUICK_SEGMENTS = ["junk", "nul", "long-slug", "non-utf8", "script"]

HEADERS = {
    "HTTP_HOST": [
        HOSTILE_HOST,
        f"{HOSTILE_HOST}:80",
        "localhost:99999",
        "localhost:abc",
        "[::1",
        "h" * 1_000,
        "local host",
        "localhost\x00",
        f"127.0.0.1@{HOSTILE_HOST}",
        "localhost/../",
        "",
        "évil.example",
        "localhost.",
    ],
    "HTTP_ACCEPT_LANGUAGE": [
        "",
        "*",
        "zz",
        "x" * 10_000,
        "en;q=1e309",
        "fr;q=-1,en;q=NaN",
        ",,,;;;==",
        "en-US;q=0.5," * 2_000,
        "\x00",
        "fr\u202e",
        "../../etc/passwd",
        "é;q=1",
        SCRIPT,
    ],
    "HTTP_X_FORWARDED_FOR": ["", "\x00", "1.2.3.4, " * 500, "not-an-address", SCRIPT],
    "HTTP_X_FORWARDED_HOST": [HOSTILE_HOST, "\x00"],
    "HTTP_X_FORWARDED_PROTO": ["https", "\x00", "gopher"],
    "HTTP_USER_AGENT": ["", "\x00", "U" * 20_000, SCRIPT],
    "HTTP_REFERER": [f"http://{HOSTILE_HOST}/", "\x00", SCRIPT],
    "HTTP_IF_MODIFIED_SINCE": ["0000-00-00", "Sat, 99 Xyz 9999 99:99:99 GMT", "\x00"],
    "HTTP_IF_NONE_MATCH": ['"' + "x" * 10_000 + '"', "*", "\x00"],
    "HTTP_RANGE": ["bytes=-1", "bytes=99999999999999999999-", "bytes=5-1", "bytes=a-b"],
    "HTTP_ACCEPT": ["*/*;q=1e309", "x" * 10_000, "application/json"],
}
QUICK_HEADERS = {"HTTP_HOST": HEADERS["HTTP_HOST"][:4], "HTTP_ACCEPT_LANGUAGE": ["x" * 10_000]}
COOKIE_VALUES = [
    ("nul", "\x00"),
    ("long", "C" * 5_000),
    ("non-utf8", "\xff\xfe"),
    ("script", SCRIPT),
    ("sql-or", "' OR 1=1--"),
    ("emoji", "👩🏽‍🔬"),
    ("quoted", '"\\000"'),
    ("traversal", "../../etc/passwd"),
    ("empty", ""),
]
QUICK_COOKIE_VALUES = ["nul", "script"]


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# --- Parameters read by the code ------------------------------------------------------------


def project_packages():
    """Top-level packages of this project's Django apps (and the settings package)."""
    from django.apps import apps
    from django.conf import settings

    base = Path(getattr(settings, "BASE_DIR", ROOT)).resolve()
    packages = {settings.ROOT_URLCONF.split(".")[0]}
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(base) and "site-packages" not in path.parts:
            packages.add(config.name.split(".")[0])
    return packages


def _literal_strings(value):
    if isinstance(value, str):
        return {value}
    if isinstance(value, list | tuple | set | frozenset):
        return {item for item in value if isinstance(item, str)}
    return set()


class ParameterScanner:
    """GET parameter names a view reads, from its source and what it hands the request to.

    Follows calls that receive `request` (into this project's code; one level into a
    third-party view's helpers) and calls that receive `request.GET`: a Form or FilterSet
    gives its fields, a function or class its `.get("x")` / `.getlist("x")` reads of the
    argument (and the strings passed along with it, as in `_single(params, "sort", …)`).
    """

    MAX_DEPTH = 4

    def __init__(self, packages):
        self.packages = packages
        self.cache = {}

    def is_project(self, obj):
        module = getattr(obj, "__module__", None) or ""
        return module.split(".")[0] in self.packages

    def of(self, obj):
        """The parameter names `obj` (a view function, a class, a page type) reads."""
        return set(self._scan(obj, 0, frozenset()))

    # The scan of one function or class, with the names that hold GET in it (`aliases`: the
    # parameter that received request.GET when called from a view).
    def _scan(self, obj, depth, aliases):
        obj = inspect.unwrap(obj) if callable(obj) and not inspect.isclass(obj) else obj
        obj = getattr(obj, "view_class", obj)  # a class-based view's as_view() function
        obj = getattr(obj, "__func__", obj)
        key = (id(obj), aliases)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = set()  # recursion guard
        names = set()
        for source_obj, owner in self._sources(obj):
            try:
                source = textwrap.dedent(inspect.getsource(source_obj))
                tree = ast.parse(source)
            except (OSError, TypeError, SyntaxError, IndentationError):
                continue
            module = sys.modules.get(getattr(source_obj, "__module__", ""), None)
            namespace = dict(vars(module)) if module else {}
            namespace.update(self._local_imports(tree, module))
            names |= self._walk(tree, namespace, owner, depth, aliases, self.is_project(obj))
        self.cache[key] = names
        return names

    def _sources(self, obj):
        """(object to read, class for `self.x`): a class with its bases (this project's only,
        unless the class itself is third-party), or the function itself."""
        if inspect.isclass(obj):
            classes = [
                klass
                for klass in obj.__mro__
                if klass is not object and (self.is_project(klass) or not self.is_project(obj))
            ]
            return [(klass, obj) for klass in classes]
        owner = None
        qualname = getattr(obj, "__qualname__", "")
        if "." in qualname and "<locals>" not in qualname:
            module = sys.modules.get(getattr(obj, "__module__", ""), None)
            owner = getattr(module, qualname.split(".")[0], None)
        return [(obj, owner)]

    def _local_imports(self, tree, module):
        found = {}
        package = getattr(module, "__package__", None)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                try:
                    name = importlib.util.resolve_name(
                        "." * node.level + (node.module or ""), package
                    )
                except (ImportError, ValueError):
                    continue
                imported = self._module(name)
                if imported is None:
                    continue
                for alias in node.names:
                    value = getattr(imported, alias.name, None)
                    if value is None:
                        value = self._module(f"{name}.{alias.name}")
                    if value is not None:
                        found[alias.asname or alias.name] = value
        return found

    def _module(self, name):
        """A module named in an import: this project's are imported (a view may import its
        helpers when called); a third-party one only if the site has imported it already,
        since importing others could fail or have effects."""
        if name in sys.modules:
            return sys.modules[name]
        if name.split(".")[0] not in self.packages:
            return None
        try:
            return importlib.import_module(name)
        except ImportError:
            return None

    def _resolve(self, expr, namespace, owner):
        """The object an expression names: `x`, `module.x`, `self.x`, `X()` (its class)."""
        if isinstance(expr, ast.Name):
            return namespace.get(expr.id)
        if isinstance(expr, ast.Attribute):
            if isinstance(expr.value, ast.Name) and expr.value.id in ("self", "cls"):
                return getattr(owner, expr.attr, None) if owner is not None else None
            base = self._resolve(expr.value, namespace, owner)
            return getattr(base, expr.attr, None) if base is not None else None
        if isinstance(expr, ast.Call):
            return self._resolve(expr.func, namespace, owner)
        return None

    def _constants(self, expr, namespace, owner, loops):
        """Strings an argument stands for: a literal, `self.X` / `X` constants, a loop
        variable over such a constant."""
        if isinstance(expr, ast.Constant):
            return _literal_strings(expr.value)
        if isinstance(expr, ast.Name) and expr.id in loops:
            return set().union(
                *(self._constants(iterable, namespace, owner, {}) for iterable in loops[expr.id])
            )
        if isinstance(expr, ast.Tuple | ast.List | ast.Set):
            return {
                item.value
                for item in expr.elts
                if isinstance(item, ast.Constant) and isinstance(item.value, str)
            }
        if isinstance(expr, ast.Name | ast.Attribute):
            value = self._resolve(expr, namespace, owner)
            if isinstance(value, str | list | tuple | set | frozenset):
                return _literal_strings(value)
        return set()

    def _walk(self, tree, namespace, owner, depth, aliases, in_project):
        names = set()
        loops = defaultdict(list)  # loop variable -> what it loops over (every loop)
        for node in ast.walk(tree):
            if isinstance(node, ast.For | ast.comprehension) and isinstance(node.target, ast.Name):
                loops[node.target.id].append(node.iter)

        def is_get(expr):
            if isinstance(expr, ast.Attribute) and expr.attr == "GET":
                return True
            if isinstance(expr, ast.Name) and expr.id in aliases:
                return True
            if isinstance(expr, ast.BoolOp):  # request.GET or None
                return any(is_get(value) for value in expr.values)
            return False

        def is_request(expr):
            return isinstance(expr, ast.Name) and expr.id == "request"

        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr in ("get", "getlist", "pop", "lists")
                    and is_get(func.value)
                    and node.args
                ):
                    names |= self._constants(node.args[0], namespace, owner, loops)
                arguments = list(node.args) + [keyword.value for keyword in node.keywords]
                gets = [index for index, arg in enumerate(node.args) if is_get(arg)]
                gets += [None for keyword in node.keywords if is_get(keyword.value)]
                if gets:
                    callee = self._resolve(func, namespace, owner)
                    names |= self._fields(callee)
                    if aliases and any(
                        is_get(arg) and isinstance(arg, ast.Name) for arg in arguments
                    ):
                        # a helper handed the GET dict and a name: _single(params, "sort", …)
                        for arg in arguments:
                            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                                names.add(arg.value)
                    if callee is not None and self.is_project(callee) and depth < self.MAX_DEPTH:
                        alias = self._parameter_name(callee, gets[0])
                        if alias:
                            names |= self._scan(callee, depth + 1, frozenset({alias}))
                if any(is_request(arg) for arg in arguments) and depth < self.MAX_DEPTH:
                    callee = self._resolve(func, namespace, owner)
                    follow = self.is_project(callee) or (not in_project and depth < 2)
                    if (
                        callee is not None
                        and follow
                        and (callable(callee) or inspect.isclass(callee))
                    ):
                        names |= self._scan(callee, depth + 1, frozenset())
            elif isinstance(node, ast.Subscript) and is_get(node.value):
                names |= self._constants(node.slice, namespace, owner, loops)
            elif (
                isinstance(node, ast.Compare)
                and isinstance(node.ops[0], ast.In | ast.NotIn)
                and is_get(node.comparators[0])
            ):
                names |= self._constants(node.left, namespace, owner, loops)
        return names

    @staticmethod
    def _fields(callee):
        """A Form's or a django-filter FilterSet's field names; nothing for anything else."""
        if not inspect.isclass(callee):
            return set()
        for attribute in ("base_fields", "base_filters", "declared_fields"):
            fields = getattr(callee, attribute, None)
            if isinstance(fields, dict) and fields:
                return set(fields)
        return set()

    @staticmethod
    def _parameter_name(callee, position):
        """The name of the parameter that receives argument `position` (None: a keyword)."""
        try:
            parameters = list(inspect.signature(callee).parameters)
        except (TypeError, ValueError):
            return None
        if position is None or position >= len(parameters):
            return None
        return parameters[position]


# --- Links and forms in the answers ---------------------------------------------------------


class LinkParser(HTMLParser):
    """Same-document links (a, link, area, iframe) and GET forms with their field names."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []  # {"action", "method", "fields": {name: set(values)}}
        self._form = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link", "area") and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag in ("iframe", "img", "script") and attrs.get("src"):
            self.links.append(attrs["src"])
        elif tag == "form":
            self._form = {
                "action": attrs.get("action") or "",
                "method": (attrs.get("method") or "get").lower(),
                "fields": defaultdict(set),
            }
            self.forms.append(self._form)
        elif tag in ("input", "select", "textarea", "button") and self._form is not None:
            if attrs.get("name"):
                self._form["fields"][attrs["name"]].add(attrs.get("value") or "")
                self._select = attrs["name"] if tag == "select" else None
        elif tag == "option" and self._form is not None and self._select:
            self._form["fields"][self._select].add(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


XML_LINKS = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>|href=\"([^\"]+)\"")


# --- The pass ------------------------------------------------------------------------------


@dataclass
class Target:
    """One URL of the surface and the parameters it is sent."""

    path: str
    kind: str  # page:<type>, route:<type>.<name>, url:<pattern>, document, link, not-found
    language: str = ""
    fuzz: bool = False  # every parameter × every value (one page per type and language)
    params: dict = field(default_factory=lambda: defaultdict(set))  # name -> {"code", "html"}
    values: dict = field(default_factory=lambda: defaultdict(set))  # name -> values seen
    segments: list = field(default_factory=list)  # (label, path) hostile path variants


@dataclass
class Plan:
    """What to send; the reduced pass of the suite narrows each list."""

    values: list
    shapes: list
    segments: list
    headers: dict
    cookie_values: list
    pages_per_type: int = PAGES_PER_TYPE
    max_linked_paths: int = MAX_LINKED_PATHS
    # The suite's reduced pass: only the targets of these kinds ("url:search",
    # "route:OfferIndexPage.api"…) and languages (targets outside the language prefixes stay).
    kinds: set | None = None
    languages: set | None = None
    with_others: set = field(default_factory=lambda: set(WITH_OTHERS))

    @classmethod
    def full(cls):
        return cls(VALUES, SHAPES, SEGMENTS, HEADERS, COOKIE_VALUES)

    @classmethod
    def quick(cls):
        return cls(
            [value for value in VALUES if value[0] in QUICK_VALUES],
            [shape for shape in SHAPES if shape[0] in QUICK_SHAPES],
            [segment for segment in SEGMENTS if segment[0] in QUICK_SEGMENTS],
            QUICK_HEADERS,
            [value for value in COOKIE_VALUES if value[0] in QUICK_COOKIE_VALUES],
            pages_per_type=1,
            max_linked_paths=40,
        )


class ErrorLog(logging.Handler):
    """Keeps the ERROR records of the current request (a 503 the outage middleware made of an
    exception, an error logged and answered with a 5xx), and counts the others by logger."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []
        self.warnings = Counter()

    def emit(self, record):
        if record.levelno >= logging.ERROR:
            self.records.append(record)
        else:
            self.warnings[record.name] += 1


def wsgi_string(value):
    """A header's value as a WSGI server puts it in the environ: its bytes read as Latin-1
    (text beyond Latin-1 sent as UTF-8); Latin-1 text stands for those bytes themselves."""
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8").decode("latin-1")
    return value


def frames_of(exc_info):
    """The traceback's last FRAMES frames, and before them the deepest frames of this
    project's code when the last ones are all in libraries: [(text, in_project)]."""
    if not exc_info or not exc_info[2]:
        return []
    frames = traceback.extract_tb(exc_info[2])
    ours = [index for index, frame in enumerate(frames) if in_project(frame.filename)]
    chosen = set(range(max(0, len(frames) - FRAMES), len(frames))) | set(ours[-3:])
    return [
        (
            f"{short_path(frames[index].filename)}:{frames[index].lineno} in "
            f"{frames[index].name}: {(frames[index].line or '').strip()[:120]}",
            index in ours,
        )
        for index in sorted(chosen)
    ]


def in_project(filename):
    return (
        "site-packages" not in filename
        and not filename.startswith("<")
        and "/lib/python" not in filename
    )


def short_path(filename):
    path = Path(filename).as_posix()
    if "site-packages/" in path:
        return path.split("site-packages/")[-1]
    try:
        return Path(filename).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(filename).name


class HostilePass:
    def __init__(self, plan, database_label="", client=None):
        from django.test import Client

        self.plan = plan
        self.database = database_label
        self.client = client or Client(raise_request_exception=False)
        self.targets = {}
        self.requests = 0
        self.statuses = Counter()
        self.by_probe = defaultdict(Counter)
        self.five_xx = []
        self.five_xx_groups = {}  # signature -> {count, exception, frames, cases}
        self.findings = []
        self.finding_counts = Counter()
        self.slow = []
        self.discovery = {}
        self.cookies_seen = set()
        self.crawled = set()
        self.log = ErrorLog()
        self.scanner = ParameterScanner(project_packages())
        self.local_hosts = {"testserver", "localhost", "127.0.0.1", "[::1]", ""}

    # --- sending ---------------------------------------------------------------------------

    def send(self, phase, path, query="", headers=None, what=None):
        """GET `path?query` (both raw: percent-encoded as they go on the wire); returns the
        response. `what`: (parameter or header, value label) for the report."""
        self.client.cookies.clear()
        self.log.records.clear()
        extra = {name: wsgi_string(value) for name, value in (headers or {}).items()}
        if query:
            extra["QUERY_STRING"] = query
        started = time.monotonic()
        try:
            response = self.client.get(path, **extra)
        except Exception:  # noqa: BLE001 - out of Django's handler: the server answers 500
            from django.http import HttpResponseServerError

            response = HttpResponseServerError()
            response.exc_info = sys.exc_info()
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        elapsed = time.monotonic() - started
        self.requests += 1
        status_class = f"{response.status_code // 100}xx"
        self.statuses[status_class] += 1
        self.by_probe[phase][status_class] += 1
        url = path + (f"?{query}" if query else "")
        record = {
            "phase": phase,
            "url": url if len(url) <= 300 else url[:300] + f"…({len(url)} chars)",
            "status": response.status_code,
            "parameter": what[0] if what else None,
            "value": what[1] if what else None,
            "database": self.database,
        }
        if headers:
            record["headers"] = {
                name: (value if len(value) <= 80 else value[:80] + f"…({len(value)} chars)")
                for name, value in headers.items()
                if name != "QUERY_STRING"
            }
        if elapsed > SLOW_SECONDS:
            self.slow.append({**record, "seconds": round(elapsed, 2)})
        if response.status_code >= 500:
            self._five_xx(record, response)
        self._check(record, response, body, query, headers or {})
        for cookie in response.cookies:
            self.cookies_seen.add(cookie)
        response.hostile_body = body
        return response

    def _five_xx(self, record, response):
        exc_info = getattr(response, "exc_info", None)
        logged = [entry for entry in self.log.records if entry.exc_info]
        if not exc_info and logged:
            exc_info = logged[0].exc_info
        if exc_info:
            exception = f"{exc_info[0].__name__}: {str(exc_info[1])[:300]}"
        else:
            messages = [entry.getMessage()[:300] for entry in self.log.records]
            exception = "; ".join(messages) or "(no exception: a 5xx answer)"
        frames = frames_of(exc_info)
        ours = [text for text, project in frames if project]
        where = (ours or [text for text, _project in frames] or ["?"])[-1].split(": ")[0]
        signature = f"{exception.split(':')[0]} at {where}"
        frames = [text for text, _project in frames]
        group = self.five_xx_groups.setdefault(
            signature,
            {"count": 0, "exception": exception, "frames": frames, "project_frames": ours},
        )
        group["count"] += 1
        # Each distinct (path, probe, parameter, value) once, for the report.
        case = (
            f"{record['status']} {record['url'][:200]} ({record['phase']}: "
            f"{record['parameter']} = {record['value']})"
        )
        cases = group.setdefault("cases", [])
        if len(cases) < 40 and case not in cases:
            cases.append(case)
        if len(self.five_xx) < MAX_DETAILS:
            self.five_xx.append(
                {**record, "exception": exception, "frames": frames, "signature": signature}
            )

    def _finding(self, kind, record, detail):
        self.finding_counts[kind] += 1
        if len(self.findings) < MAX_DETAILS:
            self.findings.append({**record, "finding": kind, "detail": detail})

    def _check(self, record, response, body, query, headers):
        content_type = response.get("Content-Type", "")
        text = body.decode("utf-8", errors="replace") if body else ""
        if "text/plain" not in content_type:
            lowered = text.lower()
            for kind, marker in REFLECTIONS.items():
                if marker.lower() in lowered:
                    position = lowered.index(marker.lower())
                    self._finding(
                        f"reflected-{kind}",
                        record,
                        f"{content_type}: …{text[max(0, position - 80) : position + 80]}…",
                    )
        if "hx" in response.cookies:
            self._finding("header-injection", record, "Set-Cookie hx from the query")
        location = response.get("Location", "")
        if location:
            parts = urlsplit(location)
            host = (parts.hostname or "").lower()
            offsite = parts.netloc and host not in self.local_hosts
            if offsite or parts.scheme.lower() in ("javascript", "data", "vbscript"):
                self._finding("offsite-redirect", record, f"Location: {location[:200]}")
            if "\n" in location or "\r" in location:
                self._finding("header-injection", record, f"Location: {location[:200]!r}")
        if HOSTILE_HOST in headers.get("HTTP_HOST", "") + headers.get("HTTP_X_FORWARDED_HOST", ""):
            if HOSTILE_HOST in text or HOSTILE_HOST in location:
                self._finding("host-reflected", record, f"{content_type}: the hostile host name")

    # --- discovery -------------------------------------------------------------------------

    def target(self, path, kind, language="", fuzz=False):
        if path not in self.targets:
            self.targets[path] = Target(path, kind, language, fuzz)
        elif fuzz:
            self.targets[path].fuzz = True
        return self.targets[path]

    def discover_pages(self):
        """Live pages in each language: all of them, but a sample of each type beyond
        pages_per_type; the first of each type and language gets every parameter."""
        from wagtail.contrib.routable_page.models import RoutablePageMixin
        from wagtail.models import Locale, Page

        counted = Counter()
        for locale in Locale.objects.order_by("pk"):
            pages = Page.objects.live().filter(locale=locale).specific().order_by("path")
            by_type = defaultdict(list)
            for page in pages:
                by_type[type(page)].append(page)
            for page_type, group in by_type.items():
                step = max(1, len(group) // self.plan.pages_per_type)
                sample = group[::step][: self.plan.pages_per_type]
                for index, page in enumerate(sample):
                    url = page.get_url()
                    if not url:
                        continue
                    path = urlsplit(url).path
                    name = page_type.__name__
                    target = self.target(path, f"page:{name}", locale.language_code, index == 0)
                    counted[name] += 1
                    if index == 0:
                        for param in self.scanner.of(page_type):
                            target.params[param].add("code")
                        target.segments = [(label, path + seg) for label, seg in self.plan.segments]
                    if isinstance(page, RoutablePageMixin):
                        self._routes(page, path, locale.language_code, index == 0)
        self.discovery["pages"] = dict(counted)

    def _routes(self, page, path, language, fuzz):
        for pattern in page.get_resolver().url_patterns:
            if getattr(pattern.pattern, "converters", None) or pattern.pattern.regex.groups:
                continue
            try:
                subpath = page.reverse_subpage(pattern.name)
            except Exception:  # noqa: BLE001 - a route without a simple address is skipped
                continue
            if not subpath:
                continue
            route = self.target(
                path + subpath, f"route:{type(page).__name__}.{pattern.name}", language, fuzz
            )
            if fuzz:
                view = getattr(type(page), pattern.callback.__name__, pattern.callback)
                for param in self.scanner.of(view):
                    route.params[param].add("code")
                route.segments = [
                    (label, route.path + seg) for label, seg in self.plan.segments[:4]
                ]

    def discover_urlconf(self):
        """The URLconf's patterns outside the admin and the page tree, in each language."""
        from django.conf import settings
        from django.urls import URLPattern, URLResolver, get_resolver
        from django.utils import translation

        found = []

        def walk(patterns, prefix):
            for entry in patterns:
                route = str(entry.pattern)
                if isinstance(entry, URLResolver):
                    callback_module = getattr(entry.urlconf_module, "__name__", "")
                    if route.startswith("admin") or "wagtail.admin" in callback_module:
                        continue
                    walk(entry.url_patterns, prefix + route)
                elif isinstance(entry, URLPattern):
                    found.append((prefix + route, entry))

        languages = [code for code, _name in settings.LANGUAGES]
        seen = set()
        for language in languages:
            with translation.override(language):
                found.clear()
                walk(get_resolver().url_patterns, "")
                for route, entry in found:
                    module = getattr(entry.callback, "__module__", "")
                    if module.startswith("wagtail.views") and entry.name == "wagtail_serve":
                        prefix = route.split("^")[0]
                        self.target(f"/{prefix}hx-no-such-page/", "not-found", language)
                        continue
                    for path, samples in self._pattern_urls(route, entry):
                        if path in seen:
                            continue
                        seen.add(path)
                        lang = language if route.startswith(f"{language}/") else ""
                        target = self.target(path, f"url:{entry.name or route}", lang, True)
                        for param in self.scanner.of(entry.callback):
                            target.params[param].add("code")
                        target.segments = samples
        self.target("/hx-no-such-page/", "not-found")
        self.target("/", "url:root")
        self.discovery["url_patterns"] = sorted(
            {f"{target.kind}" for target in self.targets.values() if target.kind.startswith("url:")}
        )

    def _pattern_urls(self, route, entry):
        """[(path, hostile variants of its path arguments)] for one pattern: a plain address
        (arguments from the database or the pattern's own defaults when there are any) and,
        per argument, the hostile segments in its place."""
        route = route.replace("^", "").replace("$", "")
        pieces = re.split(r"(<(?:\w+:)?\w+>|\([^()]*(?:\([^()]*\)[^()]*)*\))", route)
        arguments = [index for index, piece in enumerate(pieces) if index % 2]
        if not arguments:
            return [
                ("/" + route, [(label, f"/{route}{seg}") for label, seg in self.plan.segments[:3]])
            ]
        samples = []
        plain = list(pieces)
        for index in arguments:
            plain[index] = self._sample(pieces[index], entry)
        base = "/" + "".join(plain)
        for index in arguments:
            for label, segment in self.plan.segments:
                variant = list(plain)
                variant[index] = segment.rstrip("/") or "%00"
                samples.append((f"{pieces[index]}={label}", "/" + "".join(variant)))
            if pieces[index].startswith("<int") or pieces[index] == r"(\d+)":
                for label, number in (("huge", "99999999999999999999"), ("zero", "0")):
                    variant = list(plain)
                    variant[index] = number
                    samples.append((f"{pieces[index]}={label}", "/" + "".join(variant)))
        return [(base, samples)]

    @staticmethod
    def _sample(piece, entry):
        """A plausible value for a path argument: a key of the view's own defaults (sitemap
        sections), a number, or a token."""
        for default in entry.default_args.values():
            if isinstance(default, dict) and default:
                return str(next(iter(default)))
        if piece.startswith("<int") or "\\d" in piece:
            return "1"
        return "hx-token"

    def discover_documents(self):
        from wagtail.documents import get_document_model

        documents = list(get_document_model().objects.order_by("pk"))
        for index, document in enumerate(documents):
            target = self.target(urlsplit(document.url).path, "document", fuzz=index == 0)
            if index == 0:
                target.segments = [
                    (label, target.path + seg.rstrip("/")) for label, seg in self.plan.segments
                ]
        self.discovery["documents"] = len(documents)

    def learn(self, source, response):
        """Parameters and paths from the links and GET forms of an answer."""
        body = getattr(response, "hostile_body", b"")
        content_type = response.get("Content-Type", "")
        text = body.decode("utf-8", errors="replace")
        links, forms = [], []
        if "html" in content_type:
            parser = LinkParser()
            try:
                parser.feed(text)
            except Exception:  # noqa: BLE001 - a page the parser cannot read teaches nothing
                pass
            links, forms = parser.links, parser.forms
        elif "xml" in content_type:
            links = [loc or href for loc, href in XML_LINKS.findall(text)]
        new = []
        for href in links:
            path, query = self._local(source, href)
            if path is None:
                continue
            target = self.targets.get(path)
            if target is None:
                target = self.target(path, "link")
                new.append(path)
            for name, value in parse_qsl(query, keep_blank_values=True):
                target.params[name].add("html")
                target.values[name].add(value)
        for form in forms:
            if form["method"] != "get":
                continue
            path, _query = self._local(source, form["action"] or source)
            if path is None:
                continue
            target = self.targets.get(path) or self.target(path, "link")
            for name, values in form["fields"].items():
                target.params[name].add("html")
                target.values[name] |= values
        return new

    def _local(self, source, href):
        if href.startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
            return None, None
        parts = urlsplit(urljoin("http://testserver" + source, href.replace("&amp;", "&")))
        if parts.scheme not in ("http", "https") or (parts.hostname or "") not in self.local_hosts:
            return None, None
        if parts.path.startswith(("/static/", "/media/", "/admin/")):
            return None, None
        return parts.path, parts.query

    # --- phases ----------------------------------------------------------------------------

    def crawl(self):
        """Every target once, plain; what their answers link to, once too (a bounded number)."""
        queue = [target.path for target in self._selected()]
        done = self.crawled
        linked = 0
        while queue:
            path = queue.pop(0)
            if path in done:
                continue
            if self.targets[path].kind == "link":
                if linked >= self.plan.max_linked_paths:
                    continue
                linked += 1
            done.add(path)
            response = self.send("crawl", path)
            if response.status_code < 400:
                queue += self.learn(path, response)
        self.discovery["linked_paths_fetched"] = linked

    def parameters(self):
        """Every parameter of every fuzzed target × every value and shape; then an unknown
        parameter and all the parameters at once."""
        for target in self._selected():
            names = sorted(target.params) if target.fuzz or self._own_params(target) else []
            for name in names:
                for label, value in self.plan.values:
                    self.send("parameters", target.path, f"{_q(name)}={value}", what=(name, label))
                for label, shape in self.plan.shapes:
                    self.send("parameters", target.path, shape(_q(name)), what=(name, label))
            if target.fuzz:
                unknown = [value for value in self.plan.values if value[0] in UNKNOWN]
            elif target.path in self.crawled:
                unknown = [
                    value for value in self.plan.values if value[0] in ("nul", "html-script")
                ]
            else:
                unknown = []
            for label, value in unknown:
                query = f"hx_unknown={value}"
                self.send("unknown-parameter", target.path, query, what=("hx_unknown", label))
            if len(names) > 1:
                for label, value in self.plan.values:
                    query = "&".join(f"{_q(name)}={value}" for name in names)
                    self.send("all-parameters", target.path, query, what=("*", label))
                # Every other parameter with a value seen in the links (or a word that matches
                # nothing: an empty result), this one hostile: a page number past an empty
                # search, a date with a valid rate…
                others = {
                    name: sorted(target.values.get(name, set()) - {""} or {"hx"})[-1]
                    for name in names
                }
                for name in names:
                    base = "&".join(
                        f"{_q(other)}={_q(value)}"
                        for other, value in others.items()
                        if other != name
                    )
                    for label, value in self.plan.values:
                        if label in self.plan.with_others:
                            query = f"{base}&{_q(name)}={value}"
                            self.send(
                                "with-other-parameters", target.path, query, what=(name, label)
                            )

    def _own_params(self, target):
        return any("html" in sources for sources in target.params.values())

    def paths(self):
        for target in self._selected():
            for label, path in target.segments:
                self.send("path-segments", path, what=("path", label))

    def headers(self):
        from django.conf import settings
        from django.urls import reverse
        from django.utils import translation

        if self.plan.kinds is None:
            paths = ["/", "/robots.txt", "/sitemap.xml", "/healthz"]
            for target in self.targets.values():
                if target.fuzz and target.kind.startswith(("page:Home", "route:", "page:Offer")):
                    paths.append(target.path)
            with translation.override(settings.LANGUAGE_CODE):
                paths.append(reverse("choose_region") + "?next=/")
        else:
            paths = [target.path for target in self._selected() if target.fuzz]
        documents = [t.path for t in self._selected() if t.kind == "document"][:1]
        for header, values in self.plan.headers.items():
            for value in values:
                label = value if len(value) <= 40 else f"{value[:20]}…({len(value)} chars)"
                for path in paths + (documents if "RANGE" in header or "IF_" in header else []):
                    path, _sep, query = path.partition("?")
                    self.send("headers", path, query, {header: value}, what=(header, label))

    def cookies(self):
        from django.conf import settings

        names = {
            settings.SESSION_COOKIE_NAME,
            settings.CSRF_COOKIE_NAME,
            settings.LANGUAGE_COOKIE_NAME,
            *self.cookies_seen,
        }
        self.discovery["cookies"] = sorted(names)
        # Cookies are read the same way in both languages: the fuzzed pages of the first
        # language and the addresses outside the language prefixes.
        first = next((t.language for t in self._selected() if t.language), "")
        paths = [
            target.path
            for target in self._selected()
            if target.fuzz
            and target.kind.startswith(("page:", "url:", "route:"))
            and target.language in ("", first)
        ]
        for name in sorted(names):
            for label, value in self.plan.cookie_values:
                for path in paths:
                    self.send(
                        "cookies",
                        path,
                        headers={"HTTP_COOKIE": f"{name}={value}"},
                        what=(name, label),
                    )

    def _selected(self):
        return [
            target
            for target in self.targets.values()
            if (self.plan.kinds is None or target.kind in self.plan.kinds)
            and (self.plan.languages is None or target.language in self.plan.languages | {""})
        ]

    # --- the whole pass --------------------------------------------------------------------

    def run(self):
        from django.conf import settings
        from django.test.utils import override_settings
        from wagtail.models import Site

        sites = {site.hostname for site in Site.objects.all()}
        allowed = sorted({"testserver", "localhost", "127.0.0.1", "[::1]", *sites})
        self.local_hosts |= set(allowed)
        root = logging.getLogger()
        saved = (root.handlers[:], root.level)
        root.handlers = [self.log]
        root.setLevel(logging.WARNING)
        timings = {}
        started = time.monotonic()
        try:
            # The hosts of a real deployment, not the test settings' "*": a hostile Host must
            # be refused, not served.
            with override_settings(ALLOWED_HOSTS=allowed, PAGE_CACHE_SECONDS=0):
                for name, phase in (
                    ("discovery", self.discover),
                    ("crawl", self.crawl),
                    ("parameters", self.parameters),
                    ("path-segments", self.paths),
                    ("headers", self.headers),
                    ("cookies", self.cookies),
                ):
                    phase_started = time.monotonic()
                    before = self.requests
                    phase()
                    timings[name] = {
                        "seconds": round(time.monotonic() - phase_started, 1),
                        "requests": self.requests - before,
                    }
        finally:
            root.handlers, root.level = saved
        self.discovery["allowed_hosts"] = allowed
        self.discovery["settings"] = os.environ.get("DJANGO_SETTINGS_MODULE")
        self.discovery["database_engine"] = settings.DATABASES["default"]["ENGINE"]
        return self.summary(time.monotonic() - started, timings)

    def discover(self):
        self.discover_pages()
        self.discover_urlconf()
        self.discover_documents()

    def summary(self, seconds, timings):
        params = {
            target.path: {name: sorted(sources) for name, sources in sorted(target.params.items())}
            for target in self.targets.values()
            if target.params
        }
        return {
            "database": self.database,
            "requests": self.requests,
            "statuses": {key: self.statuses.get(key, 0) for key in ("2xx", "3xx", "4xx", "5xx")},
            "five_xx": self.statuses.get("5xx", 0),
            "reflections": sum(self.finding_counts.values()),
            "slow": len(self.slow),
            "seconds": round(seconds, 1),
            "phases": timings,
            "probes": {name: dict(statuses) for name, statuses in self.by_probe.items()},
            "five_xx_groups": dict(
                sorted(self.five_xx_groups.items(), key=lambda item: -item[1]["count"])
            ),
            "five_xx_details": self.five_xx,
            "findings_by_kind": dict(self.finding_counts),
            "findings": self.findings,
            "slow_details": self.slow[:MAX_DETAILS],
            "server_warnings_by_logger": dict(self.log.warnings.most_common()),
            "targets": {
                "total": len(self.targets),
                "fuzzed": sum(1 for target in self.targets.values() if target.fuzz),
                "by_kind": dict(Counter(t.kind.split(".")[0] for t in self.targets.values())),
            },
            "parameters": params,
            "discovery": self.discovery,
            "values": {
                "query": [label for label, _value in self.plan.values],
                "shapes": [label for label, _shape in self.plan.shapes],
                "path_segments": [label for label, _segment in self.plan.segments],
                "headers": {name: len(values) for name, values in self.plan.headers.items()},
                "cookies": [label for label, _value in self.plan.cookie_values],
            },
        }


# --- Command line --------------------------------------------------------------------------


def table(summaries):
    """The counts of one or more passes, one line each."""
    head = f"{'database':<12}{'requests':>9}{'2xx':>8}{'3xx':>7}{'4xx':>8}{'5xx':>6}"
    head += f"{'reflections':>13}{'slow':>6}{'seconds':>9}"
    lines = [head, "-" * len(head)]
    for item in summaries:
        statuses = item["statuses"]
        lines.append(
            f"{item['database']:<12}{item['requests']:>9}{statuses['2xx']:>8}{statuses['3xx']:>7}"
            f"{statuses['4xx']:>8}{statuses['5xx']:>6}{item['reflections']:>13}{item['slow']:>6}"
            f"{item['seconds']:>9}"
        )
    return "\n".join(lines)


def details(item):
    """Each kind of 5xx with its cases and frames, each kind of finding, the slowest answers."""
    lines = []
    for signature, group in item["five_xx_groups"].items():
        lines.append(f"5xx × {group['count']}: {group['exception']}")
        lines.append(f"  at {signature.split(' at ', 1)[-1]}")
        lines += [f"  - {case}" for case in group["cases"][:12]]
        if len(group["cases"]) > 12:
            lines.append(f"  - … {len(group['cases']) - 12} more in summary.json")
        shown = group["project_frames"][-3:] or group["frames"][-3:]
        lines += [f"    {frame}" for frame in shown]
    for kind, count in item["findings_by_kind"].items():
        example = next(e for e in item["findings"] if e["finding"] == kind)
        lines.append(f"{kind} × {count}: {example['url'][:160]} ({example['detail'][:160]})")
    for entry in sorted(item["slow_details"], key=lambda entry: -entry["seconds"])[:5]:
        lines.append(f"slow: {entry['seconds']} s {entry['url'][:120]}")
    return "\n".join(lines)


def database_label():
    from django.db import connection

    return {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(
        connection.vendor, connection.vendor
    )


def arguments(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m loadtest.hostile", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--setup", action="store_true", help="run migrate and load_demo_content first"
    )
    parser.add_argument("--quick", action="store_true", help="fewer values and pages (a smoke run)")
    parser.add_argument(
        "--output", type=Path, default=OUT, help="where summary.json goes (test-artifacts/hostile)"
    )
    parser.add_argument(
        "--label", help="the run's name in summary.json and the table (the database's vendor)"
    )
    parser.add_argument(
        "--table", action="store_true", help="print the table of the runs in summary.json, only"
    )
    return parser.parse_args(argv)


def git_commit():
    result = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout.strip() or None


def read_summary(path):
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"runs": {}}


def main(argv=None):
    args = arguments(argv)
    out = args.output.resolve()
    summary_path = out / "summary.json"
    if args.table:
        runs = read_summary(summary_path)["runs"]
        say(table(runs.values()))
        return 1 if any(run["five_xx"] or run["reflections"] for run in runs.values()) else 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careers_site.settings.test")
    import django

    django.setup()
    if args.setup:
        import io

        from django.core.management import call_command

        started = time.monotonic()
        logging.disable(logging.INFO)  # the demo loader's page-by-page log
        call_command("migrate", "--noinput", verbosity=0)
        call_command("load_demo_content", stdout=io.StringIO())
        logging.disable(logging.NOTSET)
        say(f"Database ready in {time.monotonic() - started:.0f} s.")
    label = args.label or database_label()
    plan = Plan.quick() if args.quick else Plan.full()
    say(f"Hostile pass on {label} ({'quick' if args.quick else 'full'})…")
    result = HostilePass(plan, label).run()
    result["environment"] = {
        "git_commit": git_commit(),
        "settings": os.environ["DJANGO_SETTINGS_MODULE"],
        "python": platform.python_version(),
        "django": django.get_version(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "slow_threshold_s": SLOW_SECONDS,
    }
    out.mkdir(parents=True, exist_ok=True)
    # One file for every run (scripts/hostile.sh: SQLite, then PostgreSQL): this run's entry
    # replaces the one of the same name.
    summary = read_summary(summary_path)
    summary["runs"][label] = result
    summary_path.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    say("\n" + table([result]))
    if text := details(result):
        say(text)
    say(f"\nDetails: {summary_path} (runs › {label})")
    return 1 if result["five_xx"] or result["reflections"] else 0


if __name__ == "__main__":
    sys.exit(main())
