"""The error summary shown at the top of every public form that can fail validation.

One list of the form's errors, each linking to its field (the first option of a group of radio
buttons or checkboxes, whose <fieldset> has no id of its own), focused when the page loads so
that a visitor, sighted or not, starts from what went wrong rather than from the top of a long
page.
"""

from django import forms, template
from django.utils.translation import gettext as _

register = template.Library()


def field_anchor(bound_field):
    """The id a summary link points to: the field, or the first option of a choice group."""
    auto_id = bound_field.auto_id
    if not auto_id:
        return ""
    # Radio buttons and checkboxes (CheckboxSelectMultiple and the picture check derive from
    # RadioSelect) are numbered from 0, in a <fieldset> without an id.
    if isinstance(bound_field.field.widget, forms.RadioSelect):
        return f"{auto_id}_0"
    return auto_id


def error_entries(*forms):
    """[(anchor or "", message)] for the errors of `forms`, non-field errors first."""
    entries = []
    for form in forms:
        if form is None or not getattr(form, "is_bound", False) or not form.errors:
            continue
        for message in form.non_field_errors():
            entries.append(("", message))
        for bound_field in form:
            if bound_field.is_hidden:
                # A hidden field's error means nothing to the visitor: say it without a link.
                entries.extend(("", message) for message in bound_field.errors)
                continue
            anchor = field_anchor(bound_field)
            # "Your suggestion: This field is required.": the field's name, as the link is read
            # on its own by screen readers listing a page's links.
            entries.extend(
                (anchor, _("%(field)s: %(error)s") % {"field": bound_field.label, "error": message})
                for message in bound_field.errors
            )
    return entries


@register.inclusion_tag("forms/error_summary.html")
def error_summary(*forms, level=2):
    """{% error_summary form %}: nothing when the form(s) have no error. `level`: its heading's
    (3 for a form inside a section with its own <h2>)."""
    return {"entries": error_entries(*forms), "level": level}


@register.filter
def has_errors(form):
    """True when a bound form failed validation (for the page title's "Error:" prefix)."""
    return bool(form is not None and getattr(form, "is_bound", False) and form.errors)


@register.inclusion_tag("forms/error_summary.html")
def error_message_summary(message, level=2):
    """The same summary for a view's own error message, which belongs to no field."""
    return {"entries": [("", message)] if message else [], "level": level}
