"""The site's own date and number formats (FORMAT_MODULE_PATH), over Django's for each language.

Only what differs from Django's is set here; everything else (input formats…) is Django's.
"""
