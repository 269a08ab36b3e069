from .contacts import ContactsPage
from .guide import Stage, WelcomeGuidePage
from .index import GuideIndexPage
from .path import NewcomerPathPage
from .working_conditions import WorkingConditionsPage

__all__ = [
    "ContactsPage",
    "GuideIndexPage",
    "NewcomerPathPage",
    "Stage",
    "WelcomeGuidePage",
    "WorkingConditionsPage",
]
