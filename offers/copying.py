"""Copying an offer in the admin ("Copy" in the page's menu): the copy gets its own reference.

An offer's reference is its identity: imports find the offer by it, and OfferPage.clean()
refuses a second offer with it. Wagtail's copy kept the original's reference, so ticking
"Publish copied page" validated the copy against the offer it came from and failed the request
(a 500), and a draft copy held the same reference, which an import could then update instead
of the offer.

So the copy form of offers (OfferPage.copy_form_class) asks for the copy's reference, refuses
one another offer has, and offers no alias (an alias keeps the reference of the offer it
follows). Wagtail's copy view then makes a draft, always: a published copy would be validated
with the old reference before anything could change it. The after_copy_page hook
(offers/wagtail_hooks.py, give_the_copy_its_reference below) gives the draft its reference, in
the page and in a new revision, then publishes it when "Publish copied page" was ticked and the
user may publish it, as Wagtail would have.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.pages import CopyForm

REFERENCE_FIELD = "new_reference"


class OfferCopyForm(CopyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("alias", None)
        self.fields[REFERENCE_FIELD] = forms.CharField(
            label=_("New reference"),
            max_length=40,
            help_text=_(
                "Every offer has its own reference: give the copy one that no other offer has, "
                "e.g. 2026-CDD-0143."
            ),
        )
        # Right after the title and slug, before the parent page and the publishing choice.
        self.order_fields(["new_title", "new_slug", REFERENCE_FIELD])

    def clean_new_reference(self):
        reference = self.cleaned_data[REFERENCE_FIELD].strip()
        if self.page.specific_class.objects.filter(reference=reference).exists():
            raise ValidationError(
                _("Another offer already has this reference."), code="duplicate_reference"
            )
        return reference

    def clean(self):
        cleaned_data = super().clean()  # checks the right to publish at the destination too
        # Copied as a draft, published by give_the_copy_its_reference with its own reference.
        cleaned_data["publish_copies"] = False
        return cleaned_data


def give_the_copy_its_reference(request, copy):
    """After Wagtail's copy view copied an offer (as a draft, see OfferCopyForm): set the
    reference the form checked, then publish the copy if that was asked and allowed."""
    reference = request.POST.get(REFERENCE_FIELD, "").strip()
    if not reference:
        return
    copy.reference = reference
    copy.save(update_fields=["reference"], clean=False)
    # The copied revisions hold the old reference: the editor opens the latest one.
    revision = copy.save_revision(user=request.user, clean=False, log_action=False)
    if not request.POST.get("publish_copies"):
        return
    if not copy.permissions_for_user(request.user).can_publish():
        return
    try:
        with transaction.atomic():
            revision.publish(user=request.user)
    except ValidationError as error:  # a rule the offer copied from no longer meets
        messages.warning(
            request,
            _("The copy was saved as a draft, not published: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
