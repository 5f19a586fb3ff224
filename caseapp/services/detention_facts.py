"""The facts the filings need about one captive (confirmation of the detention by the
detaining state, special risk, kind of release) and the independent proof-of-life clock.

At most one row per captive; :meth:`DetentionFactsService.record` creates it on the first save
and updates it afterwards, so the GUI and the CLI never ask whether it exists."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, DetentionFacts, WelfareContact
from caseapp.domain.dates import PartialDate
from caseapp.domain.errors import ValidationError
from caseapp.domain.filing_facts import CaptiveRisk, DetentionFactsDTO
from caseapp.domain.messages import Message, msg
from caseapp.domain.proof_of_life import is_independent, proof_clock
from caseapp.domain.special_risk import age_on, risk_reasons
from caseapp.services.records import RecordService
from caseapp.services.settings import read_settings
from caseapp.services.values import require_past


class DetentionFactsService(RecordService[DetentionFacts, DetentionFactsDTO]):
    model = DetentionFacts
    dto = DetentionFactsDTO
    noun = msg("detention facts")

    def summary(self, obj: DetentionFacts) -> str | Message:
        return msg("facts of captive {id}", id=obj.captive_id)

    def validate(self, s: Session, obj: DetentionFacts) -> None:
        captive = s.get(Captive, obj.captive_id) if obj.captive_id is not None else None
        if captive is None:
            raise ValidationError(msg("There is no captive with ID {record_id}.", record_id=obj.captive_id),
                                  field="captive_id")
        require_past(obj.confirmed_on, self.ctx.today(), field="confirmed_on",
                     what=msg("The confirmation"))
        if obj.confirmed_on is not None and not obj.state_confirmed:
            raise ValidationError(msg("A confirmation date is given but the detention is not marked "
                                  "as confirmed by the detaining state."), field="confirmed_on")
        if (obj.confirmed_on and captive.capture_date
                and obj.confirmed_on < captive.capture_date):
            raise ValidationError(msg("The confirmation ({confirmed_on}) is before the capture ({capture_date}).",
                                      confirmed_on=obj.confirmed_on,
                                      capture_date=captive.capture_date), field="confirmed_on")

    def of_captive(self, captive_id: int) -> DetentionFactsDTO:
        """The captive's facts (defaults if none were recorded)."""
        with self.ctx.read() as s:
            if s.get(Captive, captive_id) is None:
                raise ValidationError(msg("There is no captive with ID {record_id}.", record_id=captive_id),
                                      field="captive_id")
            row = s.scalars(select(DetentionFacts)
                            .where(DetentionFacts.captive_id == captive_id)).first()
            return self.to_dto(s, row) if row else DetentionFactsDTO(None, captive_id)

    def record(self, captive_id: int, **fields: Any) -> DetentionFactsDTO:
        """Save the captive's facts: creates their row on the first save."""
        fields.pop("captive_id", None)
        current = self.of_captive(captive_id)
        if current.id is None:
            return self.create(captive_id=captive_id, **fields)
        return self.update(current.id, **fields)

    def risk(self, captive_id: int) -> CaptiveRisk:
        """The captive's facts, special-risk reasons and independent proof-of-life clock."""
        facts = self.of_captive(captive_id)
        today = self.ctx.today()
        with self.ctx.read() as s:
            captive = s.get(Captive, captive_id)
            assert captive is not None  # of_captive checked
            birth = (PartialDate(captive.birth_date, captive.birth_date_precision)
                     if captive.birth_date else None)
            last = last_independent_dates(s, [captive_id]).get(captive_id)
            threshold = read_settings(s).independent_proof_days
        return CaptiveRisk(
            facts,
            risk_reasons(health=facts.risk_health, disability=facts.risk_disability,
                         hunger_strike=facts.risk_hunger_strike, birth=birth, today=today),
            age_on(birth, today), proof_clock(last, today, threshold))


def last_independent_dates(s: Session, captive_ids: list[int] | None = None) -> dict[int, date]:
    """Each captive's last independent proof of life (one query; captives without one are
    not in the map)."""
    stmt = select(WelfareContact.captive_id, WelfareContact.contact_on, WelfareContact.kind,
                  WelfareContact.confirmed, WelfareContact.independent)
    if captive_ids is not None:
        stmt = stmt.where(WelfareContact.captive_id.in_(captive_ids))
    found: dict[int, date] = {}
    # Core rows fetched at once (an ORM-enabled select loads its rows one by one)
    for cid, on, kind, confirmed, independent in s.connection().execute(stmt).all():
        if is_independent(kind, confirmed=confirmed, override=independent):
            if cid not in found or on > found[cid]:
                found[cid] = on
    return found
