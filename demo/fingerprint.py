"""A fingerprint of the site's content: counts, and a SHA-256 over a canonical dump.

Two databases loaded from the same demo content give the same fingerprint, whatever their ids,
timestamps, tree paths, translation keys or file names: references are written as what they
name (a page's URL path, a document's title, a snippet's locale and text), block ids and
every DateTimeField are left out. Used to check that moving the demo content around (issue 19)
changes nothing of the site it builds (`manage.py demo_fingerprint`).

Only Django and Wagtail APIs: the module runs on older states of the project too.
"""

import hashlib
import json
import re
from collections import Counter

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import models
from wagtail import blocks
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    ReferenceIndex,
    Site,
    Workflow,
)

PROJECT_APPS = ("home", "guides", "offers", "editorial", "search", "alerts", "core", "demo")
# Page and tree bookkeeping that differs between two loads of the same content.
SKIPPED_FIELDS = {
    "path",
    "depth",
    "numchild",
    "translation_key",
    "latest_revision",
    "live_revision",
    "owner",
    "locked_by",
    "content_type",
    "search_vector",
}
RICH_TEXT_LINK = re.compile(r'(linktype="(page|document)" id=")(\d+)(")')


def counts(exclude=()):
    """{label: count}, in a stable order."""
    from wagtail_localize.models import Translation, TranslationSource

    result = Counter()
    for page in Page.objects.select_related("locale", "content_type"):
        model = page.content_type.model_class()
        label = "wagtailcore.Page" if model is Page else model._meta.label
        result[f"pages {label} {page.locale.language_code}"] += 1
    result["translation sources"] = TranslationSource.objects.count()
    result["translations"] = Translation.objects.count()
    for model in project_models():
        if "actions" in exclude and model._meta.label == "home.Action":
            continue
        if any(field.name == "locale" for field in model._meta.concrete_fields):
            for code, number in Counter(
                model.objects.values_list("locale__language_code", flat=True)
            ).items():
                result[f"rows {model._meta.label} {code}"] = number
        else:
            result[f"rows {model._meta.label}"] = model.objects.count()
    result["documents"] = get_document_model().objects.count()
    result["collections"] = Collection.objects.count()
    result["users"] = apps.get_model("auth", "User").objects.count()
    result["groups"] = Group.objects.count()
    result["search promotions"] = SearchPromotion.objects.count()
    result["redirects"] = Redirect.objects.count()
    result["sites"] = Site.objects.count()
    result["workflows"] = Workflow.objects.count()
    return dict(sorted(result.items()))


def project_models():
    """The project's own models that are not pages (snippets, actions, profiles…)."""
    return sorted(
        (
            model
            for model in apps.get_models()
            if model._meta.app_label in PROJECT_APPS and not issubclass(model, Page)
        ),
        key=lambda model: model._meta.label,
    )


def dump(exclude=()):
    """The content as JSON-ready data, with nothing that varies between two loads."""
    pages = [
        {"type": page.specific_class._meta.label, **row(page.specific)}
        for page in Page.objects.order_by("locale__language_code", "url_path")
    ]
    rows = {}
    for model in project_models():
        if "actions" in exclude and model._meta.label == "home.Action":
            continue
        rows[model._meta.label] = sorted((row(obj) for obj in model.objects.all()), key=_sort_key)
    documents = sorted(
        (
            {"title": document.title, "sha256": _file_hash(document.file)}
            for document in get_document_model().objects.all()
        ),
        key=_sort_key,
    )
    users = sorted(
        (
            {
                "username": user.username,
                "name": [user.first_name, user.last_name, user.email],
                "staff": [user.is_staff, user.is_superuser, user.is_active],
                "groups": sorted(user.groups.values_list("name", flat=True)),
                "language": getattr(
                    getattr(user, "wagtail_userprofile", None), "preferred_language", ""
                ),
            }
            for user in apps.get_model("auth", "User").objects.all()
        ),
        key=_sort_key,
    )
    groups = sorted(
        (
            {
                "name": group.name,
                "permissions": sorted(
                    f"{p.content_type.app_label}.{p.codename}"
                    for p in Permission.objects.filter(group=group).select_related("content_type")
                ),
                "pages": sorted(
                    f"{gp.page.url_path} {gp.permission.codename}"
                    for gp in GroupPagePermission.objects.filter(group=group)
                ),
                "collections": sorted(
                    f"{gc.collection.name} {gc.permission.codename}"
                    for gc in GroupCollectionPermission.objects.filter(group=group)
                ),
            }
            for group in Group.objects.all()
        ),
        key=_sort_key,
    )
    return {
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "sites": sorted(
            [site.hostname, site.port, site.site_name, site.root_page.url_path]
            + [site.is_default_site]
            for site in Site.objects.all()
        ),
        "pages": pages,
        "rows": rows,
        "documents": documents,
        "users": users,
        "groups": groups,
        "workflows": sorted(
            [workflow.name, [task.name for task in workflow.tasks.all()]]
            for workflow in Workflow.objects.all()
        ),
        "promotions": sorted(
            [promotion.query.query_string, promotion.page.url_path, promotion.sort_order]
            for promotion in SearchPromotion.objects.all()
        ),
        "redirects": sorted(
            [redirect.old_path, redirect.redirect_link] for redirect in Redirect.objects.all()
        ),
    }


