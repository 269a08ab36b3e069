"""Listings of snippets with a language (regions, contacts, research fields)."""

from wagtail.snippets.views.snippets import SnippetViewSet


class LanguageIndexView(SnippetViewSet.index_view_class):
    """Each row links to its editor, and offers deletion, only for those who may change that
    row: the models' permission policy narrows rights by language (editorial.permissions), while
    Wagtail's listing asks the model-wide right and would link a translator to a French contact
    the editor then refuses."""

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)
        return None
