"""The action plan as the HR Excellence page shows it: progress per theme, filtered table.

Plain GET parameters (`theme`, `status`), so every view of the table has an address and works
without JavaScript; unknown values are ignored. One query: the plan has about 90 actions, read
once (in the page's language and in French) and grouped in Python.

The actions are shown in the page's language (wagtail-localize translations of the French
ones); an action not translated yet is shown in French (`untranslated`, marked with its language
in the table, and counted above it). The facts (status, dates, owners) are always the French
action's: HR changes a status once and every language shows it at once, without waiting for the
translation to be updated.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from core.locales import in_source_language

from .models import Action, ActionStatus, ActionTheme


@dataclass
class ThemeProgress:
    number: int
    label: str
    counts: dict = field(default_factory=lambda: dict.fromkeys(ActionStatus.values, 0))
    actions: list = field(default_factory=list)  # the actions the filters keep

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def done(self):
        return self.counts[ActionStatus.DONE]

    @property
    def in_progress(self):
        return self.counts[ActionStatus.IN_PROGRESS]

    @property
    def revised(self):
        return self.counts[ActionStatus.REVISED] + self.counts[ActionStatus.DROPPED]

    @property
    def percent_done(self):
        return round(100 * self.done / self.total) if self.total else 0


# What HR changes in the French action and every language shows at once: a translation's
# copy of these is only refreshed when the translation is next updated (wagtail-localize).
FACTS = ("number", "position", "theme", "status", "done_in", "due_year", "due_half", "owners")


def actions_in(locale_id):
    """The actions in the language `locale_id`, in plan order, with the facts of their French
    source; the French action where there is no translation (`untranslated` set on it).
    One query."""
    translated, french = {}, {}
    for action in Action.objects.filter(Q(locale_id=locale_id) | in_source_language()).order_by(
        "pk"
    ):
        if action.locale_id == locale_id:
            translated[action.translation_key] = action
        else:
            french[action.translation_key] = action
    actions = []
    for key, source in french.items():
        action = translated.pop(key, None)
        if action is None:
            action, action.untranslated = source, True
        else:
            action.untranslated = False
            for name in FACTS:
                setattr(action, name, getattr(source, name))
        actions.append(action)
    for action in translated.values():  # a translation whose French was deleted
        action.untranslated = False
        actions.append(action)
    return sorted(actions, key=lambda action: action.position)


def owner_terms(owners, glossary):
    """[(term, what it stands for or "")] of an action's "who": "RH, DISC" with the page's
    glossary gives [("RH", "Human Resources Department"), ("DISC", "…")]."""
    terms = (term.strip() for term in owners.split(","))
    return [(term, glossary.get(term, "")) for term in terms if term]


class ActionPlan:
    def __init__(self, params, locale_id, glossary=None):
        self.theme = _choice(params.get("theme"), {str(value) for value in ActionTheme.values})
        self.status = _choice(params.get("status"), set(ActionStatus.values))
        self.glossary = glossary or {}
        self.themes = {
            number: ThemeProgress(number, label) for number, label in ActionTheme.choices
        }
        self.unexplained = set()  # owners' acronyms the glossary does not expand
        for action in actions_in(locale_id):
            action.owner_terms = owner_terms(action.owners, self.glossary)
            progress = self.themes[action.theme]
            progress.counts[action.status] += 1
            if self.keeps(action):
                progress.actions.append(action)
                self.unexplained.update(
                    term for term, full in action.owner_terms if not full and term.isupper()
                )

    def keeps(self, action):
        return (not self.theme or str(action.theme) == self.theme) and (
            not self.status or action.status == self.status
        )

    @property
    def progress(self):
        """Every theme, for the summary (whatever the filters)."""
        return list(self.themes.values())

    @property
    def shown(self):
        """The themes with actions left by the filters, for the table."""
        return [theme for theme in self.themes.values() if theme.actions]

    @property
    def total(self):
        return sum(theme.total for theme in self.themes.values())

    @property
    def done(self):
        return sum(theme.done for theme in self.themes.values())

    @property
    def shown_count(self):
        return sum(len(theme.actions) for theme in self.themes.values())

    @property
    def untranslated_count(self):
        """Actions shown in French on a page in another language."""
        return sum(
            action.untranslated for theme in self.themes.values() for action in theme.actions
        )

    @property
    def filtered(self):
        return bool(self.theme or self.status)

    @property
    def glossary_items(self):
        """The glossary in alphabetical order, for the list under the table."""
        return sorted(self.glossary.items(), key=lambda item: item[0].casefold())

    @property
    def unexplained_terms(self):
        return sorted(self.unexplained)

    theme_choices = ActionTheme.choices
    status_choices = ActionStatus.choices


def _choice(value, allowed):
    return value if value in allowed else ""
