"""The shared StreamField blocks, in one module.

Every block has a template, an icon, a description and a preview value, with translated
labels and groups so the block chooser stays short. Everything here is translatable by
wagtail-localize: no TableBlock / TypedTableBlock / RawHTMLBlock (wagtail-localize cannot
translate them), so tables are made of plain text cells.

Keep this module small and stable: each change makes a migration in every app that uses it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

GROUP_TEXT = _("Text")
GROUP_MEDIA = _("Media and documents")
GROUP_STRUCTURED = _("Structured content")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-section heading (h3)"))],
        default="h2",
        help_text=_("The page title is the only h1; start sections with h2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        group = GROUP_TEXT
        template = "blocks/heading.html"
        description = _("A section heading that also appears in the document outline")
        preview_value = {"text": "Travailler à l'Inserm", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Rich text")
        group = GROUP_TEXT
        template = "blocks/paragraph.html"
        description = _("Paragraphs, lists and links")
        preview_value = (
            "<p>L'Inserm recrute des chercheurs, des ingénieurs et des techniciens "
            "par concours et sur contrat.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Text alternative"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        group = GROUP_MEDIA
        template = "blocks/image.html"
        description = _("An image with its text alternative and an optional caption")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=30)
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)
    source = blocks.CharBlock(
        label=_("Source"), required=False, max_length=160, help_text=_("Document and year")
    )


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        icon = "table"
        label = _("Key figures")
        group = GROUP_STRUCTURED
        template = "blocks/key_figures.html"
        description = _("A few figures, each with what it counts and its source")
        preview_value = {
            "heading": "Chiffres clés",
            "figures": [
                {"value": "2016", "label": "Label HR Excellence in Research", "source": ""},
                {"value": "33–35 %", "label": "des candidats viennent de l'étranger", "source": ""},
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or external URL"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose either a page or a URL."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        group = GROUP_STRUCTURED
        template = "blocks/call_to_action.html"
        description = _("A highlighted box that leads to one page or address")
        preview_value = {
            "title": "Consultez les offres",
            "text": "Postes permanents et contrats, toute l'année.",
            "link_text": "Voir les offres",
            "url": "https://www.inserm.fr",
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("FAQ / accordion")
        group = GROUP_STRUCTURED
        template = "blocks/faq.html"
        description = _("Questions that open to show their answer (works without JavaScript)")
        preview_value = {
            "heading": "Questions fréquentes",
            "items": [
                {
                    "question": "Quand les concours sont-ils ouverts ?",
                    "answer": "<p>Ils sont annoncés en février ou mars.</p>",
                }
            ],
        }


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Defaults to the document's title"),
    )


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentItemBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Document list")
        group = GROUP_MEDIA
        template = "blocks/document_list.html"
        description = _("Downloadable documents with their format and size")


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell"), max_length=500), label=_("Cells"))


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200, help_text=_("Says what the table shows. Required.")
    )
    first_column_is_header = blocks.BooleanBlock(
        label=_("First column is a header"), required=False, default=False
    )
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), max_length=120), label=_("Column headings")
    )
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        columns = len(value["header"])
        for row in value["rows"]:
            if len(row["cells"]) != columns:
                raise StructBlockValidationError(
                    block_errors={
                        "rows": ValidationError(
                            _("Every row needs %(count)d cells, one per column heading.")
                            % {"count": columns}
                        )
                    }
                )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Each cell with its column's heading: on a phone the rows are stacked as cards and
        # every cell shows the heading it belongs to. clean() makes the lengths match; a page
        # saved otherwise still renders.
        context["rows"] = [
            list(zip(value["header"], row["cells"], strict=False)) for row in value["rows"]
        ]
        return context

    class Meta:
        icon = "table"
        label = _("Table")
        group = GROUP_STRUCTURED
        template = "blocks/table.html"
        description = _("A data table with a caption and column headings")
        preview_value = {
            "caption": "Calendrier des concours",
            "first_column_is_header": True,
            "header": ["Étape", "Période"],
            "rows": [{"cells": ["Ouverture", "Février – mars"]}, {"cells": ["Résultats", "Août"]}],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=800)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        group = GROUP_TEXT
        template = "blocks/quote.html"
        description = _("A quotation and who said it")
        preview_value = {
            "quote": "Garantir aux chercheurs un environnement de travail stimulant.",
            "attribution": "Inserm",
        }


class ContactBlock(SnippetChooserBlock):
    """A support contact (admin › Snippets › Contacts), shown in the visitor's language."""

    def __init__(self, **kwargs):
        super().__init__("home.Contact", **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # Pages point to the French contact; a translated page shows the contact's translation.
        context["contact"] = value.localized if value is not None else None
        return context

    class Meta:
        icon = "user"
        label = _("Contact")
        group = GROUP_STRUCTURED
        template = "blocks/contact.html"
        description = _("A support or protection contact, written once in the contacts")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    documents = DocumentListBlock()
    table = TableBlock()
    quote = QuoteBlock()
    contact = ContactBlock()
