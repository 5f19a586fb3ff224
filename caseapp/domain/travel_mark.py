"""What a travel copy says of itself (plain data: the window's title reads it before the
services are imported; :mod:`caseapp.services.travel_copy` makes and merges the copies)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError
from caseapp.domain.file_identity import FileIdentity, parsed
from caseapp.domain.messages import msg

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
    made_from: FileIdentity | None = None  # the case file it was made from (None: not recorded)


class DamagedTravelMark(CaseFileError):
    """A travel copy whose mark cannot be read (changed outside CaseApp, or damaged): it is
    neither merged nor written to; like a damaged file, it is destroyed only once confirmed."""

    def __init__(self) -> None:
        super().__init__(msg("This travel copy's mark (its level, the captives it holds and the versions "
                             "of its records) cannot be read: the copy was damaged or changed outside "
                             "CaseApp. Nothing was changed."), damaged=True)


def _version(value: object) -> int | None:
    if value is not None and (type(value) is not int or value < 0):
        raise ValueError("a version is a whole number")
    return value


def _mark(data: dict[str, object]) -> TravelMark:
    level = Sensitivity(str(data["level"]))
    if level is Sensitivity.INTERNAL:  # a travel copy is never made at the internal level
        raise ValueError("a travel copy's level is public or shareable")
    captives, versions = data.get("captives"), data["versions"]
    if not isinstance(versions, dict) or not (captives is None or isinstance(captives, list)):
        raise ValueError("the captives are a list and the versions an object")
    pairs = {str(uid): [_version(main), _version(copy)] for uid, (main, copy) in versions.items()}
    return TravelMark(copy_id=str(data["copy_id"]), level=level,
                      captive_uids=tuple(str(c) for c in captives) if captives is not None else None,
                      made_at=datetime.fromisoformat(str(data["made_at"])), versions=pairs,
                      made_from=_made_from(data.get("made_from")))


def _made_from(value: object) -> FileIdentity | None:
    """The case file a copy was made from, as its mark records it (an earlier version's
    records none; one that is not an identity cannot be checked: ``None`` either way)."""
    if not isinstance(value, dict):
        return None
    return parsed(value.get("identity"), value.get("created"))


def mark_from_detail(detail: str | None) -> TravelMark | None:
    """The mark that a travel copy's newest mark event holds (its detail, JSON); None
    without one (a case file that is not a travel copy). Raises :class:`DamagedTravelMark`
    for a mark that is not one CaseApp wrote (not JSON, a level or version that is none)."""
    if detail is None:
        return None
    try:
        data = json.loads(detail)
        if not isinstance(data, dict):
            raise ValueError("a mark is an object")
        return _mark(data)
    except (ValueError, TypeError, KeyError, RecursionError):
        raise DamagedTravelMark() from None

