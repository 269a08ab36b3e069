from .hr_excellence import Action, ActionStatus, ActionTheme, HRExcellencePage
from .pages import BasePage, HomePage, ListingFieldsMixin, StandardPage
from .snippets import Contact, ContactKind, Region
from .suggestions import SuggestionFormField, SuggestionFormPage

__all__ = [
    "Action",
    "ActionStatus",
    "ActionTheme",
    "BasePage",
    "Contact",
    "ContactKind",
    "HRExcellencePage",
    "HomePage",
    "ListingFieldsMixin",
    "Region",
    "StandardPage",
    "SuggestionFormField",
    "SuggestionFormPage",
]
