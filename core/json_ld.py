"""JSON-LD (schema.org structured data) embedded in pages, escaped once for every caller.

Job postings (offers), the organisation and the portal (home pages) and the offers API all
escape their JSON here, so that no editor text can close the script element.
"""

import json

from django.utils.safestring import mark_safe

# What json_script escapes, so editor text cannot close the script element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A JSON-LD script element, escaped like json_script (no HTML can break out).

    A data block, not a script: a Content-Security-Policy without inline scripts allows it.
    """
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
