#!/usr/bin/env bash
# Set everything up and serve the portal with its bilingual demo content at
# http://127.0.0.1:8000/ (SQLite, database search, local media: the embedded defaults).
source "$(dirname "$0")/lib.sh"

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-careers_site.settings.dev}"
ensure_venv
ensure_catalogues
"$VENV/bin/python" manage.py migrate --noinput -v0
"$VENV/bin/python" manage.py load_demo_content
echo "Serving on http://127.0.0.1:8000/ (French: /fr/, English: /en/, admin: /admin/)"
exec "$VENV/bin/python" manage.py runserver "${PORT_BIND:-127.0.0.1:8000}"
