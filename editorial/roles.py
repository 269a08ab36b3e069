"""The editorial roles, as Django groups with Wagtail page and collection permissions.

`ensure_roles()` makes each group's permissions exactly those below (run by the
`setup_editorial` command and by `load_demo_content`), so a deployment can always be brought
back to the documented least-privilege set. Wagtail's own "Editors" and "Moderators" groups,
created by its migrations with rights on the whole tree, are reused and narrowed.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_noop
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from core.locales import in_source_language
from offers.models import OfferIndexPage

EDITORS = "Editors"
RECRUITERS = "Regional recruiters"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
ADMINISTRATORS = "Administrators"

# Groups whose members see all content of their locales; a recruiter or translator who is
# also in one of them is not narrowed to a region or a language.
UNRESTRICTED = (EDITORS, MODERATORS, ADMINISTRATORS)

ADMIN_ACCESS = ["wagtailadmin.access_admin"]
MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
MEDIA_DELETE = ["wagtailimages.delete_image", "wagtaildocs.delete_document"]
TAXONOMY = [
    f"{app}.{action}_{model}"
    for app, model in [("home", "region"), ("home", "contact"), ("offers", "researchfield")]
    for action in ("add", "change")
]
# Sending French pages to translation, and seeing the translation status report.
TRANSLATION = ["wagtail_localize.submit_translation"]
SITE_CONTENT = (
    TAXONOMY
    + TRANSLATION
    + [f"home.{action}_action" for action in ("add", "change", "delete")]
    + [
        f"wagtailsearchpromotions.{action}_searchpromotion"
        for action in ("add", "change", "delete")
    ]
    # Search synonyms and acronyms, in each language: search vocabulary, not translated content.
    + [f"site_search.{action}_synonym" for action in ("add", "change", "delete")]
    + [f"wagtailredirects.{action}_redirect" for action in ("add", "change", "delete")]
)


@dataclass
class Role:
    name: str
    # Model permissions, "app_label.codename".
    permissions: list
    # Page permissions (add, change, publish, lock, unlock, bulk_delete) on the subtree chosen
    # by `pages(locale_homes)`, one of "root", "source" (French home) or "translations"
    # (the other languages' homes), or "offers" (the French offers index).
    page_scope: str = ""
    page_permissions: list = field(default_factory=list)
    collection_permissions: list = field(default_factory=list)


ROLES = [
    Role(
        EDITORS,
        ADMIN_ACCESS + SITE_CONTENT,
        page_scope="source",
        page_permissions=["add", "change"],
        collection_permissions=MEDIA,
    ),
    Role(
        RECRUITERS,
        ADMIN_ACCESS,
        page_scope="offers",
        # "change" is narrowed to the recruiter's regions by editorial/permissions.py.
        page_permissions=["add", "change"],
    ),
    Role(
        MODERATORS,
        ADMIN_ACCESS + SITE_CONTENT + ["home.delete_region", "home.delete_contact"],
        page_scope="root",
        page_permissions=["add", "change", "publish", "lock", "unlock"],
        collection_permissions=MEDIA + MEDIA_DELETE,
    ),
    Role(
        TRANSLATORS,
        # Snippets are changed in the translated languages only (editorial/wagtail_hooks.py);
        # translations are created by wagtail-localize, so no "add". HRS4R actions: their
        # wording, in the translation editor (their facts follow the French).
        ADMIN_ACCESS
        + [name for name in TAXONOMY if ".change_" in name]
        + ["home.change_action"]
        + TRANSLATION,
        page_scope="translations",
        # wagtail-localize's translation editor publishes directly (it has no workflow step):
        # translators publish the translations of French pages that were already moderated
        # and are live (editorial/permissions.py narrows "publish" to those).
        page_permissions=["change", "publish"],
        collection_permissions=["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    ),
    Role(
        ADMINISTRATORS,
        ["*"],
        page_scope="root",
        page_permissions=["add", "change", "publish", "bulk_delete", "lock", "unlock"],
        collection_permissions=MEDIA + MEDIA_DELETE,
    ),
]


def _permissions(names):
    if names == ["*"]:
        return list(Permission.objects.all())
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _scope_pages(scope):
    homes = Page.objects.filter(depth=2)
    if scope == "root":
        return [Page.get_first_root_node()]
    if scope == "source":
        return list(homes.filter(in_source_language()))
    if scope == "translations":
        return list(homes.exclude(in_source_language()))
    if scope == "offers":
        return list(OfferIndexPage.objects.filter(in_source_language()))
    return []


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


@transaction.atomic
def ensure_roles(log=print):
    """Create or reset every role's group to exactly its documented permissions."""
    root_collection = Collection.get_first_root_node()
    for role in ROLES:
        group, created = Group.objects.get_or_create(name=role.name)
        group.permissions.set(_permissions(role.permissions))
        GroupPagePermission.objects.filter(group=group).delete()
        for page in _scope_pages(role.page_scope):
            for action in role.page_permissions:
                GroupPagePermission.objects.create(
                    group=group, page=page, permission=_page_permission(action)
                )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for permission in _permissions(role.collection_permissions):
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission
            )
        log(f"Role '{role.name}' {'created' if created else 'reset'}.")
    ensure_workflow(log=log)


# Stored in the admin's source language and shown in each user's (editorial/workflow_names.py).
MODERATION_WORKFLOW = gettext_noop("Moderators approval")
WORKFLOW_NAMES = [MODERATION_WORKFLOW]


def ensure_workflow(log=print):
    """Every page goes through the moderators' approval before it is published.

    Wagtail's migrations create this workflow on the root page; it is rebuilt when missing, and
    its single task is approved by the Moderators group.
    """
    task = GroupApprovalTask.objects.filter(name=MODERATION_WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MODERATION_WORKFLOW)
    task.active = True
    task.save()
    task.groups.set([Group.objects.get(name=MODERATORS)])
    workflow, _ = Workflow.objects.get_or_create(name=MODERATION_WORKFLOW)
    if not workflow.active:
        workflow.active = True
        workflow.save()
    if not workflow.workflow_tasks.filter(task=task).exists():
        workflow.workflow_tasks.all().delete()
        workflow.workflow_tasks.create(task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflow}
    )
    log(f"Workflow '{MODERATION_WORKFLOW}' on every page.")
