"""Machine translation in wagtail-localize's editor, offered only when a DeepL key is set.

Read by the settings, so this module imports nothing from Django or Wagtail.
"""


def machine_translator(api_key, api_url=""):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR: None (no button in the editor) without a key."""
    if not api_key:
        return None
    return {
        "CLASS": "editorial.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": api_key, "API_URL": api_url, "TIMEOUT": 10},
    }