def row(obj):
    """A model instance's fields, references as what they name, children included."""
    data = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key or field.name in SKIPPED_FIELDS:
            continue
        if isinstance(field, (models.DateTimeField, models.UUIDField)):
            continue
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            continue
        value = getattr(obj, field.name)
        if isinstance(field, StreamField):
            data[field.name] = stream(field.stream_block, value)
        elif isinstance(field, models.ForeignKey):
            data[field.name] = reference(value)
        elif isinstance(field, models.FileField):
            data[field.name] = _file_hash(value)
        elif isinstance(field, RichTextField):
            data[field.name] = rich_text(value)
        else:
            data[field.name] = field.value_to_string(obj)
    for field in obj._meta.many_to_many:
        data[field.name] = sorted(reference(item) for item in getattr(obj, field.name).all())
    for relation in getattr(obj._meta, "child_relations", []) or []:
        name = relation.get_accessor_name()
        back = relation.field.name
        data[name] = [
            {key: value for key, value in row(child).items() if key != back}
            for child in getattr(obj, name).all()
        ]
    return data


def reference(value):
    """What a foreign key names, without its id."""
    if value is None:
        return None
    if isinstance(value, Locale):
        return value.language_code
    if isinstance(value, Page):
        return value.url_path
    if isinstance(value, get_document_model()):
        return f"document {value.title}"
    locale = getattr(value, "locale", None)
    prefix = f"{value._meta.label} {locale.language_code} " if locale else f"{value._meta.label} "
    return prefix + str(value)


def stream(block, value):
    """A block value as plain data: no block ids, references as what they name."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": child.block_type, "value": stream(child.block, child.value)} for child in value
        ]
    if isinstance(block, blocks.ListBlock):
        return [stream(block.child_block, item) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {name: stream(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ChooserBlock):
        if hasattr(value, "all"):  # a multiple chooser
            return sorted(reference(item) for item in value.all())
        return reference(value)
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if hasattr(value, "source") else value)
    return block.get_prep_value(value)


def rich_text(source):
    def name(match):
        kind, pk = match.group(2), int(match.group(3))
        if kind == "page":
            target = Page.objects.filter(pk=pk).first()
            named = target.url_path if target else "?"
        else:
            target = get_document_model().objects.filter(pk=pk).first()
            named = target.title if target else "?"
        return f"{match.group(1)}{named}{match.group(4)}"

    return RICH_TEXT_LINK.sub(name, source or "")


def _file_hash(file):
    if not file:
        return ""
    with file.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _sort_key(item):
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)


def fingerprint(exclude=()):
    """(counts, SHA-256 of the canonical dump, dump)."""
    content = dump(exclude)
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return counts(exclude), hashlib.sha256(canonical.encode()).hexdigest(), content


def indexes():
    """What the indexes hold (not part of the content: rebuilt by load_demo_content)."""
    result = {"reference index": ReferenceIndex.objects.count()}
    try:
        from wagtail.search.models import IndexEntry

        result["search index entries"] = IndexEntry.objects.count()
    except Exception:  # noqa: BLE001 - another search backend: nothing to count here
        pass
    return result
