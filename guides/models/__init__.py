from .contacts import ContactsPage
from .index import GuideIndexPage
from .working_conditions import WorkingConditionsPage

__all__ = ["ContactsPage", "GuideIndexPage", "WorkingConditionsPage"]
