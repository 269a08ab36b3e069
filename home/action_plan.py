"""The action plan as the HR Excellence page shows it: progress per theme, filtered table.

Plain GET parameters (`theme`, `status`), so every view of the table has an address and works
without JavaScript; unknown values are ignored. One query: the plan has about 90 actions, read
once and grouped in Python.
"""

from dataclasses import dataclass, field

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


class ActionPlan:
    def __init__(self, params):
        self.theme = _choice(params.get("theme"), {str(value) for value in ActionTheme.values})
        self.status = _choice(params.get("status"), set(ActionStatus.values))
        self.themes = {
            number: ThemeProgress(number, label) for number, label in ActionTheme.choices
        }
        for action in Action.objects.all():
            progress = self.themes[action.theme]
            progress.counts[action.status] += 1
            if self.keeps(action):
                progress.actions.append(action)

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
    def filtered(self):
        return bool(self.theme or self.status)

    theme_choices = ActionTheme.choices
    status_choices = ActionStatus.choices


def _choice(value, allowed):
    return value if value in allowed else ""
