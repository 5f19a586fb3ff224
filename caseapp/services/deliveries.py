"""The Court's deliveries: documents the ECHR put in the lawyer's eComms account or on its
Rule 39 site. A document counts as delivered on the day it appears there, so the time limits
of its letter run from that day; and the portal deletes it later (eComms after 12 months, the
Rule 39 site after 3), so the deadline engine reminds the lawyer to download it first. Both
come from the rules in ``resources/rules/echr.toml`` (trigger ``ecomms_delivery`` /
``rule39_site_delivery``, and ``court_delivery`` with the letter's weeks)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    CourtDelivery,
    Deadline,
    Document,
    InternationalProceeding,
)
from caseapp.domain.deadlines import TRIGGER_YEARS, compute
from caseapp.domain.enums import AuditAction, CourtPortal, DeadlineStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.filing_facts import CourtDeliveryDTO
from caseapp.domain.messages import Message, msg
from caseapp.domain.rules import RuleSet
from caseapp.domain.stored_messages import stored_message
from caseapp.services.base import ServiceContext
from caseapp.services.levels import load_levels
from caseapp.services.records import RecordService
from caseapp.services.values import require_past

# The rule event a delivery on each portal sets off, and the rule of its download reminder.
PORTAL_EVENTS = {CourtPortal.ECOMMS: "ecomms_delivery",
                 CourtPortal.RULE39_SITE: "rule39_site_delivery"}
DOWNLOAD_RULES = {CourtPortal.ECOMMS: "echr.ecomms.download",
                  CourtPortal.RULE39_SITE: "echr.rule39_site.download"}
TIME_LIMIT_EVENT = "court_delivery"
TRIGGER_KIND = "court_delivery"
MAX_WEEKS = 104


class DeliveryService(RecordService[CourtDelivery, CourtDeliveryDTO]):
    model = CourtDelivery
    dto = CourtDeliveryDTO
    noun = msg("delivery")
    required = ("title", "appeared_on")  # the portal defaults to eComms
    order_by = ("appeared_on", "id")

    def __init__(self, ctx: ServiceContext, rule_set: Callable[[], RuleSet]):
        super().__init__(ctx)
        self._rule_set = rule_set  # read on first use: opening a file loads no rules

    @property
    def rule_set(self) -> RuleSet:
        return self._rule_set()

    def summary(self, obj: CourtDelivery) -> str | Message:
        return msg("{title} ({day})", title=obj.title, day=obj.appeared_on)

    def apply(self, s: Session, obj: CourtDelivery, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        if obj.portal is None and fields.get("portal") is None:
            fields["portal"] = CourtPortal.ECOMMS
        for name in ("title", "application_number"):
            if isinstance(fields.get(name), str):
                fields[name] = " ".join(fields[name].split())
        super().apply(s, obj, fields)

    def validate(self, s: Session, obj: CourtDelivery) -> None:
        require_past(obj.appeared_on, self.ctx.today(), field="appeared_on",
                     what=msg("The day the document appeared"))
        if obj.appeared_on and obj.appeared_on.year not in TRIGGER_YEARS:  # said in her words
            raise ValidationError(msg("The day the document appeared ({day}) is outside the "
                                      "years {first} to {last} for which deadlines are computed.",
                                      day=obj.appeared_on, first=TRIGGER_YEARS.start,
                                      last=TRIGGER_YEARS.stop - 1), field="appeared_on")
        require_past(obj.downloaded_on, self.ctx.today(), field="downloaded_on",
                     what=msg("The download"))
        if obj.downloaded_on and obj.appeared_on and obj.downloaded_on < obj.appeared_on:
            raise ValidationError(msg("The download ({downloaded_on}) is before the document appeared "
                                      "({appeared_on}).",
                                      downloaded_on=obj.downloaded_on,
                                      appeared_on=obj.appeared_on), field="downloaded_on")
        weeks = obj.time_limit_weeks
        if weeks is not None and not 1 <= weeks <= MAX_WEEKS:
            raise ValidationError(msg("The time limit must be 1 to {most} weeks, not {weeks}.", most=MAX_WEEKS,
                                      weeks=weeks),
                                  field="time_limit_weeks")
        if len(obj.title or "") > 300:
            raise ValidationError(msg("The document's title is longer than 300 characters."),
                                  field="title")
        if len(obj.application_number or "") > 100:
            raise ValidationError(msg("The application number is longer than 100 characters."),
                                  field="application_number")
        for model, name, kind in ((Captive, "captive_id", msg("captive")),
                                  (InternationalProceeding, "proceeding_id",
                                   msg("international proceeding")),
                                  (Document, "document_id", msg("document"))):
            ref = getattr(obj, name)
            if ref is not None and s.get(model, ref) is None:
                raise ValidationError(msg("There is no {kind} with ID {record_id}.", kind=kind,
                                          record_id=ref), field=name)
        if obj.proceeding_id is not None and obj.captive_id is not None:
            p = s.get(InternationalProceeding, obj.proceeding_id)
            if p is not None and p.captive_id != obj.captive_id:
                raise ValidationError(msg("International proceeding {proceeding_id} is not of captive {captive_id}.",
                                          proceeding_id=obj.proceeding_id, captive_id=obj.captive_id),
                                      field="proceeding_id")
        if obj.proceeding_id is not None and obj.captive_id is None:
            p = s.get(InternationalProceeding, obj.proceeding_id)
            obj.captive_id = p.captive_id if p else None

    def to_dto(self, s: Session, obj: CourtDelivery) -> CourtDeliveryDTO:
        return self.make_dto(obj, deleted_from_portal_on=self.deleted_on(obj.portal,
                                                                         obj.appeared_on))

    def deleted_on(self, portal: CourtPortal, appeared_on: date) -> date:
        """When the portal deletes a document that appeared on ``appeared_on`` (the due date
        of its download rule: one owner for the retention period)."""
        due = compute(self.rule_set, DOWNLOAD_RULES[CourtPortal(portal)], appeared_on)[0].due
        return due.date() if isinstance(due, datetime) else due

    def at_level(self, level: Sensitivity | str,
                 rows: Iterable[CourtDeliveryDTO]) -> list[CourtDeliveryDTO]:
        """The deliveries of ``rows`` a list at ``level`` may show: their own level and their
        captive's allow it and, at the public level, their captive consented to publicity
        (:meth:`caseapp.services.levels.LevelMap.names_captive`, as every output)."""
        level = Sensitivity(level)
        with self.ctx.read() as s:
            levels = load_levels(s.connection())
        return [d for d in rows
                if level.allows(levels.triggers.get(d.uid, Sensitivity.INTERNAL))
                and levels.names_captive(d.captive_id, level)]

    def not_downloaded(self) -> list[CourtDeliveryDTO]:
        """Deliveries not yet downloaded, the first the portal deletes first."""
        return sorted((d for d in self.list() if d.downloaded_on is None),
                      key=lambda d: (d.deleted_from_portal_on, d.id))


def events_of(obj: CourtDelivery) -> list[tuple[str, dict[str, Any]]]:
    """The rule events a delivery sets off (with the parameters they need)."""
    events: list[tuple[str, dict[str, Any]]] = [(PORTAL_EVENTS[obj.portal], {})]
    if obj.time_limit_weeks:
        events.append((TIME_LIMIT_EVENT, {"weeks": obj.time_limit_weeks}))
    return events


def _downloaded(day: date | None) -> Message:
    """The reason the download reminder is closed with: the lawyer's mark of the download."""
    return msg("Downloaded on {day}.", day=day)


def follow_download(s: Session, obj: CourtDelivery, engine: Any) -> None:
    """Once the document is downloaded, its open download reminder is done; a download taken
    back (marked by mistake, the step undone) opens again the reminder that mark closed (not
    one the lawyer closed herself, with her own reason)."""
    rule_id = DOWNLOAD_RULES[obj.portal]
    status = DeadlineStatus.OPEN if obj.downloaded_on is not None else DeadlineStatus.DONE
    for d in s.scalars(select(Deadline).where(
            Deadline.trigger_kind == TRIGGER_KIND, Deadline.trigger_uid == obj.uid,
            Deadline.rule_id == rule_id, Deadline.status == status)):
        if obj.downloaded_on is not None:
            engine._write(s, d, AuditAction.UPDATE, status=DeadlineStatus.DONE,
                          status_reason=_downloaded(obj.downloaded_on))
            continue
        said = stored_message(d.status_reason)
        if said is not None and said.text == _downloaded(None).text:
            engine._write(s, d, AuditAction.UPDATE, status=DeadlineStatus.OPEN,
                          status_reason="")
