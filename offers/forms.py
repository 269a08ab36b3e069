import functools

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


@functools.cache
def offer_regions():
    """The function named by settings.OFFER_REGIONS_FOR_USER: the ids of the regions a user may
    write offers for, or None when not narrowed. The editorial app decides it; offers, a layer
    below, reaches it through the setting (docs/architecture.md, "Layers")."""
    return import_string(settings.OFFER_REGIONS_FOR_USER)


class OfferPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A regional recruiter is offered only the regions they write for.
        regions = offer_regions()(self.for_user) if self.for_user else None
        field = self.fields.get("region")
        if regions is not None and field is not None:
            field.queryset = field.queryset.filter(pk__in=regions)
            field.help_text = _("You write offers for these regions only.")
            if len(regions) == 1 and not self.instance.region_id:
                self.initial["region"] = next(iter(regions))

    def clean(self):
        cleaned_data = super().clean()
        # Twice the same research field would break the database's uniqueness (a 500):
        # say so next to the field instead.
        formset = self.formsets.get("research_fields")
        if formset is not None:
            seen = set()
            for form in formset.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                field = form.cleaned_data.get("research_field")
                if field is not None and field.pk in seen:
                    form.add_error("research_field", _("This research field is already listed."))
                seen.add(getattr(field, "pk", None))
        return cleaned_data
