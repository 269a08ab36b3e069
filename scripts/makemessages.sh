#!/usr/bin/env bash
# Refresh locale/fr and locale/en from the code and templates (the i18n test runs the same).
source "$(dirname "$0")/lib.sh"
"$VENV/bin/python" manage.py makemessages -l fr -l en --ignore=".venv/*" --ignore="test-artifacts/*" --no-location --no-obsolete
