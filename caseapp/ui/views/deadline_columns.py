"""What each column of the Deadlines view says of a deadline: when it falls due and in
what words, its title (hard, an estimate), the captive in the interface's script, its rule's
body and title; and the groups the list is read in (overdue, today, this week…). Mixed into
:class:`~caseapp.ui.views.deadlines.DeadlinesView`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp.domain.due_when import DueState
from caseapp.services.deadline_rows import DeadlineRow, Group
from caseapp.ui.captive_names import CaptiveName
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.session import UiContext
from caseapp.ui.theme import urgency_colour
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.deadline_details import deadline_title, due_text, hard_colour
from caseapp.ui.views.formatters import date_text, time_text, zone_city

CTX = "DeadlinesView"
translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call

GROUP_LABELS = {
    Group.OVERDUE: QT_TRANSLATE_NOOP("DeadlinesView", "Overdue"),
    Group.TODAY: QT_TRANSLATE_NOOP("DeadlinesView", "Today"),
    Group.THIS_WEEK: QT_TRANSLATE_NOOP("DeadlinesView", "This week"),
    Group.LATER: QT_TRANSLATE_NOOP("DeadlinesView", "Later"),
    Group.SNOOZED: QT_TRANSLATE_NOOP("DeadlinesView", "Snoozed"),
    Group.CLOSED: QT_TRANSLATE_NOOP("DeadlinesView", "Done or dismissed"),
}
GROUP_ORDER = {g: i for i, g in enumerate(GROUP_LABELS)}


def group_label(group: Group) -> str:
    return QCoreApplication.translate("DeadlinesView", GROUP_LABELS[group])


def group_colour(group: Group) -> str | None:
    """The group's text colour, readable (WCAG AA) on the palette in use."""
    kind = {Group.OVERDUE: "overdue", Group.TODAY: "today", Group.THIS_WEEK: "week"}.get(group)
    return urgency_colour(kind).name() if kind else None


class DeadlineColumns:
    """The columns' texts, for the view whose ``ui`` and ``names`` (the captives' names in the
    interface's script, once read) they read."""

    ui: UiContext
    names: dict[int, CaptiveName]
    # each row's place in every list's order (caseapp.domain.same_day), by deadline id: the
    # rows are read in it
    places: dict[int, int]

    def columns(self) -> list[RecordColumn[DeadlineRow]]:
        return [
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Due"), lambda r: due_text(r.deadline, city=True),
                         sort_key=lambda r: self.places.get(r.id, 0),
                         tooltip=lambda r: due_text(r.deadline)),
            # Within each group, hard deadlines first; then every list's order.
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "When"), self.when_text,
                         sort_key=lambda r: (GROUP_ORDER[r.group], not r.deadline.hard,
                                             self.places.get(r.id, 0)),
                         colour=lambda r: group_colour(r.group)),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Captive"), self.captive_text,
                         tooltip=lambda r: self.captive_text(r, full=True)),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Deadline"), self.title_text,
                         tooltip=self.title_tip,
                         colour=lambda r: hard_colour() if r.deadline.hard else None),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Body"), self.body_text),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Rule"), self.rule_text,
                         tooltip=self.rule_tip),
            RecordColumn(QT_TRANSLATE_NOOP("DeadlinesView", "Set by hand"),
                         lambda r: translate("DeadlinesView", "yes") if r.deadline.overridden else ""),
        ]

    def shown_title(self, r: DeadlineRow) -> str:
        """In the interface's language when it is its rule's title (see deadline_title)."""
        cf = self.ui.case_file
        return deadline_title(r.deadline, cf.rule_set if cf is not None else None)

    def title_text(self, r: DeadlineRow) -> str:
        title = (translate("DeadlinesView", "HARD: %1").replace("%1", self.shown_title(r)) if r.deadline.hard
                 else self.shown_title(r))
        if r.estimated:
            return translate("DeadlinesView", "%1 (estimate)").replace("%1", title)
        return title

    def title_tip(self, r: DeadlineRow) -> str:
        """The title, and the day it is counted from: an appeal's tooltip explained its
        rule ("20 days from its announcement") but not the decision's day. That day is the
        one the stored explanation starts from (its trigger), never made up: a deadline
        entered by hand, which has none, says nothing of it."""
        tip = self.shown_title(r)
        if r.deadline.hard:
            tip = translate("DeadlinesView", "%1\nA hard deadline set by a court: it cannot be missed.").replace(
                "%1", tip)
        if r.deadline.trigger_date is not None:
            tip += "\n" + translate("DeadlinesView", "Counted from the day of the event that sets it off: %1.") \
                .replace("%1", date_text(r.deadline.trigger_date))
        if r.estimated:
            tip += "\n" + translate("DeadlinesView", "An estimate: the day of the event is not known, only its "
                                  "month or year; counted from the first day of that month "
                                  "or year, never later.")
        return tip

    def body_text(self, r: DeadlineRow) -> str:
        """The rule's body (court, body or jurisdiction) in the interface's language."""
        cf = self.ui.case_file
        rule_id = r.deadline.rule_id
        if cf is None or not rule_id or rule_id not in cf.rule_set:
            return r.body
        return cf.rule_set.get(rule_id).text("body")

    def when_text(self, r: DeadlineRow) -> str:
        """When it falls due, in words: the state ``caseapp deadlines`` words too
        (:func:`caseapp.domain.due_when.due_when`), counted on this computer's today (an
        hour in Baku may be today here)."""
        d = r.deadline
        when = r.when(self.ui.today())
        if when is None:
            return label(d.status)
        if when.state is DueState.SNOOZED and when.until is not None:
            return translate("DeadlinesView", "snoozed until %1").replace("%1", date_text(when.until))
        if when.state is DueState.HOUR_PASSED and d.due_time is not None:
            # its hour has passed today: overdue, not "today"
            return translate("DeadlinesView", "passed at %1 (%2)").replace("%1", time_text(d.due_time)).replace(
                "%2", d.timezone)
        if when.state is DueState.DAY_ENDED and when.at is not None:
            # its day has ended where the court sits, not yet here
            return translate("DeadlinesView", "day ended in %1 at %2").replace("%1", zone_city(d.timezone)).replace(
                "%2", time_text(when.at))
        days = when.days
        if days < 0:
            return plural(translate("DeadlinesView", "%Ln day(s) overdue", "", -days), -days)
        if days == 0:
            return translate("DeadlinesView", "today")
        return plural(translate("DeadlinesView", "in %Ln day(s)", "", days), days)

    def captive_text(self, r: DeadlineRow, *, full: bool = False) -> str:
        """The captive's name in the interface's script once the spellings are read."""
        name = self.names.get(r.deadline.captive_id or 0)
        if name is None:
            return r.captive_name
        return name.full if full else name.short

    def rule_text(self, r: DeadlineRow) -> str:
        """The rule's title, as the lawyer knows it; its id is for the tooltip."""
        rule_id = r.deadline.rule_id
        if not rule_id:
            return translate("DeadlinesView", "by hand")
        rules = self.ui.case_file.rule_set
        title = rules.get(rule_id).text("title") if rule_id in rules else rule_id
        return title + ("" if r.verified in (None, True) else " ⚠")

    def rule_tip(self, r: DeadlineRow) -> str:
        rule_id = r.deadline.rule_id
        if not rule_id:
            return ""
        tip = translate("DeadlinesView", "Rule %1").replace("%1", rule_id)
        if r.verified not in (None, True):
            tip += "\n" + translate("DeadlinesView", "This rule has not been verified against its source.")
        return tip
