"""A captive's dates known to a period (a birth in May 1990, a capture in 2024, an approximate
day) as the audit log shows them: at the precision they had. The log keeps the date and its
precision as two fields (the first day of the period, "1990-05-01", and "month"); read alone
the date said a day nobody gave. Here each is written as the lawyer types it ("1990-05",
"2024", "~1990-05-03"), with the precision it had before and after the change."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import AuditEntryDTO
from caseapp.domain.enums import AuditAction, DatePrecision

# A captive's date -> the column that keeps how precisely it is known.
PRECISION_OF = {"birth_date": "birth_date_precision", "capture_date": "capture_date_precision"}
_DATE_OF = {precision: day for day, precision in PRECISION_OF.items()}


def at_their_precision(entries: list[AuditEntryDTO]) -> list[AuditEntryDTO]:
    """``entries`` (in any order) with each captive's date written at the precision it had:
    an added or deleted captive's at the precision among its values, a changed one's at the
    precision before the change (as the entries before it left it) and after it (as the
    entries of the same write leave it). A date whose precision the entries do not tell (its
    captive's earlier entries not among them) is left as stored."""
    known: dict[tuple[str, str], str] = {}  # (captive's uid, date field) -> its precision now
    shown: dict[int, AuditEntryDTO] = {}
    ordered = sorted((e for e in entries if e.entity == "captives"), key=lambda e: e.id)
    for i, e in enumerate(ordered):
        if not e.field and e.action in (AuditAction.CREATE, AuditAction.DELETE):
            raw = e.new_value if e.action is AuditAction.CREATE else e.old_value
            values = _values(raw)
            if values is None:
                continue
            for day, precision in PRECISION_OF.items():
                if isinstance(values.get(precision), str):
                    known[e.record_uid, day] = values[precision]
            written = _with_dates(values)
            if written != values:
                text = json.dumps(written, ensure_ascii=False)
                shown[e.id] = dataclasses.replace(e, new_value=text) \
                    if e.action is AuditAction.CREATE else dataclasses.replace(e, old_value=text)
        elif e.field in _DATE_OF and e.new_value:
            known[e.record_uid, _DATE_OF[e.field]] = e.new_value
        elif e.field in PRECISION_OF:  # (a write's entries follow the columns: date first)
            before = known.get((e.record_uid, e.field))
            after = _precision_after(ordered[i + 1:], e) or before
            shown[e.id] = dataclasses.replace(e, old_value=_at(e.old_value, before),
                                              new_value=_at(e.new_value, after))
    return [shown.get(e.id, e) for e in entries]


def _precision_after(later: Iterable[AuditEntryDTO], e: AuditEntryDTO) -> str | None:
    """The precision the write of ``e`` gave its date, if that write changed it: the entries
    that follow it of the same record at the same time (kept to the second), up to one of a
    field already seen (another write in the same second)."""
    seen = {e.field}
    for other in later:
        if (other.record_uid, other.at) != (e.record_uid, e.at) or other.field in seen:
            return None
        if other.field == PRECISION_OF[e.field]:
            return other.new_value
        seen.add(other.field)
    return None


def _with_dates(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _at(v, values.get(PRECISION_OF[k])) if k in PRECISION_OF else v
            for k, v in values.items()}


def _at(value: Any, precision: Any) -> Any:
    """A stored day ("1990-05-01") as written at ``precision`` ("1990-05"); anything else,
    or at an unknown precision, as it is."""
    if not isinstance(value, str) or not isinstance(precision, str):
        return value
    try:
        return PartialDate(date.fromisoformat(value), DatePrecision(precision)).iso()
    except ValueError:
        return value


def _values(raw: str | None) -> dict[str, Any] | None:
    try:
        values = json.loads(raw or "")
    except ValueError:
        return None
    return values if isinstance(values, dict) else None
