"""English slugs follow the translated title.

wagtail-localize offers a page's slug as a segment to translate, like its title; a translator
who translates the title seldom opens that segment (or the Promote tab), so English pages kept
the French slug. Whenever a page's title is translated (editor, PO file, machine translation),
the slug's translation becomes the slugified translated title, unless someone set it by hand:
it is then kept. "By hand" means neither missing, nor the French slug, nor the slug of the
previous translated title. Editors can still change it in the segment or the Promote tab.
"""

from django.db.models.signals import post_save, pre_save
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation


def _remember_previous_title(sender, instance, **kwargs):
    if instance.pk and instance.context.path == "title":
        instance._previous_title = (
            StringTranslation.objects.filter(pk=instance.pk).values_list("data", flat=True).first()
        )


def _slug_follows_title(sender, instance, created, raw=False, **kwargs):
    if raw or instance.context.path not in ("title", "slug"):
        return
    context = instance.context
    if instance.context.path == "title":
        title = instance
        slug_segment = (
            StringSegment.objects.filter(
                context__object_id=context.object_id,
                context__path="slug",
                source__object_id=context.object_id,
            )
            .select_related("string", "context")
            .order_by("-source__last_updated_at")
            .first()
        )
        if slug_segment is None:
            return  # a snippet, or a page without its slug to translate
        slug_context = slug_segment.context
        slug = StringTranslation.objects.filter(
            translation_of_id=slug_segment.string_id,
            locale_id=instance.locale_id,
            context=slug_context,
        ).first()
        french_slug = slug_segment.string.data
        previous = getattr(instance, "_previous_title", None)
        automatic = {french_slug} | ({slugify(previous)} if previous else set())
        if slug is not None and slug.data not in automatic:
            return  # set by hand
    else:
        slug = instance
        french_slug = slug.translation_of.data
        if slug.data != french_slug:
            return
        title = StringTranslation.objects.filter(
            locale_id=instance.locale_id,
            context__object_id=context.object_id,
            context__path="title",
        ).first()
        if title is None:
            return
        slug_segment = None
    wanted = slugify(title.data)
    if not wanted:
        return
    target = Page.objects.filter(
        translation_key=context.object_id, locale_id=instance.locale_id
    ).first()
    if target is not None and not target.is_root():
        parent = target.get_parent()
        wanted = find_available_slug(parent, wanted, ignore_page_id=target.pk)
    if slug is None:
        StringTranslation.objects.create(
            translation_of_id=slug_segment.string_id,
            locale_id=instance.locale_id,
            context=slug_context,
            data=wanted,
            translation_type=title.translation_type,
            last_translated_by=title.last_translated_by,
        )
    elif slug.data != wanted:
        StringTranslation.objects.filter(pk=slug.pk).update(data=wanted)


def connect():
    pre_save.connect(
        _remember_previous_title, sender=StringTranslation, dispatch_uid="editorial-slug-title"
    )
    post_save.connect(
        _slug_follows_title, sender=StringTranslation, dispatch_uid="editorial-slug-follows"
    )
