"""A guide's step: what to do, who does it, with what, how long, and where it is done officially."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class Who:
    CHOICES = [
        ("you", _("You")),
        ("laboratory", _("Your laboratory")),
        ("hr", _("HR department")),
        ("prefecture", _("The prefecture")),
        ("consulate", _("The French consulate")),
        ("organisation", _("The organisation concerned")),
    ]


class Audience:
    """Whom a step concerns; no tag means everyone (see guides.paths)."""

    CHOICES = [
        ("eu", _("EU, EEA or Swiss citizens")),
        ("non_eu", _("Other nationalities")),
        ("fixed_term", _("Fixed-term contracts")),
        ("permanent", _("Permanent posts")),
        ("family", _("Coming with family")),
    ]


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=150)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class StepValue(blocks.StructValue):
    def who_label(self):
        return dict(Who.CHOICES).get(self["who"], "")

    def audience_labels(self):
        labels = dict(Audience.CHOICES)
        return [labels[tag] for tag in self["applies_to"] or [] if tag in labels]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    what_to_do = blocks.RichTextBlock(
        label=_("What to do"), features=["bold", "italic", "link", "ul", "ol"]
    )
    who = blocks.ChoiceBlock(label=_("Who does it"), choices=Who.CHOICES, default="you")
    documents = blocks.ListBlock(
        blocks.CharBlock(max_length=200), label=_("Documents needed"), required=False
    )
    delay = blocks.CharBlock(
        label=_("Typical delay"), max_length=100, required=False, help_text=_("E.g. 2 to 4 weeks.")
    )
    links = blocks.ListBlock(LinkBlock(), label=_("Further reading"), required=False)
    official_url = blocks.URLBlock(label=_("Official procedure (address)"), required=False)
    official_label = blocks.CharBlock(
        label=_("Official procedure (link text)"), max_length=150, required=False
    )
    applies_to = blocks.MultipleChoiceBlock(
        label=_("Concerns only"),
        choices=Audience.CHOICES,
        required=False,
        help_text=_("Leave empty when the step concerns everyone."),
    )
    contacts = blocks.ListBlock(
        SnippetChooserBlock("home.Contact"), label=_("Related contacts"), required=False
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        value_class = StepValue
