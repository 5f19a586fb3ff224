"""A spreadsheet import's rows as its preview shows them: each row read (:class:`RowPreview`),
checked by the captives' own rules (a capture before the birth, a date in the future, said
on the cell of the field they name) and matched against the captives of the case file and
the rows above it (:class:`Duplicate`: whom it may be, and what tells them apart).

:func:`caseapp.services.sheet_preview.preview` reads the sheet and calls
:func:`check_and_match`; :mod:`caseapp.services.sheet_import` creates a captive from a row
by :func:`captive_fields`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from caseapp.db.models import Captive
from caseapp.domain.dates import PartialDate
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.people_index import PeopleIndex
from caseapp.domain.sheet_columns import FIELDS, column_letter
from caseapp.domain.sheet_match import LIKELY, Person
from caseapp.domain.sheet_rows import CellProblem, RowValues, SheetLayout, describe
from caseapp.domain.sheet_title_rows import said as said_not_a_person
from caseapp.domain.status_order import backdated
from caseapp.services.captives import CaptiveService
from caseapp.services.reading_level import reading_level
from caseapp.services.sheet_duplicates import facts_of, shown_name
from caseapp.services.told_apart import Facts, apart_text, told_apart


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Someone a row may be: a captive of the case file, or a row above it."""

    score: float
    reasons: tuple[str, ...]
    label: str
    captive_id: int | None = None
    row: int | None = None
    # What tells the captive from the row (caseapp.services.told_apart): the id means
    # nothing to a lawyer. None for a row above.
    apart: tuple[Message, ...] = ()

    @property
    def decision(self) -> str:
        """The decision that merges the row into this one."""
        return f"merge:{self.captive_id}" if self.captive_id is not None else f"row:{self.row}"

    @property
    def captive_named(self) -> Message:
        """The captive as the command line and the import's refusal name it: its name and
        what tells it from the row, as the window's import does, then its ID (for ``caseapp
        merge``)."""
        if not self.apart:
            return msg("the captive “{name}” (ID {id})", name=self.label, id=self.captive_id)
        return msg("the captive “{name}” ({facts}; ID {id})", name=self.label,
                   facts=apart_text(self.apart), id=self.captive_id)


@dataclass(frozen=True, slots=True)
class RowPreview:
    row: int
    values: RowValues
    problems: tuple[CellProblem, ...]
    duplicates: tuple[Duplicate, ...] = ()

    @property
    def shown(self) -> dict[str, str]:
        """Field → the value as read, as text (made when asked: a preview of 61,000 rows
        kept a dict of texts for each row besides its values)."""
        return describe(self.values)

    @property
    def errors(self) -> tuple[CellProblem, ...]:
        return tuple(p for p in self.problems if not p.warning)

    @property
    def warnings(self) -> tuple[CellProblem, ...]:
        return tuple(p for p in self.problems if p.warning)

    @property
    def label(self) -> str:
        return self.shown.get("name", "")

    @property
    def no_person_said(self) -> Message | None:
        """What the row was read as when it is no person (a title, a total), or None."""
        found = self.values.not_a_person
        return None if found is None else said_not_a_person(self.row, found)


def captive_fields(values: RowValues) -> dict[str, Any]:
    """The fields :class:`CaptiveService` takes for a new captive from this row."""
    fields: dict[str, Any] = dict(values.values)
    fields.pop("place", None)
    details = fields.pop("name_details", ())  # (kind, language) of each name, in order
    fields["names"] = [{"full_name": n, "language": lang, "is_primary": i == 0}
                       | ({"kind": details[i][0], "language": details[i][1]}
                          if i < len(details) else {})
                       for i, (n, lang) in enumerate(values.names)]
    if values.tags:
        fields["tags"] = list(values.tags)
    return fields


