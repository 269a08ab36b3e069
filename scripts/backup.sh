#!/usr/bin/env bash
# Back up the portal: the PostgreSQL database (pg_dump, custom format) and the media: local
# MEDIA_ROOT as a tar file, or the S3 media bucket mirrored into BACKUP_S3_BUCKET
# (core/media_backup.py; without it, the bucket's versioning and replication protect
# the media: docs/deployment.md, "Backup and restore").
#
#   DATABASE_URL=postgres://… [MEDIA_ROOT=/srv/media] bash scripts/backup.sh [DEST_DIR]
#   DATABASE_URL=postgres://… AWS_STORAGE_BUCKET_NAME=… BACKUP_S3_BUCKET=… bash scripts/backup.sh
#
# DEST_DIR defaults to backups/<UTC date-time>; it receives database.dump, media.tar.gz (local
# media only) and SHA256SUMS, which scripts/restore.sh checks before restoring anything.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
MEDIA_DIR="${MEDIA_ROOT:-$PWD/media}"
DEST="${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}"

case "$DATABASE_URL" in
    postgres://* | postgresql://* | pgsql://* | psql://*) ;;
    *) echo "backup.sh: DATABASE_URL is not a PostgreSQL URL; only PostgreSQL is backed up." >&2; exit 2 ;;
esac
# libpq knows postgres:// and postgresql:// only (django-environ also accepts pgsql://, psql://).
PG_URL="postgresql://${DATABASE_URL#*://}"

# pg_dump from PATH, or Debian's versioned directory (PG_BIN to choose another).
if [ -n "${PG_BIN:-}" ]; then
    PATH="$PG_BIN:$PATH"
elif ! command -v pg_dump >/dev/null; then
    PATH="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1):$PATH"
fi

mkdir -p "$DEST"
# Custom format: compressed, restorable selectively and in parallel (pg_restore --jobs).
# Consistent without stopping the site: pg_dump reads one snapshot.
pg_dump --format=custom --compress=6 --file="$DEST/database.dump" "$PG_URL"
echo "database: $DEST/database.dump ($(du -h "$DEST/database.dump" | cut -f1))"

PYTHON_BIN="${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}"
if [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ] && [ -n "${BACKUP_S3_BUCKET:-}" ]; then
    "$PYTHON_BIN" -m core.media_backup "$AWS_STORAGE_BUCKET_NAME" "$BACKUP_S3_BUCKET"
    echo "$BACKUP_S3_BUCKET" >"$DEST/media-s3-bucket"
elif [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; then
    echo "media: in S3 bucket $AWS_STORAGE_BUCKET_NAME, not copied (set BACKUP_S3_BUCKET, or rely on versioning and replication; docs/deployment.md)"
elif [ -d "$MEDIA_DIR" ]; then
    tar --create --gzip --file="$DEST/media.tar.gz" --directory="$MEDIA_DIR" .
    echo "media: $DEST/media.tar.gz ($(du -h "$DEST/media.tar.gz" | cut -f1))"
else
    echo "media: $MEDIA_DIR does not exist, nothing to copy"
fi

(cd "$DEST" && sha256sum database.dump $([ -f media.tar.gz ] && echo media.tar.gz) >SHA256SUMS)
echo "backup complete: $DEST"
