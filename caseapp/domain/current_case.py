"""A captive's current case, and what a new hearing in their file starts with.

A new hearing is pre-filled only from the captive's own file: their current case (the
latest of their prosecutions), the court and judge of that case's latest hearing (else the
case's own), and the co-defendants of that hearing. Never from a hearing of another case,
even one they attended: a joint hearing recorded in a co-defendant's case names another
court, judge and set of defendants.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from caseapp.domain.dto import CaptiveFileDTO, HearingDTO, ProsecutionDTO
from caseapp.domain.enums import HearingState


def current_prosecution(file: CaptiveFileDTO, captive_id: int) -> ProsecutionDTO | None:
    """The captive's current case: their latest opened prosecution (one with no opening
    date counts as older than any dated one; among equals the later recorded)."""
    own = [p for p in file.prosecutions if p.captive_id == captive_id]
    if not own:
        return None
    return max(own, key=lambda p: (p.opened_on or date.min, p.id))


def _latest(hearings: list[HearingDTO]) -> HearingDTO | None:
    return max(hearings, key=lambda h: (h.starts_at, h.id)) if hearings else None


def hearing_prefill(file: CaptiveFileDTO, captive_id: int) -> dict[str, Any]:
    """The values a new hearing in this captive's file starts with: every key set, so that
    nothing else shows through (see the module)."""
    case = current_prosecution(file, captive_id)
    in_case = _latest([h for h in file.hearings
                       if case is not None and h.prosecution_id == case.id])
    own_any = _latest([h for h in file.hearings if captive_id in h.captive_ids])
    others = [i for i in in_case.captive_ids if i != captive_id] if in_case else []
    latest = in_case or own_any
    zone = latest.timezone if latest else None
    return {
        "prosecution_id": case.id if case else None,
        "court": (in_case.court if in_case and in_case.court else case.court if case else ""),
        "judge": (in_case.judge if in_case and in_case.judge else case.judge if case else ""),
        "captive_ids": [captive_id, *others],
        **({"timezone": zone} if zone else {}),
    }


def adjourned_to(hearing: HearingDTO) -> dict[str, Any] | None:
    """The values the hearing an adjourned ``hearing`` continues at starts with: on its
    ``next_date`` at the same hour in the court's zone, with the same court, kind, judge, case,
    defendants and level. None unless it is adjourned to a later day."""
    if hearing.state is not HearingState.ADJOURNED or hearing.next_date is None \
            or hearing.next_date <= hearing.starts_at.date():
        return None
    return {
        "starts_at": datetime.combine(hearing.next_date, hearing.starts_at.time()),  # naive: local
        "timezone": hearing.timezone,
        "court": hearing.court,
        "kind": hearing.kind,
        "judge": hearing.judge,
        "prosecution_id": hearing.prosecution_id,
        "captive_ids": list(hearing.captive_ids),
        "sensitivity": hearing.sensitivity,
    }
