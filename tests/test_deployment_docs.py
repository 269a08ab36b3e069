"""docs/deployment.md documents every environment variable the code reads, so it cannot rot:
a variable added to the settings without a line in the guide fails here."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "deployment.md"
# Where configuration is read: the project's packages and the app server's configuration.
# Not the tests, nor the load-test tooling (its variables are its own; scripts/load.sh).
PACKAGES = [
    "careers_site",
    "core",
    "demo",
    "home",
    "guides",
    "offers",
    "search",
    "alerts",
    "editorial",
]
FILES = ["gunicorn.conf.py", "manage.py"]
SHELL_SCRIPTS = ["scripts/backup.sh", "scripts/restore.sh"]
NAME = re.compile(r"[A-Z][A-Z0-9_]*")


def python_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path
    for name in FILES:
        yield ROOT / name


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def _string(node):
    is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value if is_text and NAME.fullmatch(node.value) else None


def names_read(tree):
    """Variable names in env("X"), env.xxx("X"), environ.Env(X=...), os.environ.get("X"),
    os.environ["X"], os.getenv("X") and os.environ.setdefault("X")."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = _dotted(node.func)
            if func in ("environ.Env", "Env"):
                found.update(keyword.arg for keyword in node.keywords if keyword.arg)
            elif (
                func == "env"
                or (func.startswith("env.") and func.count(".") == 1)
                or func in ("os.environ.get", "os.getenv", "os.environ.setdefault")
            ) and node.args:
                name = _string(node.args[0])
                if name:
                    found.add(name)
        elif isinstance(node, ast.Subscript) and _dotted(node.value) == "os.environ":
            name = _string(node.slice)
            if name:
                found.add(name)
    return found


def shell_names(text):
    """Variables a script reads: ${NAME}, ${NAME:-default}, $NAME (its own locals excluded by
    being lower-case or assigned in the script)."""
    assigned = set(re.findall(r"^\s*(?:local\s+)?([A-Z][A-Z0-9_]*)=", text, re.MULTILINE))
    used = set(re.findall(r"\$\{?([A-Z][A-Z0-9_]*)", text))
    return used - assigned


def variables():
    found = {}
    for path in python_files():
        for name in names_read(ast.parse(path.read_text(encoding="utf-8"))):
            found.setdefault(name, path.relative_to(ROOT))
    for script in SHELL_SCRIPTS:
        path = ROOT / script
        for name in shell_names(path.read_text(encoding="utf-8")):
            found.setdefault(name, path.relative_to(ROOT))
    return found


def test_the_parser_finds_what_it_should():
    tree = ast.parse(
        "env = environ.Env(DEBUG=(bool, False))\n"
        'env("A_ONE"); env.int("A_TWO", default=1); env.db("A_THREE")\n'
        'os.environ.get("A_FOUR"); os.getenv("A_FIVE"); os.environ["A_SIX"]\n'
        'os.environ.setdefault("A_SEVEN", "x"); other("NOT_ONE"); env.str(name)\n'
    )
    assert names_read(tree) == {
        "DEBUG", "A_ONE", "A_TWO", "A_THREE", "A_FOUR", "A_FIVE", "A_SIX", "A_SEVEN"
    }  # fmt: skip
    assert shell_names('X=1\necho "$X ${DATABASE_URL:?} $MEDIA_ROOT $1 $PATH"') == {
        "DATABASE_URL",
        "MEDIA_ROOT",
        "PATH",
    }


def test_known_variables_are_found():
    found = variables()
    for name in ("SECRET_KEY", "DATABASE_URL", "ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME"):
        assert name in found
    for name in ("SENTRY_DSN", "LOG_FORMAT", "WEB_CONCURRENCY", "APP_VERSION"):
        assert name in found


# Read by a script but not configuration of the portal.
NOT_CONFIGURATION = {"PATH", "HOME", "PWD"}


def test_every_variable_is_documented():
    guide = GUIDE.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]*)`", guide))
    missing = {
        name: str(path)
        for name, path in sorted(variables().items())
        if name not in documented and name not in NOT_CONFIGURATION
    }
    assert not missing, f"docs/deployment.md does not document: {missing}"
