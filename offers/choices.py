"""Fixed choices of an offer: translated with gettext, stored as stable codes.

The codes appear in filtered URLs (`?kind=postdoc`), so they never change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    FIXED_TERM_RESEARCHER = "fixed-term-researcher", _("Fixed-term researcher")
    POSTDOC = "postdoc", _("Postdoctoral researcher")
    PHD = "phd", _("PhD position")
    FIXED_TERM_ENGINEER = "fixed-term-engineer", _("Fixed-term engineer or technician")
    COMPETITION_CR = "competition-cr", _("Competition: research officer (CR)")
    COMPETITION_DR = "competition-dr", _("Competition: research director (DR)")
    COMPETITION_IT = "competition-it", _("Competition: engineer or technician (IT)")
    INTERNSHIP = "internship", _("Internship")


COMPETITION_KINDS = frozenset({Kind.COMPETITION_CR, Kind.COMPETITION_DR, Kind.COMPETITION_IT})


class Category(models.TextChoices):
    RESEARCHER = "researcher", _("Researcher")
    ENGINEER = "engineer", _("Engineer")
    TECHNICIAN = "technician", _("Technician")
    SUPPORT = "support", _("Administrative and support staff")


class Profile(models.TextChoices):
    R1 = "R1", _("R1 – First stage researcher (up to the PhD)")
    R2 = "R2", _("R2 – Recognised researcher (PhD holder, not yet independent)")
    R3 = "R3", _("R3 – Established researcher (independent)")
    R4 = "R4", _("R4 – Leading researcher")


# JSON-LD employmentType (schema.org / Google) for each kind.
EMPLOYMENT_TYPES = {
    Kind.FIXED_TERM_RESEARCHER: ["FULL_TIME", "TEMPORARY"],
    Kind.POSTDOC: ["FULL_TIME", "TEMPORARY"],
    Kind.PHD: ["FULL_TIME", "TEMPORARY"],
    Kind.FIXED_TERM_ENGINEER: ["FULL_TIME", "TEMPORARY"],
    Kind.COMPETITION_CR: ["FULL_TIME"],
    Kind.COMPETITION_DR: ["FULL_TIME"],
    Kind.COMPETITION_IT: ["FULL_TIME"],
    Kind.INTERNSHIP: ["INTERN"],
}

# The listing's "deadline within N days" filter.
DEADLINE_WINDOWS = (7, 30, 90)
