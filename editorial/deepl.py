from wagtail_localize.machine_translators.deepl import DeepLTranslator as BaseDeepLTranslator


class DeepLTranslator(BaseDeepLTranslator):
    """DeepL, with its address configurable (API_URL) for a proxy or a test double."""

    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()
