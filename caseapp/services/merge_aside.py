"""What a merge does not keep of the two records' own fields is not dropped unseen: where
both records hold a value and differ, the value not chosen (the other's where the kept one's
stays, by default; the kept one's where the lawyer takes the other's) is written into a note
of the kept captive, at the strictest level any of them had (its record's, or the field's
own): "Place of birth: Goris".
The undo deletes the note (:mod:`caseapp.services.merge_undo`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message, msg
from caseapp.domain.redaction import strictest
from caseapp.services.labels import value_label
from caseapp.services.merge_levels import GUARDED, filled_side

# The status moves with its history (the other's status changes go to the kept captive).
_HISTORY = ("status", "status_since")


def set_aside(fields: Iterable[str], taken: Iterable[str], value: Callable[[Any, str], Any],
              keep: Any, other: Any, columns: dict[str, str],
              ) -> list[tuple[str, Any, Sensitivity]]:
    """The values a merge does not keep where both records hold one and they differ (the
    other's where the kept one's stays, the kept one's where the other's is taken; not the
    level nor a consent, which :mod:`caseapp.services.merge_levels` settles): each field
    with the value and the level it had (its record's or its own, the stricter)."""
    chosen = set(taken)
    out = []
    for f in fields:
        if noted(f, value(keep, f), value(other, f)):
            record, kept = (keep, other) if f in chosen else (other, keep)
            if _within(value(kept, f), value(record, f)):
                continue  # May 2024 made 3 May 2024: nothing lost
            level = strictest(record.sensitivity,
                              (record.field_levels or {}).get(columns.get(f, f)))
            out.append((f, value(record, f), level))
    return out


def _within(kept: Any, lost: Any) -> bool:
    """Whether the date kept is a closer reading of the date not kept (3 May 2024 of May
    2024): the one not kept says nothing more."""
    return (isinstance(kept, PartialDate) and isinstance(lost, PartialDate)
            and lost.earliest <= kept.earliest and kept.latest <= lost.latest)


def noted(field: str, keep: Any, other: Any) -> bool:
    """Whether the other's value of ``field`` goes into the note when the kept one's stays:
    both hold one and they differ (one of the two empty, nothing of the other's is lost)."""
    if field in GUARDED or field in _HISTORY or keep == other or None in (keep, other):
        return False
    return not (filled_side(field, keep, other) or filled_side(field, other, keep))


def _shown(value: Any) -> Any:
    """A value as the note writes it: a label in the user's language, yes or no, a day."""
    if isinstance(value, bool):
        return msg("yes") if value else msg("no")
    return value_label(value) if isinstance(value, Enum) else value


def write_note(services: Any, s: Session, keep: Any, other_label: str,
               aside: list[tuple[str, Any, Sensitivity]],
               label: Callable[[str], Message | str]) -> str:
    """A note of the kept captive holding the values ``aside`` as they were, at the strictest
    of their levels; its uid ("" if none was written)."""
    if not aside:
        return ""
    body = "\n".join(str(msg("{field}: {value}", field=label(f), value=_shown(v)))
                     for f, v, _level in aside)
    note = services.notes.create_in(
        s, captive_id=keep.id, body=body,
        sensitivity=strictest(*(level for _f, _v, level in aside)),
        title=str(msg("Not kept by the merge of {name}", name=other_label)))
    return str(note.uid)
