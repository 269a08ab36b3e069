"""The set-up functions of scripts/lib.sh that differ between machines (issue 23, point 7)."""

import subprocess
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent


def lib(call, **env):
    result = subprocess.run(
        ["bash", "-c", f"source scripts/lib.sh && {call}"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_newest_installed_postgresql_is_used(tmp_path):
    """Debian 12 ships PostgreSQL 15, Debian 13 ships 17: whichever the machine has."""
    for version in ("9", "15", "17"):
        initdb = tmp_path / version / "bin" / "initdb"
        initdb.parent.mkdir(parents=True)
        initdb.write_text("#!/bin/sh\n")
        initdb.chmod(0o755)
    (tmp_path / "common").mkdir()  # not a version
    assert lib("postgres_bin", PG_ROOT=str(tmp_path)) == f"{tmp_path}/17/bin"


@pytest.mark.parametrize(
    ("port_bind", "bind", "url"),
    [
        ("", "127.0.0.1:8000", "http://127.0.0.1:8000/"),
        ("8080", "127.0.0.1:8080", "http://127.0.0.1:8080/"),
        ("0.0.0.0:8001", "0.0.0.0:8001", "http://127.0.0.1:8001/"),
        ("192.0.2.5:9000", "192.0.2.5:9000", "http://192.0.2.5:9000/"),
    ],
)
def test_run_serves_and_prints_the_address_it_is_given(port_bind, bind, url):
    assert lib(f'bind_address "{port_bind}"') == bind
    assert lib(f'served_url "{bind}"') == url


# The Pythons of the supported releases: Debian 12's python3 and Debian 13's.
DEBIAN_PYTHONS = {"Debian 12": "3.11.2", "Debian 13": "3.13.5"}


def lock_pins():
    lines = (ROOT / "requirements.lock").read_text().splitlines()
    return [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("release", "python"), DEBIAN_PYTHONS.items())
def test_every_locked_version_installs_on_the_releases_python(release, python):
    """A lock written on a later Python (this machine's 3.11.7) can pin a version that needs more
    than Debian 12's 3.11.2: Soup Sieve 3 and later need 3.11.5, and scripts/run.sh then stops on
    "ResolutionImpossible". Such a pin takes a marker and an older version for the older Python.

    Checked on the installed distributions' metadata (no network): the pins of this machine's
    Python that the lock also applies to the release's Python."""
    environment = {"python_full_version": python, "python_version": python.rsplit(".", 1)[0]}
    too_new = []
    for pin in lock_pins():
        if pin.marker and not pin.marker.evaluate(environment):
            continue
        try:
            installed = metadata.distribution(pin.name)
        except metadata.PackageNotFoundError:
            continue  # an extra this run did not install (load, mutation)
        if not pin.specifier.contains(installed.version):
            continue  # this machine installed another pin of the same name (its own marker)
        requires = installed.metadata.get("Requires-Python")
        if requires and not SpecifierSet(requires).contains(python):
            too_new.append(f"{pin} (Requires-Python {requires})")
    assert not too_new, f"{release}'s Python {python} cannot install: {too_new}"
