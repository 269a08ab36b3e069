from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .permissions import offer_regions


class RegionalOfferForm(WagtailAdminPageForm):
    """The offer form offers a regional recruiter only the regions they write for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        regions = offer_regions(self.for_user) if self.for_user else None
        field = self.fields.get("region")
        if regions is not None and field is not None:
            field.queryset = field.queryset.filter(pk__in=regions)
            field.help_text = _("You write offers for these regions only.")
            if len(regions) == 1 and not self.instance.region_id:
                self.initial["region"] = next(iter(regions))
