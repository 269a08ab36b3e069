"""Workflow and task names shown in each user's admin language.

A workflow's and a task's name are database values, which Wagtail shows in some thirty
templates, in its action menus ("Submit to …"), its messages, reports and notification e-mails.
Overriding all of those would leave each Wagtail upgrade to miss one, and one name per admin
language is impossible with one row. So the name is stored once, in the admin's source language
(English, like every msgid; `setup_editorial` finds the workflow by it), and reading `name` gives
a string that compares, sorts and is saved as that stored value but renders (templates, `%s`,
f-strings) through gettext in the active language. A name the catalogue does not know (one an
administrator typed) shows as typed. A name saved in its translated form (the edit form shows it
translated) is stored back in its source form.
"""

from django.conf import settings
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import pre_save
from django.utils.translation import gettext, override


class DisplayName(str):
    """The stored name, for the database and comparisons; shown translated."""

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, format_spec):
        return format(str(self), format_spec)


class TranslatedName(DeferredAttribute):
    """`name` on Workflow and Task: a data descriptor, so it is read through here every time."""

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is None or type(value) is not str:
            return value
        return DisplayName(value)

    def __set__(self, instance, value):
        if isinstance(value, DisplayName):
            value = str.__str__(value)
        instance.__dict__[self.field.attname] = value


def source_name(name, known):
    """`name` in its source form when it is the translation of one of the `known` names."""
    for source in known:
        for code, _ in settings.LANGUAGES:
            with override(code):
                if name == gettext(source):
                    return source
    return name


def install(known_names):
    from wagtail.models import Task, Workflow

    for model in (Workflow, Task):
        if not isinstance(model.__dict__.get("name"), TranslatedName):
            model.name = TranslatedName(model._meta.get_field("name"))

    def store_the_source_name(sender, instance, **kwargs):
        if isinstance(instance, (Workflow, Task)) and instance.name:
            instance.name = source_name(str.__str__(instance.name), known_names)

    pre_save.connect(store_the_source_name, weak=False, dispatch_uid="editorial-workflow-names")
