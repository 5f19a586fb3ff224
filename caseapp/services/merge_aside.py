"""What a merge does not keep of the merged record's own fields is not dropped unseen: where
both records hold a value and differ, and the kept one's stays (the lawyer's choice, or by
default), the other's values are written into a note of the kept captive, at the strictest
level any of them had (their record's, or the field's own): "Place of birth: Goris".
The undo deletes the note (:mod:`caseapp.services.merge_undo`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from caseapp.domain.messages import Message, msg
from caseapp.domain.redaction import strictest
from caseapp.services.labels import value_label
from caseapp.services.merge_levels import GUARDED, filled_side


def set_aside(fields: Iterable[str], taken: Iterable[str], value: Callable[[Any, str], Any],
              keep: Any, other: Any) -> list[str]:
    """The fields on which both records hold a value, differ, and the kept one's stays (not
    the level nor a consent, which :mod:`caseapp.services.merge_levels` settles)."""
    chosen = set(taken)
    out = []
    for f in fields:
        mine, theirs = value(keep, f), value(other, f)
        if f in GUARDED or f in chosen or mine == theirs:
            continue
        if filled_side(f, mine, theirs) or filled_side(f, theirs, mine) or None in (mine, theirs):
            continue  # (one of the two empty: nothing of the other's is lost there)
        out.append(f)
    return out


def _shown(value: Any) -> Any:
    """A value as the note writes it: a label in the user's language, yes or no, a day."""
    if isinstance(value, bool):
        return msg("yes") if value else msg("no")
    return value_label(value) if isinstance(value, Enum) else value


def write_note(services: Any, s: Session, keep: Any, other: Any, other_label: str,
               fields: list[str], columns: dict[str, str],
               label: Callable[[str], Message | str], value: Callable[[Any, str], Any]) -> str:
    """A note of the kept captive holding ``fields`` of ``other`` as they were; its uid ("" if
    none was written)."""
    if not fields:
        return ""
    own = other.field_levels or {}
    level = strictest(other.sensitivity, *(own.get(columns.get(f, f)) for f in fields))
    body = "\n".join(str(msg("{field}: {value}", field=label(f), value=_shown(value(other, f))))
                     for f in fields)
    note = services.notes.create_in(
        s, captive_id=keep.id, body=body, sensitivity=level,
        title=str(msg("Not kept by the merge of {name}", name=other_label)))
    return str(note.uid)
