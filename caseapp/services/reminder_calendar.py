"""The deadlines and hearings as a calendar export holds them at a level (:class:`CalendarEvents`):
what the level allows, each captive named as a calendar in each language writes it, the
events closed, deleted or made moot lately written cancelled, and what was left out listed
for the lawyer. Part of :class:`~caseapp.services.reminders.ReminderService`
(``case_file.reminders.calendar``); :mod:`caseapp.reports.ics` writes the file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from caseapp.domain.custody_step_lines import notes_at_level
from caseapp.domain.dto import DeadlineDTO, DeletedEventDTO, HearingDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.hearing_days import hearing_ahead, hearing_days_span
from caseapp.domain.messages import Translated, msg
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.domain.redaction import Omission, OmissionLog, OmissionSummary
from caseapp.domain.rules import RuleSet
from caseapp.domain.same_day import deadline_order
from caseapp.services.base import ServiceContext, output_level
from caseapp.services.calendar_deletions import deleted_events
from caseapp.services.calendar_sequences import closed_since, sequences
from caseapp.services.captive_names import names_everywhere
from caseapp.services.deadline_rows import DeadlineRow, Group
from caseapp.services.labels import value_label
from caseapp.services.levels import load_levels
from caseapp.services.moot_reads import custody_ended, made_moot, without_moot
from caseapp.services.proceedings import HearingService


@dataclass(frozen=True)
class CalendarEvents:
    """What a calendar export holds: open deadlines (overdue included) and hearings to
    come, with each rule's reminder days for the alarms."""

    deadlines: tuple[DeadlineDTO, ...]
    hearings: tuple[HearingDTO, ...]  # captive_ids: only the captives the level may name
    lead_days: dict[str, tuple[int, ...]]
    level: Sensitivity = Sensitivity.INTERNAL
    # each named captive's name in every language: the spelling in the language's script,
    # else the Latin display name (names_in_languages)
    names: dict[int, Translated] = dataclasses.field(default_factory=dict)
    omitted: tuple[Omission, ...] = ()
    # each event's SEQUENCE, by its record's uid (caseapp.services.calendar_sequences)
    sequences: dict[str, int] = dataclasses.field(default_factory=dict)
    # deadlines closed lately (done or dismissed), allowed at the level: written cancelled
    closed: tuple[DeadlineDTO, ...] = ()
    # hearings and deadlines deleted lately, allowed at the level: written cancelled
    # (caseapp.services.calendar_deletions); their SEQUENCE is in ``sequences``
    deleted: tuple[DeletedEventDTO, ...] = ()
    # the day each snoozed deadline's snooze ends, by uid: no reminder rings before it
    snoozed: dict[str, date] = dataclasses.field(default_factory=dict)
    # the uids of the hearings (among ``hearings``) the end of their captives' custody made
    # moot: written cancelled, saying so
    custody_ended: frozenset[str] = frozenset()


# How far back a calendar carries deadlines due then and closed since (done or dismissed),
# written cancelled: an earlier export may hold them open.
CLOSED_SHOWN_DAYS = 30
# The section of a calendar's omissions that lists the deadlines left out.
DEADLINES = msg("Deadlines")


