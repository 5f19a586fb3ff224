"""What a merge of two records of one person keeps of their levels, consents and photo.

Two records of one person merged must not show, below a level, what either record kept
above it: where the two differ on the captive's level or a consent, the stricter is kept
unless the lawyer chooses otherwise (``keep_own``); each field's own level is the stricter of the
two records', and a value taken from the merged record keeps at least the level it had there
(its record's, where that was the stricter); a field empty on the kept record takes the merged
record's value unless the lawyer keeps it empty (a birth date, a passport's place, health notes
recorded once are not lost); and the photo of the merged record is not lost: the kept one's when it has
none, else a document of the kept captive."""

from __future__ import annotations

import mimetypes
from typing import Any

from caseapp.domain.enums import Sensitivity, Sex
from caseapp.domain.redaction import strictest

# The captive's fields on which the stricter of two values wins unless the lawyer keeps the
# kept one's: the level of the record and the consents (no consent is the stricter).
GUARDED = ("sensitivity", "consent_publicity", "consent_family_wgeid")


def stricter_side(field: str, keep: Any, other: Any) -> str | None:
    """``"other"`` when the merged record's value of ``field`` is the stricter, ``"keep"``
    when the kept one's is, ``None`` when neither (the same, or a field not guarded)."""
    if field not in GUARDED or keep == other:
        return None
    if field == "sensitivity":
        return "other" if strictest(keep, other) == Sensitivity(other) else "keep"
    return "keep" if not keep else "other"  # a consent: the one not given


def filled_side(field: str, keep: Any, other: Any) -> str | None:
    """``"other"`` when ``field`` is empty on the kept record and filled on the merged one (a
    value not lost by default), ``None`` otherwise. The level and the consents follow
    :func:`stricter_side`; the status and the category always have a value."""
    if field in GUARDED or field in ("status", "category"):
        return None
    return "other" if _empty(keep) and not _empty(other) else None


def _empty(value: Any) -> bool:
    """No value recorded: no date, no text, the sex unknown, no power of attorney on file."""
    return value is None or value is False or value == "" or value is Sex.UNKNOWN


def taken_levels(levels: dict[str, str], record_level: Sensitivity | str, other: Any,
                 columns: list[str]) -> dict[str, str]:
    """``levels`` with each of ``columns``, whose value is taken from the merged record
    ``other``, at least at the level it had there (its own or its record's, the stricter)
    where that is stricter than the merged record's level ``record_level``: a health note of
    an internal record stays internal on a shareable one."""
    out = dict(levels)
    for column in columns:
        had = strictest(other.sensitivity, (other.field_levels or {}).get(column))
        if had.rank > Sensitivity(record_level).rank:
            out[column] = strictest(had, out.get(column)).value
    return out


def merged_field_levels(keep: dict[str, str] | None, other: dict[str, str] | None) -> dict[str, str]:
    """Each field's own level after the merge: the stricter of the two records'."""
    keep, other = dict(keep or {}), dict(other or {})
    return {f: strictest(keep.get(f), other.get(f)).value for f in sorted({*keep, *other})}


def photo_of_merged(keep: Any, other: Any) -> dict[str, Any]:
    """The other's photo, for a kept captive that has none (else nothing to change)."""
    if keep.photo_media_type or not other.photo_media_type:
        return {}
    return {"photo": other.photo, "photo_media_type": other.photo_media_type}


def other_photo_kept(services: Any, s: Any, keep: Any, other: Any, title: str) -> str:
    """Where both records have a photo, and not the same, the other's is kept as a document
    of the kept captive (titled with the merged record's name, at its level): its uid, for
    the undo; "" when there was nothing to keep."""
    if not (keep.photo_media_type and other.photo_media_type) or keep.photo == other.photo:
        return ""
    extension = mimetypes.guess_extension(other.photo_media_type) or ""
    level = strictest(other.sensitivity, (other.field_levels or {}).get("photo"))
    document = services.documents.create_in(
        s, captive_id=keep.id, title=title, filename=f"photo{extension}", content=other.photo,
        media_type=other.photo_media_type, sensitivity=level)
    return str(document.uid)
