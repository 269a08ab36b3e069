from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.locales import in_locale
from home.blocks import BodyBlock
from home.models import BasePage, Contact, HeroImageMixin
from home.models.snippets import SITUATION_KINDS, Situation
from home.regions import preferred_region


class AxisBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Axis"), max_length=200)
    text = blocks.TextBlock(label=_("What it means"))

    class Meta:
        icon = "list-ul"
        label = _("Axis of the equality plan")


class ContactsPage(HeroImageMixin, BasePage):
    """Support and protection: the equality plan and the directory of contacts.

    Contacts are snippets (admin › Snippets › Contacts): each is written once and shown here,
    in guides and beside offers. A visitor starts from their situation (`?situation=…`).
    """

    equality_axes = StreamField(
        [("axis", AxisBlock())],
        blank=True,
        verbose_name=_("axes of the equality plan"),
        help_text=_(
            "The axes of the professional equality plan, shown after the contacts. Empty: the "
            "section is left out."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Shown at the end of the page. The contacts are listed by themselves, from "
            "Snippets › Contacts: do not copy them here."
        ),
    )

    content_panels = (
        BasePage.content_panels
        + HeroImageMixin.hero_panels
        + [FieldPanel("body"), FieldPanel("equality_axes")]
    )
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("support and protection page")
        verbose_name_plural = _("support and protection pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        situation = request.GET.get("situation", "")
        situation = situation if situation in Situation.values else ""
        # National contacts, and those of the visitor's region (home.regions) first.
        region = preferred_region(request)
        contacts = [
            contact
            for contact in Contact.objects.filter(locale=self.locale_id).select_related("region")
            if contact.region_id is None or (region and contact.region_id == region.pk)
        ]
        contacts.sort(key=lambda contact: contact.region_id is None)
        if situation:
            kinds = SITUATION_KINDS[situation]
            contacts = sorted(
                (contact for contact in contacts if contact.kind in kinds),
                key=lambda contact: kinds.index(contact.kind),
            )
        # Contacts point to the French region: name it in the visitor's language, in one query.
        regions = [contact.region for contact in contacts if contact.region]
        in_language = dict(zip(regions, in_locale(regions, self.locale_id), strict=True))
        for contact in contacts:
            contact.region_name = in_language[contact.region].name if contact.region else ""
        context.update(
            {
                "situation": situation,
                "situation_label": Situation(situation).label if situation else "",
                "situations": Situation.choices,
                "contacts": contacts,
            }
        )
        return context
