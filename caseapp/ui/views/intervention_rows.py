"""The advocacy log as the contacts and advocacy views show it: an intervention with the
names it refers to, and the columns of its tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from caseapp.domain.advocacy import follow_up_overdue_days
from caseapp.domain.dto import ContactDTO, InterventionDTO, OrganisationDTO
from caseapp.domain.enums import InterventionStatus
from caseapp.services.casefile import CaseFile
from caseapp.ui.captive_names import CaptiveName, captive_names
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.models.records import RecordColumn
from caseapp.ui.theme import URGENCY_ON_LIGHT, urgency_colour
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.formatters import date_text

translate = QCoreApplication.translate

OVERDUE = URGENCY_ON_LIGHT["overdue"]  # on the light palette; overdue_colour() follows the palette


def overdue_colour() -> str:
    return urgency_colour("overdue", QGuiApplication.palette().color(QPalette.ColorRole.Base)).name()

ICTX = "InterventionColumns"


def is_overdue(intervention: InterventionDTO, today: date) -> bool:
    """A follow-up date passed on an intervention that is not closed (the domain's rule)."""
    return follow_up_overdue_days(intervention.follow_up_on, intervention.status, today) > 0


@dataclass(frozen=True)
class InterventionRow:
    intervention: InterventionDTO
    organisation: str
    contact: str
    captives: tuple[CaptiveName, ...]
    overdue_days: int  # 0 unless the follow-up is overdue

    @property
    def id(self) -> int:
        return self.intervention.id

    @property
    def captive_ids(self) -> tuple[int, ...]:
        return self.intervention.captive_ids

    @property
    def addressee(self) -> str:
        return " — ".join(x for x in (self.organisation, self.contact) if x)

    @property
    def captive_names(self) -> dict[int, CaptiveName]:
        return {c.id: c for c in self.captives}


def intervention_rows(case_file: CaseFile, interventions: Sequence[InterventionDTO],
                      organisations: Sequence[OrganisationDTO], contacts: Sequence[ContactDTO],
                      today: date) -> list[InterventionRow]:
    """Interventions with the names they refer to (runs in the background)."""
    orgs = {o.id: o.name for o in organisations}
    people = {c.id: c.name for c in contacts}
    names = captive_names(case_file, (cid for i in interventions for cid in i.captive_ids))
    return [InterventionRow(
        i, orgs.get(i.organisation_id, "") if i.organisation_id else "",
        people.get(i.contact_id, "") if i.contact_id else "",
        tuple(names.get(cid, CaptiveName(cid, f"#{cid}", "")) for cid in i.captive_ids),
        follow_up_overdue_days(i.follow_up_on, i.status, today))
        for i in interventions]


def _follow_up(r: InterventionRow) -> str:
    d = r.intervention.follow_up_on
    if d is None:
        return ""
    return f"⚠ {date_text(d)}" if r.overdue_days else date_text(d)


def _follow_up_tip(r: InterventionRow) -> str:
    if not r.overdue_days:
        return ""
    days = r.overdue_days
    return plural(translate("InterventionColumns", "Follow-up overdue by %Ln day(s)", None, days), days)


def intervention_column(name: str) -> RecordColumn[InterventionRow]:
    """One column of an interventions table: date, addressee, channel, subject, status,
    follow_up or captives."""

    def i(r: InterventionRow) -> InterventionDTO:
        return r.intervention

    columns: dict[str, RecordColumn[InterventionRow]] = {
        "date": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Date"), lambda r: date_text(i(r).made_on),
                             sort_key=lambda r: (i(r).made_on, i(r).id)),
        "addressee": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Addressee"), lambda r: r.addressee,
                                  sort_key=lambda r: r.addressee.casefold(),
                                  tooltip=lambda r: r.addressee),
        "contact": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Person"), lambda r: r.contact),
        "channel": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Channel"), lambda r: label(i(r).channel)),
        "subject": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Subject"), lambda r: i(r).subject,
                                sort_key=lambda r: i(r).subject.casefold(),
                                tooltip=lambda r: i(r).subject),
        "status": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Status"), lambda r: label(i(r).status),
                               sort_key=lambda r: list(InterventionStatus).index(i(r).status)),
        "follow_up": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Follow-up"), _follow_up,
                                  sort_key=lambda r: i(r).follow_up_on or date.max,
                                  tooltip=_follow_up_tip,
                                  colour=lambda r: overdue_colour() if r.overdue_days else None),
        "captives": RecordColumn(QT_TRANSLATE_NOOP("InterventionColumns", "Captives"),
                                 lambda r: ", ".join(c.short for c in r.captives),
                                 sort_key=lambda r: len(r.captives),
                                 tooltip=lambda r: "\n".join(c.full for c in r.captives)),
    }
    return columns[name]
