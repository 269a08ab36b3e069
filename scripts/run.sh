#!/usr/bin/env bash
# Set everything up and serve the portal with its bilingual demo content (SQLite, database
# search, local media: the embedded defaults) at http://127.0.0.1:8000/, or at the address and
# port given as PORT_BIND (e.g. PORT_BIND=0.0.0.0:8080).
source "$(dirname "$0")/lib.sh"

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-careers_site.settings.dev}"
BIND="$(bind_address "${PORT_BIND:-}")"
# Every absolute URL the site writes (feeds, sitemap, canonical, e-mails) uses this address.
SERVED="$(served_url "$BIND")"
export SITE_URL="${SITE_URL:-${SERVED%/}}"
ensure_venv
ensure_catalogues
"$VENV/bin/python" manage.py migrate --noinput -v0
"$VENV/bin/python" manage.py load_demo_content
"$VENV/bin/python" manage.py sync_site_url
echo "Serving on $SERVED (French: /fr/, English: /en/, admin: /admin/)"
exec "$VENV/bin/python" manage.py runserver "$BIND"
