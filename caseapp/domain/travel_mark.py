"""What a travel copy says of itself (plain data: the window's title reads it before the
services are imported; :mod:`caseapp.services.travel_copy` makes and merges the copies)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from caseapp.domain.enums import Sensitivity

TRAVEL_MARK = "travel copy"  # the file event a travel copy carries


@dataclass(frozen=True)
class TravelMark:
    """What a travel copy says of itself."""

    copy_id: str
    level: Sensitivity
    captive_uids: tuple[str, ...] | None  # None: every captive allowed at the level
    made_at: datetime
    # uid → [version in the main file (None: made in the copy), version in the copy]
    versions: dict[str, list[int | None]]


def mark_from_detail(detail: str | None) -> TravelMark | None:
    """The mark that a travel copy's newest mark event holds (its detail, JSON); None
    without one (a case file that is not a travel copy)."""
    if detail is None:
        return None
    data = json.loads(detail)
    captives = data.get("captives")
    return TravelMark(copy_id=data["copy_id"], level=Sensitivity(data["level"]),
                      captive_uids=tuple(captives) if captives is not None else None,
                      made_at=datetime.fromisoformat(data["made_at"]),
                      versions={k: list(v) for k, v in data["versions"].items()})