class CalendarExport:
    """The calendar export's reading, on the reminders' rows (``rows``, ``rule_set``)."""

    ctx: ServiceContext
    hearings: HearingService

    if TYPE_CHECKING:
        @property
        def rule_set(self) -> RuleSet: ...

        def rows(self, *, include_closed: bool = False, due_by: date | None = None,
                 explanations: bool = False) -> list[DeadlineRow]: ...

    def calendar(self, within_days: int = 365, *,
                 level: Sensitivity | str = Sensitivity.SHAREABLE,
                 explanations: bool = True) -> CalendarEvents:
        """Open deadlines and hearings to come at ``level``: each is kept only if its effective
        level (its own, its trigger's or prosecution's, its captive's) is allowed, and at the
        public level only captives who consented to publicity are named or have events.
        What is left out is listed in ``omitted`` (for the lawyer, never written). Without
        ``explanations`` the deadlines' steps are left out (read only for what shows them:
        the calendar file's descriptions, JSON)."""
        with self.ctx.snapshot():  # one consistent read
            return self._calendar(within_days, output_level(self.ctx, level), explanations)

    def _calendar(self, within_days: int, level: Sensitivity,
                  explanations: bool) -> CalendarEvents:
        today = self.ctx.today()
        horizon = today + timedelta(days=within_days)
        start, end = hearing_days_span(today, horizon)
        # Every open deadline due by the horizon, snoozed ones too (a snooze quiets the
        # reminders, the deadline stays due), and those closed lately: a calendar that holds
        # one from an earlier export then marks it cancelled rather than keep it as open.
        rows = self.rows(include_closed=True, due_by=horizon, explanations=explanations)
        all_deadlines = [r.deadline for r in rows if r.group is not Group.CLOSED]
        since = today - timedelta(days=CLOSED_SHOWN_DAYS)
        audit_readable = self.ctx.clearance is None  # the audit trail is internal
        all_closed = self._closed_lately([r.deadline for r in rows if r.group is Group.CLOSED],
                                         since, audit_readable)
        all_hearings = [h for h in self.hearings.list(start=start, end=end)
                        if hearing_ahead(h.starts_at, today) and h.starts_at.date() <= horizon]
        # An adjourned or cancelled sitting stays, marked cancelled: a calendar that holds it
        # from an earlier export then cancels it rather than keep it as going ahead.
        called_off = [h for h in all_hearings if h.state in CALLED_OFF]
        with self.ctx.read() as s:
            levels = load_levels(s.connection())
            # (moot told only from a status the level shows: see caseapp.domain.moot_hearings)
            going = without_moot(all_hearings, {
                cid: over for cid, over in custody_ended(
                    s, (c for h in all_hearings for c in h.captive_ids)).items()
                if level.allows(levels.captive_field(cid, "status"))})
            # (and one a release made moot: written cancelled too, saying why)
            ended = made_moot(all_hearings, going)
            all_hearings = sorted([*going, *called_off, *ended], key=lambda h: (h.starts_at, h.id))

        def named(cid: int | None) -> bool:
            return levels.names_captive(cid, level)
        log = OmissionLog()
        deadlines = []
        for d in all_deadlines:
            if level.allows(levels.deadline(d)) and named(d.captive_id):
                deadlines.append(d)
            else:
                log.add(DEADLINES, msg("{day} {title}", day=d.due_on,
                                              title=self.rule_set.title_everywhere(
                                                  d.title, d.rule_id)))
        closed = [d for d in all_closed if level.allows(levels.deadline(d)) and named(d.captive_id)]

        def at_level(d: DeadlineDTO) -> DeadlineDTO:  # (its notes may tell the status)
            shown = d.captive_id is None or level.allows(levels.captive_field(d.captive_id,
                                                                              "status"))
            notes = notes_at_level(d.notes, shown)
            return d if notes is d.notes else dataclasses.replace(d, notes=notes or "")
        deadlines, closed = [at_level(d) for d in deadlines], [at_level(d) for d in closed]
        hearings = []
        for h in all_hearings:
            shown = tuple(c for c in h.captive_ids if named(c))
            said = msg("{day} {title}", day=h.starts_at.date(), title=value_label(h.kind))
            if level.allows(levels.hearings.get(h.id, Sensitivity.INTERNAL)) and shown:
                hearings.append(dataclasses.replace(h, captive_ids=shown))
                # The hearing is in, but not every captive it concerns is named in it.
                for _ in range(len(h.captive_ids) - len(shown)):
                    log.add(msg("Captives not named at a hearing"), said)
            else:
                log.add(msg("Hearings"), said)
        ids = {d.captive_id for d in deadlines if d.captive_id is not None}
        ids |= {c for h in hearings for c in h.captive_ids}
        with self.ctx.read() as s:
            numbers = sequences(s, [*deadlines, *closed], hearings,
                                audit_readable=audit_readable)
            deleted, deleted_numbers = deleted_events(s, today, since, level, levels, named,
                                                      horizon, audit_readable=audit_readable)
        listed = {d.uid for d in deadlines}
        snoozed = {r.deadline.uid: r.snoozed_until for r in rows
                   if r.group is Group.SNOOZED and r.snoozed_until is not None
                   and r.deadline.uid in listed}
        return CalendarEvents(tuple(deadlines), tuple(hearings), self.rule_set.reminder_days(),
                              level=level, names=self._names(ids),
                              omitted=log.omissions(), sequences=numbers | deleted_numbers,
                              closed=tuple(closed), deleted=tuple(deleted), snoozed=snoozed,
                              custody_ended=frozenset(h.uid for h in ended))

    def _closed_lately(self, closed: list[DeadlineDTO], since: date,
                       audit_readable: bool) -> list[DeadlineDTO]:
        """The closed deadlines (done or dismissed) a calendar writes cancelled: those due
        since ``since``, and those closed since (an overdue deadline, which every export
        carried while open, closed today: a phone holding it open must drop it). Who cannot
        read the audit trail (below internal) asks the server which were closed since."""
        recent = [d for d in closed if d.due_on >= since]
        older = [d for d in closed if d.due_on < since]
        with self.ctx.read() as s:
            shut = closed_since(s, (d.uid for d in older), datetime.combine(since, time.min, UTC),
                                audit_readable=audit_readable) if older else set()
        return sorted([*recent, *(d for d in older if d.uid in shut)], key=deadline_order)

    def calendar_preview(self, within_days: int = 365, *,
                         level: Sensitivity | str = Sensitivity.SHAREABLE) -> OmissionSummary:
        """What a calendar at ``level`` leaves out, before it is written."""
        events = self.calendar(within_days, level=level, explanations=False)
        return OmissionSummary(msg("calendar"), events.level, events.omitted)

    def _names(self, ids: set[int]) -> dict[int, Translated]:
        """Each captive's name as a calendar in each language writes it (what a synced phone
        shows): :func:`caseapp.services.captive_names.names_everywhere`."""
        return names_everywhere(self.ctx, ids)
