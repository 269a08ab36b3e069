from django.utils.translation import gettext_lazy as _

from editorial.forms import RegionalOfferForm


class OfferPageForm(RegionalOfferForm):
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
