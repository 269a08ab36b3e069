"""The version of the running code, for /healthz and error reports.

Production images carry no git checkout: the version is the installed package's
(pyproject.toml), or APP_VERSION when the build sets one (e.g. a commit hash or a tag).
"""

import os
from importlib.metadata import PackageNotFoundError, version


def app_version():
    explicit = os.environ.get("APP_VERSION", "").strip()
    if explicit:
        return explicit
    try:
        return version("careers-portal")
    except PackageNotFoundError:  # running from a checkout that was never pip-installed
        return "unknown"
