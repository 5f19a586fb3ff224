"""The agenda of the hearings view: a row for each hearing with the names of everyone it
concerns, and its columns (the day and hour as the court gives them, the kind and what
became of it, the court, the defendants)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from caseapp.domain.dto import HearingDTO
from caseapp.domain.enums import HearingKind, HearingState
from caseapp.ui.captive_names import CaptiveName
from caseapp.ui.hearing_state import hearing_state_text
from caseapp.ui.labels import label, short_hearing_kind
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.formatters import date_text, datetime_text, fill, time_text, zone_city, zone_label

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


@dataclass(frozen=True)
class AgendaRow:
    """A hearing with the names of everyone it concerns."""

    hearing: HearingDTO
    defendants: tuple[CaptiveName, ...]
    past: bool = False  # its day is over (still scheduled: what became of it is not recorded)
    moot: bool = False  # the end of its captives' custody made it moot: it will not sit

    @property
    def id(self) -> int:
        return self.hearing.id

    @property
    def captive_ids(self) -> tuple[int, ...]:
        return self.hearing.captive_ids


def _time_tip(r: AgendaRow) -> str:
    h = r.hearing
    offset = h.starts_at.strftime("%z")
    mine = h.starts_at.astimezone()
    return fill(translate("HearingsView", "%1 (UTC%2) in the court's time zone\n%3 your time"),
                zone_label(h.timezone, h.starts_at), f"{offset[:3]}:{offset[3:]}",
                datetime_text(mine))


def starts_of(r: AgendaRow) -> datetime:
    return r.hearing.starts_at


def _defendants(r: AgendaRow) -> str:
    return ", ".join(d.short for d in r.defendants)


def state_of(r: AgendaRow) -> str:
    return hearing_state_text(r.hearing.state, r.hearing.next_date, past=r.past, moot=r.moot)


def _kind(r: AgendaRow, name: Callable[[HearingKind], str] = short_hearing_kind) -> str:
    """The kind (in two words where it is long: whole in the tooltip), and under it what
    became of the hearing once recorded (held, adjourned to a day, cancelled): a row the eye
    reads as a sitting to come only while it is one."""
    h = r.hearing
    if h.state is HearingState.SCHEDULED and not r.moot:
        return name(h.kind)
    return f"{name(h.kind)}\n{state_of(r)}"


def _whole_kind(r: AgendaRow) -> str:
    return _kind(r, label)


def _when(r: AgendaRow) -> str:
    h = r.hearing
    city = zone_city(h.timezone)
    weekday = QLocale().toString(QDate(h.starts_at.year, h.starts_at.month, h.starts_at.day), "ddd")
    # the city under the day and hour: the column narrower, the kind's words whole beside it
    return f"{date_text(h.starts_at.date())} {weekday}  {time_text(h.starts_at)}\n{city}"


AGENDA_COLUMNS: tuple[RecordColumn[AgendaRow], ...] = (
    RecordColumn(QT_TRANSLATE_NOOP("HearingsView", "When (court's time)"), _when,
                 sort_key=lambda r: r.hearing.starts_at.astimezone(UTC), tooltip=_time_tip),
    RecordColumn(QT_TRANSLATE_NOOP("HearingsView", "Kind"), _kind, tooltip=_whole_kind),
    RecordColumn(QT_TRANSLATE_NOOP("HearingsView", "Court"), lambda r: r.hearing.court,
                 tooltip=lambda r: "\n".join(x for x in (r.hearing.court, r.hearing.judge) if x)),
    RecordColumn(QT_TRANSLATE_NOOP("HearingsView", "Defendants"), _defendants, sort_key=lambda r: len(r.defendants),
                 tooltip=lambda r: "\n".join(d.full for d in r.defendants)),
)
DEFENDANTS_COLUMN, COURT_COLUMN = 3, 2
