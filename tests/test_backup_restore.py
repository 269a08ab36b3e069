"""The restore drill of docs/deployment.md, for real: scripts/backup.sh backs up a database
with the demo content and a media file, the database is dropped and the file deleted,
scripts/restore.sh brings both back, and the portal serves the restored content."""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection
from wagtail.models import Page

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("pg_dump"), reason="PostgreSQL client tools missing"),
]


def server_args():
    params = connection.settings_dict
    return [
        "-h",
        params["HOST"] or "127.0.0.1",
        "-p",
        str(params["PORT"] or 5432),
        "-U",
        params["USER"] or "postgres",
    ]


def url_of(name):
    params = connection.settings_dict
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    host = params["HOST"] or "127.0.0.1"
    return f"postgres://{params['USER'] or 'postgres'}{password}@{host}:{params['PORT']}/{name}"


def run(command, **env):
    return subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "PGPASSWORD": connection.settings_dict["PASSWORD"] or "", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def drill_database():
    """A database of our own holding a copy of the test database (the demo site)."""
    if connection.vendor != "postgresql":
        pytest.skip("backups are PostgreSQL's (pg_dump)")
    name = f"ops_drill_{uuid.uuid4().hex[:8]}"
    assert run(["createdb", *server_args(), name]).returncode == 0
    try:
        dump = subprocess.Popen(
            ["pg_dump", "--format=custom", url_of(connection.settings_dict["NAME"])],
            stdout=subprocess.PIPE,
        )
        restore = subprocess.run(
            ["pg_restore", "--no-owner", "--dbname", url_of(name)],
            stdin=dump.stdout,
            capture_output=True,
            timeout=120,
        )
        dump.stdout.close()
        assert dump.wait(timeout=60) == 0 and restore.returncode == 0, restore.stderr
        yield name
    finally:
        run(["dropdb", *server_args(), "--if-exists", "--force", name])


def portal_state(database_name, media_root):
    """What the restored portal serves, read by a separate process on that database."""
    script = (
        "import json; from django.test import Client; from wagtail.models import Page;"
        "home = Client().get('/fr/');"
        "print(json.dumps({'pages': Page.objects.count(), 'home': home.status_code,"
        " 'has_h1': b'<h1' in home.content}))"
    )
    result = run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", script],
        DJANGO_SETTINGS_MODULE="careers_site.settings.test",
        DATABASE_URL=url_of(database_name),
        MEDIA_ROOT=str(media_root),
        LOG_LEVEL="ERROR",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_backup_drop_restore(drill_database, tmp_path):
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    document = media / "documents" / "drill.pdf"
    content = b"%PDF-1.4\n" + os.urandom(4096)
    document.write_bytes(content)
    backup = tmp_path / "backup"
    env = {"DATABASE_URL": url_of(drill_database), "MEDIA_ROOT": str(media)}

    made = run(["bash", "scripts/backup.sh", str(backup)], **env)
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in backup.iterdir()) == [
        "SHA256SUMS",
        "database.dump",
        "media.tar.gz",
    ]

    # The disaster: the database and the media are gone.
    assert run(["dropdb", *server_args(), "--force", drill_database]).returncode == 0
    shutil.rmtree(media)
    assert run(["createdb", *server_args(), drill_database]).returncode == 0

    refused = run(["bash", "scripts/restore.sh", str(backup)], **env)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    restored = run(["bash", "scripts/restore.sh", str(backup), "--yes"], **env)
    assert restored.returncode == 0, restored.stderr

    assert document.read_bytes() == content
    state = portal_state(drill_database, media)
    assert state == {"pages": Page.objects.count(), "home": 200, "has_h1": True}


def test_a_corrupted_backup_changes_nothing(drill_database, tmp_path):
    backup = tmp_path / "backup"
    env = {"DATABASE_URL": url_of(drill_database), "MEDIA_ROOT": str(tmp_path / "media")}
    assert run(["bash", "scripts/backup.sh", str(backup)], **env).returncode == 0
    dump = backup / "database.dump"
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))

    result = run(["bash", "scripts/restore.sh", str(backup), "--yes"], **env)
    assert result.returncode != 0
    assert "FAILED" in result.stdout + result.stderr
    assert portal_state(drill_database, tmp_path / "media")["pages"] == Page.objects.count()


@pytest.fixture
def s3_buckets():
    """A local S3 server (moto's server mode) with a media bucket and a backup bucket."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        env = {
            "AWS_S3_ENDPOINT_URL": f"http://{host}:{port}",
            "AWS_S3_REGION_NAME": "eu-west-3",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_STORAGE_BUCKET_NAME": "careers-media",
            "BACKUP_S3_BUCKET": "careers-media-backup",
        }
        s3 = boto3.client(
            "s3",
            endpoint_url=env["AWS_S3_ENDPOINT_URL"],
            region_name=env["AWS_S3_REGION_NAME"],
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        for bucket in (env["AWS_STORAGE_BUCKET_NAME"], env["BACKUP_S3_BUCKET"]):
            s3.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
            )
        yield s3, env
    finally:
        server.stop()


def test_s3_media_are_mirrored_and_restored(drill_database, s3_buckets, tmp_path):
    s3, env = s3_buckets
    media = env["AWS_STORAGE_BUCKET_NAME"]
    files = {
        "original_images/affiche.jpg": os.urandom(2048),
        "documents/guide-accueil.pdf": b"%PDF-1.4\n" + os.urandom(1024),
    }
    for key, body in files.items():
        s3.put_object(Bucket=media, Key=key, Body=body)
    backup = tmp_path / "backup"
    env = {**env, "DATABASE_URL": url_of(drill_database)}

    made = run(["bash", "scripts/backup.sh", str(backup)], **env)
    assert made.returncode == 0, made.stderr
    assert "2 object(s) copied" in made.stdout
    assert not (backup / "media.tar.gz").exists()
    again = run(["bash", "scripts/backup.sh", str(tmp_path / "backup-2")], **env)
    assert "0 object(s) copied" in again.stdout and "2 already there" in again.stdout

    # A file is deleted from the media bucket (by mistake, or by an attacker's key).
    s3.delete_object(Bucket=media, Key="documents/guide-accueil.pdf")
    restored = run(["bash", "scripts/restore.sh", str(backup), "--yes"], **env)
    assert restored.returncode == 0, restored.stderr
    for key, body in files.items():
        assert s3.get_object(Bucket=media, Key=key)["Body"].read() == body
