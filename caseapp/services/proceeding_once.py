"""An international application or communication is recorded once per captive. The same
ECHR application (or WGAD, HRC communication) of a captive entered again — typed from the
Court's letter after a spreadsheet brought it in, entered by a colleague — doubled the
deadlines its communication sets off, each reminded twice, and counted twice in the status
report's proceedings per forum.

The same one: the same captive, body, kind and reference (spaces and case aside). Another
captive's application of the same number is a joined application, and a second Rule 39
request or urgent appeal under one number is a new request: neither is refused."""

from __future__ import annotations

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, InternationalProceeding
from caseapp.domain.enums import InternationalProceedingKind
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.name_display import latin_display_name, names_in_languages

# The fields that make a proceeding the one it is: a save that writes none of them (its
# status, outcome or notes) is not refused for a twin an earlier version let in.
PROCEEDING_FIELDS = frozenset({"captive_id", "body", "kind", "reference"})
# The kinds lodged once under a reference (a request may be made again under it).
ONCE = frozenset({InternationalProceedingKind.APPLICATION,
                  InternationalProceedingKind.COMMUNICATION})


def reference_key(reference: str | None) -> str:
    return "".join((reference or "").split()).casefold()


def check_proceeding_once(s: Session, obj: InternationalProceeding) -> None:
    """Refuse ``obj`` when its captive has the same application or communication already."""
    key = reference_key(obj.reference)
    if not key or obj.captive_id is None or obj.kind not in ONCE:
        return
    with s.no_autoflush:
        found = s.execute(
            select(InternationalProceeding.id, InternationalProceeding.reference)
            .where(InternationalProceeding.captive_id == obj.captive_id,
                   InternationalProceeding.body == obj.body,
                   InternationalProceeding.kind == obj.kind,
                   InternationalProceeding.id != obj.id if obj.id is not None else true())
        ).all()
        twin = next((pid for pid, ref in found if reference_key(ref) == key), None)
        if twin is None:
            return
        captive = s.get(Captive, obj.captive_id)
    names = captive.names if captive is not None else []
    name = names_in_languages(names, latin_display_name(names),
                              names[0].full_name if names else "")
    raise ValidationError(msg(
        "{name} already has {reference} recorded (international proceeding {record_id}). "
        "Correct that one rather than entering it again.",
        name=name, reference=obj.reference.strip(), record_id=twin), field="reference")
