"""Translation runs one way, French to the other languages, and translators only translate.

wagtail-localize's own views let anyone with "submit translation" translate any page or
snippet into any language it lacks, an English contact into French included (live at once),
and let anyone who may edit a translation stop it, which turns it into an ordinary page whose
facts (an offer's application link…) become editable; Wagtail's own "convert alias" and
"revert to revision" views open the full page editor to anyone who may edit the page. The
project's URLs put guarded versions here first, at the same addresses. The signal receivers
below keep the one-way rule for any other path that would create such a translation.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import (
    convert,
    edit_translation,
    submit_translations,
    update_translations,
)

from core.locales import is_source

from .permissions import translates_only


def _from_source_locale(view_class):
    class FromSourceLocale(view_class):
        """Only French content is sent to translation, and never into French."""

        def get_object(self):
            instance = super().get_object()
            if not is_source(instance.locale):
                raise PermissionDenied
            return instance

        def get_form(self):
            form = super().get_form()
            locales = form.fields["locales"]
            locales.queryset = locales.queryset.exclude(language_code=settings.LANGUAGE_CODE)
            return form

    FromSourceLocale.__name__ = view_class.__name__
    return FromSourceLocale


SubmitPageTranslationView = _from_source_locale(submit_translations.SubmitPageTranslationView)
SubmitSnippetTranslationView = _from_source_locale(submit_translations.SubmitSnippetTranslationView)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """With "Publish immediately" ticked, wagtail-localize's "Update translations" publishes
    every translation of the source: only for those who may publish each of them (not
    editors, who may not publish; not translators when the French is not live)."""

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not self._may_publish_all():
            form.add_error(
                "publish_translations",
                _(
                    "You may update the texts to translate, not publish the translations: "
                    "untick this box, or ask a moderator."
                ),
            )
            context = self.get_context_data()
            context["form"] = form  # the view's own context makes a fresh, error-free form
            return self.render_to_response(context)
        return super().form_valid(form)

    def _may_publish_all(self):
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if (
                isinstance(target, Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ):
                return False
        return True


def _not_for_translators(view):
    def guarded(request, *args, **kwargs):
        if translates_only(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    guarded.__name__ = view.__name__
    guarded.__doc__ = view.__doc__
    return require_admin_access(guarded)


@require_admin_access
def stop_translation(request, translation_id):
    """Stopping a translation unlocks its facts: not a translator's to do. The translation
    editor offers the button to everyone who may edit, so the refusal is a message there."""
    translation = get_object_or_404(Translation, id=translation_id)
    if translates_only(request.user):
        messages.error(
            request,
            _(
                "Only moderators can stop a translation: its facts (links, dates, addresses) "
                "would no longer follow the French."
            ),
        )
        instance = translation.get_target_instance()
        return redirect(get_valid_next_url_from_request(request) or _edit_url(instance))
    return edit_translation.stop_translation(request, translation_id)


def _edit_url(instance):
    return AdminURLFinder().get_edit_url(instance) or reverse("wagtailadmin_home")


# Under /admin/, before Wagtail's and wagtail-localize's URLs for the same addresses.
urlpatterns = [
    path(
        "localize/submit/page/<int:page_id>/",
        require_admin_access(SubmitPageTranslationView.as_view()),
    ),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(SubmitSnippetTranslationView.as_view()),
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        require_admin_access(UpdateTranslationsView.as_view()),
    ),
    path("localize/translate/<int:translation_id>/disable/", stop_translation),
    path(
        "localize/page/<int:page_id>/convert_to_alias/",
        _not_for_translators(convert.convert_to_alias),
    ),
    # An alias made an ordinary page is an English page that is no translation.
    path(
        "pages/<int:page_id>/convert_alias/",
        _not_for_translators(
            page_viewset_registry.as_view("convert_alias", page_id_kwarg="page_id")
        ),
    ),
    # Wagtail's revert view is its page editor, every fact included: translators restore
    # nothing (a translation's history is its strings, in the translation editor).
    path(
        "pages/<int:page_id>/revisions/<int:revision_id>/revert/",
        _not_for_translators(
            page_viewset_registry.as_view("revisions_revert", page_id_kwarg="page_id")
        ),
    ),
]


@receiver(pre_save, sender=Translation)
def refuse_translation_into_source(sender, instance, **kwargs):
    """No translation into French, whatever created it: French is the source of every fact."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if instance.target_locale_id == source_locale.pk:
        raise PermissionDenied("Translations into the source language are not allowed.")


@receiver(pre_save, sender=TranslationSource)
def refuse_source_in_other_languages(sender, instance, **kwargs):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if instance.locale_id != source_locale.pk:
        raise PermissionDenied("Only French content is translated.")
