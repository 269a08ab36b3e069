"""The set-up functions of scripts/lib.sh that differ between machines (issue 23, point 7)."""

import subprocess
from pathlib import Path

import pytest

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
