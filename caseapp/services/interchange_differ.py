"""Records of an import that the case file holds already (the same uid) but otherwise: a
colleague's export of the file, corrected since, or an export edited by hand. An import only
adds records, so these are left as the case file has them — said, one line each with the
file's values, so that a correction is not lost without a word.

What the case file computes itself is not compared: a computed expiry (from the order's start
and term), a computed deadline's day and steps (from the record it counts from), the stored
computation steps; nor when and how often a record was written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary

from caseapp.db.base import Base
from caseapp.db.team_policies import INTERNAL_ONLY
from caseapp.domain.field_labels import field_label, record_kind
from caseapp.domain.messages import Listed, Message, Translated, msg
from caseapp.services.travel_conflicts import RecordLabels, copy_values
from caseapp.services.travel_filter import BOOKKEEPING

Row = dict[str, Any]

_COMPUTED_DEADLINE = frozenset({"title", "due_on", "due_time", "timezone", "trigger_date",
                                "rule_version", "trigger_kind"})
_NEVER = BOOKKEEPING | {"explanation"}


@dataclass(frozen=True)
class Differing:
    """A record of the file the case file holds otherwise, and the fields that differ."""

    table: str
    label: Translated
    fields: tuple[str, ...]
    values: tuple[tuple[str, Any], ...]  # the file's value of each field it shows

    def line(self) -> str:
        shown = dict(self.values)
        parts: list[Message | str] = [
            msg("{field}: {value}", field=_name(self.table, f), value=shown[f]) if f in shown
            else _name(self.table, f) for f in self.fields]
        return str(msg("{kind} “{record}”: {values}", kind=record_kind(self.table),
                       record=self.label, values=Listed(tuple(parts))))


def _name(table: str, name: str) -> Message | str:
    return field_label(name.removesuffix("_uid") + "_id" if name.endswith("_uid") else name, table)


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _same(theirs: Any, ours: Any) -> bool:
    """Whether two export values say the same (a moment given at another offset does)."""
    if theirs == ours:
        return True
    a, b = _moment(theirs), _moment(ours)
    return a is not None and a == b


def _compared(table: str, row: Row, present: Row) -> list[str]:
    """The fields of ``row`` (the file's) to compare with ``present`` (the case file's)."""
    skip = set(_NEVER)
    if table == "deadlines" and row.get("rule_id") and not row.get("overridden"):
        skip |= _COMPUTED_DEADLINE
    if table == "detention_orders" and "computed" == row.get("expiry_source") \
            == present.get("expiry_source"):
        skip.add("expires_on")
    return [f for f in row if f not in skip and f in present]


def differing(file_tables: Mapping[str, list[Row]], skipped: Mapping[str, set[str]],
              present_tables: Mapping[str, list[Row]]) -> list[Differing]:
    """The records of the file whose uid ``skipped`` names (by table: present in the case file
    before the import) that ``present_tables`` (the case file, export form) holds otherwise."""
    labels = RecordLabels(dict(present_tables))  # (named as the case file names them)
    out: list[Differing] = []
    for name, uids in skipped.items():
        if name in INTERNAL_ONLY or not uids:
            continue
        table = Base.metadata.tables[name]
        binary = {c.key for c in table.c if isinstance(c.type, LargeBinary)}
        present = {r["uid"]: r for r in present_tables.get(name, []) if r.get("uid") in uids}
        for row in file_tables.get(name, []):
            ours = present.pop(row.get("uid"), None)  # (a record given twice: said once)
            if ours is None:
                continue
            fields = tuple(f for f in _compared(name, row, ours) if not _same(row[f], ours[f]))
            if fields:
                shown = tuple(f for f in fields if f not in binary)
                out.append(Differing(name, labels(name, ours), fields,
                                     copy_values(name, row, shown, labels)))
    return out
