from .hr_excellence import Action, ActionStatus, ActionTheme, HRExcellencePage
from .legal import AccessibilityStatementPage, ComplianceStatus
from .pages import BasePage, HeroImageMixin, HomePage, ListingFieldsMixin, StandardPage
from .questionnaire import Answer, QuestionnairePage, Response
from .snippets import Contact, ContactKind, Region
from .suggestions import SuggestionFormField, SuggestionFormPage

__all__ = [
    "AccessibilityStatementPage",
    "ComplianceStatus",
    "Answer",
    "QuestionnairePage",
    "Response",
    "Action",
    "ActionStatus",
    "ActionTheme",
    "BasePage",
    "Contact",
    "ContactKind",
    "HRExcellencePage",
    "HeroImageMixin",
    "HomePage",
    "ListingFieldsMixin",
    "Region",
    "StandardPage",
    "SuggestionFormField",
    "SuggestionFormPage",
]