def check_and_match(s: Session, svc: CaptiveService, values: list[RowValues], lay: SheetLayout
                     ) -> list[RowPreview]:
    index = PeopleIndex()
    level = reading_level(s, svc.ctx)
    facts: dict[int, Facts] = {}
    current: dict[int, tuple[Any, Any]] = {}  # each captive's status and its day
    for c in s.scalars(select(Captive).options(selectinload(Captive.names))):
        facts[c.id] = facts_of(c, level)
        current[c.id] = (c.status, c.status_since)
        # named as the lists name it in the reader's language, not by its first name
        index.add(("captive", c.id, str(shown_name(c))), Person(
            tuple(n.full_name for n in c.names),
            PartialDate(c.birth_date, c.birth_date_precision) if c.birth_date else None,
            PartialDate(c.capture_date, c.capture_date_precision) if c.capture_date else None))
    column_of = {f: i for i, f in sorted(lay.columns.items(), reverse=True)}
    out: list[RowPreview] = []
    for row in values:
        if row.not_a_person is not None:  # a title, a total: nothing to check or match
            out.append(RowPreview(row.row, row, ()))
            continue
        problems = list(row.problems)
        if row.names:  # the rules of the fields read (a row without a name is said above)
            problems += _rule_problems(s, svc, row, column_of, lay.headers)
        if "place" in row.values and "capture" not in row.values:
            i = column_of.get("place", 0)
            problems.append(CellProblem(row.row, column_letter(i), _head(lay.headers, i),
                                        "place", row.values["place"],
                                        str(msg("is kept as a note: a stay is recorded from the "
                                                "date of capture, which this row lacks")),
                                        warning=True))
        duplicates: list[Duplicate] = []
        if not any(not p.warning for p in problems):
            for key, score, reasons in index.candidates(row.person, threshold=LIKELY):
                kind, ident, label = cast(tuple[str, int, str], key)
                duplicates.append(Duplicate(score, reasons, label, captive_id=ident, apart=(
                    told_apart(facts[ident], _row_facts(row))[0]))
                                  if kind == "captive" else
                                  Duplicate(score, reasons, label, row=ident))
            index.add(("row", row.row, row.names[0][0]), row.person)
            problems += _status_into_history(row, duplicates[:5], current, column_of,
                                             lay.headers)
        out.append(RowPreview(row.row, row, tuple(problems), tuple(duplicates[:5])))
    return out


def _status_into_history(row: RowValues, duplicates: list[Duplicate],
                         current: dict[int, tuple[Any, Any]], column_of: dict[str, int],
                         headers: tuple[str, ...]) -> list[CellProblem]:
    """The row's status dated before the current status of a captive it may be merged into:
    the merge puts it into that captive's status history by its date, the current status
    stays (as :func:`caseapp.services.sheet_import` merges it), said on the status's cell
    before the import, naming the captive as the preview does (not its status: its level)."""
    status, day = row.values.get("status"), row.values.get("status_since")
    if status is None or day is None:
        return []
    i = column_of.get("status_since", column_of.get("status", 0))
    field = "status_since" if "status_since" in column_of else "status"
    return [CellProblem(row.row, column_letter(i), _head(headers, i), field,
                        describe(row).get(field, ""),
                        str(msg("goes into the status history by its date if the row is merged "
                                "into this captive: {captive}. The captive's current status is "
                                "dated later and stays as it is.", captive=d.label)),
                        warning=True)
            for d in duplicates if d.captive_id is not None
            and status != current[d.captive_id][0]
            and backdated(current[d.captive_id][0], current[d.captive_id][1], status, day, ())]


def _row_facts(row: RowValues) -> Facts:
    """What of a row may tell it from a captive (see :mod:`caseapp.services.told_apart`)."""
    v = row.values
    return Facts(v.get("birth"), str(v.get("birth_place") or ""), v.get("capture"),
                 str(v.get("capture_place") or ""), None)


def _head(headers: tuple[str, ...], i: int) -> str:
    return headers[i] if i < len(headers) else ""


def _rule_problems(s: Session, svc: CaptiveService, row: RowValues, column_of: dict[str, int],
                   headers: tuple[str, ...]) -> list[CellProblem]:
    """What the captives' own rules say of the row (a capture before the birth, a date in
    the future), said on the cell of the field they name."""
    obj = Captive()
    try:
        with s.no_autoflush:
            svc.apply(s, obj, captive_fields(row))
            svc.validate(s, obj)
    except ValidationError as exc:
        name = {"birth": "birth", "capture": "capture", "names": "name"}.get(exc.field or "",
                                                                            exc.field or "")
        i = column_of.get(name)
        if i is None and name == "name":
            i = next((column_of[f] for f in ("given_name", "surname") if f in column_of), None)
        value = describe(row).get(name, "")
        reason = str(exc)  # the preview is read in the user's language: said in it now
        if name in FIELDS:
            reason = str(msg("cannot be taken: {reason}", reason=exc.message))
        return [CellProblem(row.row, column_letter(i) if i is not None else "",
                            _head(headers, i) if i is not None else "", name, value, reason)]
    finally:
        if obj in s:  # (a query inside apply may have cascaded it in)
            s.expunge(obj)
    return []
