#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database DATABASE_URL names (it must
# exist: `createdb` first for a new one) and its media: media.tar.gz into MEDIA_ROOT, or, for a
# backup of S3 media, the files the media bucket (AWS_STORAGE_BUCKET_NAME) lacks copied back
# from the backup bucket.
# Everything the backup holds replaces what is there: say --yes.
#
#   DATABASE_URL=postgres://… [MEDIA_ROOT=/srv/media] bash scripts/restore.sh BACKUP_DIR --yes
#
# Afterwards: `manage.py migrate` if the code is newer than the backup, then
# `manage.py update_index` (Elasticsearch indexes are not part of a backup).
set -euo pipefail
cd "$(dirname "$0")/.."

SRC="${1:?usage: restore.sh BACKUP_DIR --yes}"
if [ "${2:-}" != "--yes" ]; then
    echo "restore.sh replaces the database and media with the backup's: run it again with --yes." >&2
    exit 2
fi
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to restore into}"
MEDIA_DIR="${MEDIA_ROOT:-$PWD/media}"
PG_URL="postgresql://${DATABASE_URL#*://}"

if [ -n "${PG_BIN:-}" ]; then
    PATH="$PG_BIN:$PATH"
elif ! command -v pg_restore >/dev/null; then
    PATH="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1):$PATH"
fi

# A truncated or corrupted copy stops here, before anything is changed.
(cd "$SRC" && sha256sum --check --quiet SHA256SUMS)

# One transaction: a restore that fails leaves the database as it was. --clean --if-exists
# drops what the backup recreates; --no-owner/--no-privileges: the objects belong to the role
# DATABASE_URL connects as, whatever the original server's roles were.
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$PG_URL" "$SRC/database.dump"
echo "database restored from $SRC/database.dump"

if [ -f "$SRC/media-s3-bucket" ]; then
    : "${AWS_STORAGE_BUCKET_NAME:?the backup holds S3 media: set AWS_STORAGE_BUCKET_NAME}"
    PYTHON_BIN="${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}"
    "$PYTHON_BIN" -m core.media_backup "$(cat "$SRC/media-s3-bucket")" "$AWS_STORAGE_BUCKET_NAME"
elif [ -f "$SRC/media.tar.gz" ]; then
    mkdir -p "$MEDIA_DIR"
    tar --extract --gzip --file="$SRC/media.tar.gz" --directory="$MEDIA_DIR" --no-same-owner
    echo "media restored into $MEDIA_DIR"
fi
echo "restore complete: now run manage.py migrate (if the code is newer) and manage.py update_index"
