"""A spreadsheet's preview as ``caseapp import-sheet`` prints it: the file read, its columns,
a table of the rows with what the import does with each, the problems, the rows that are no
person, the likely duplicates and the counts (text), or all of it as JSON; and a captive's
value as a table writes it (also for ``caseapp merge``)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from caseapp.cli.common import print_table
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveCategory
from caseapp.domain.messages import (
    Message,
    fraction_everywhere,
    list_separator,
    msg,
    msg_n,
)
from caseapp.domain.sheet_columns import FIELD_NAMES, column_letter
from caseapp.services.labels import match_reasons
from caseapp.services.sheet_encoding import CHOICES, ENCODINGS
from caseapp.services.sheet_names_sample import garbled_names

if TYPE_CHECKING:
    from caseapp.services.sheet_preview import SheetPreview
    from caseapp.services.sheet_preview_rows import Duplicate, RowPreview


# The delimiter as the preview's first line names it, in the user's language ("разделитель —
# comma" was half English).
_DELIMITER_NAMES = {",": msg("comma", context="delimiter"),
                    ";": msg("semicolon", context="delimiter"),
                    "\t": msg("tab", context="delimiter"),
                    "|": msg("vertical bar", context="delimiter")}


def who(d: Duplicate) -> Message:
    """The captive or the row a row may be the same person as: a captive by its name and what
    tells it from the row (the window's words), its ID after them for ``caseapp merge``."""
    return (msg("row {row} “{name}”", row=d.row, name=d.label) if d.captive_id is None
            else d.captive_named)


def _action(row: RowPreview, decisions: dict[int, str] | None) -> str:
    if row.values.not_a_person is not None:
        return "not a person"
    if row.errors:
        return "error"
    if decisions is None:
        return "may merge" if row.duplicates else "create"
    decision = decisions.get(row.row, "skip")
    if decision.startswith("merge:"):
        return f"merge into captive {decision[6:]}"
    if decision.startswith("row:"):
        return f"merge into row {decision[4:]}"
    return decision


def _action_words(row: RowPreview, decisions: dict[int, str] | None) -> str:
    """:func:`_action` (JSON's word) as the table says it, in the reader's language."""
    found = row.values.not_a_person
    if found is not None:
        return str(msg("not a person: total") if found.kind == "total" else
                   msg("not a person: title (by its shape)") if found.guessed else
                   msg("not a person: title"))
    if row.errors:
        return str(msg("has errors"))
    if decisions is None:
        return str(msg("may be recorded already") if row.duplicates else msg("add"))
    decision = decisions.get(row.row, "skip")
    kind, _, target = decision.partition(":")
    if kind == "merge":
        return str(msg("merge into captive {id}", id=target))
    if kind == "row":
        return str(msg("merge into row {row}", row=target))
    return str({"create": msg("add"), "skip": msg("skip")}.get(decision, decision))


def _column(index: int, header: str) -> str:
    """A column by its letter and header, in the language's quotation marks (A «Имя»)."""
    return str(msg("{letter} “{header}”", letter=column_letter(index),
                   header=" ".join(header.split())))  # (a header on two lines: one line)


def print_preview(pv: SheetPreview, decisions: dict[int, str] | None, result: Any, out: TextIO, *,
           refused: bool = False) -> None:
    if pv.kind == "csv":
        out.write(str(msg("{file}; {encoding}, {delimiter}-separated; header in row {row}",
                          file=pv.file_name, encoding=ENCODINGS.get(pv.encoding, pv.encoding),
                          delimiter=_DELIMITER_NAMES.get(pv.delimiter, repr(pv.delimiter)),
                          row=pv.header_row)) + "\n")
    else:
        out.write(str(msg("{file}; sheet “{sheet}”; header in row {row}", file=pv.file_name,
                          sheet=pv.sheet, row=pv.header_row)) + "\n")
    out.write(str(msg("Columns: {columns}", columns=list_separator().join(
        f"{_column(i, pv.headers[i] if i < len(pv.headers) else '')} → {FIELD_NAMES[f]}"
        for i, f in sorted(pv.columns.items())))) + "\n")
    ignored = _ignored(pv)
    if ignored:
        out.write(str(msg("Not imported (no field of the captive): {columns}", columns=list_separator().join(
            _column(i, h) for i, h in ignored.items()))) + "\n")
    out.write("\n")
    rows = []
    for r in pv.rows:
        like = [str(who(d)) for d in r.duplicates]
        values = r.values.values  # each as the reader's language writes it
        rows.append([r.row, _action_words(r, decisions), r.label,
                     *(value_words(values.get(f)) for f in ("birth", "capture", "status")),
                     ", ".join(like)])
    print_table([msg("Row"), msg("Action"), msg("Name"), msg("Born"), msg("Captured"),
                 msg("Status"), msg("Like")], rows, out, names=(2,))
    problems = [p for r in pv.rows for p in r.problems]
    if problems or pv.notices:
        out.write("\n" + str(msg("Problems:")) + "\n")
        for n, notice in enumerate(pv.notices):
            out.write("  " + str(msg("warning: {warning}", warning=notice)) + "\n")
            if n == 0 and pv.encoding_other:  # (the notice names no option: the window shows
                # it too) what to type, after it
                out.write("  " + str(msg("To read the file as {encoding}, run the command "
                                         "again with --encoding {code}.",
                                         code=pv.encoding_other, encoding=ENCODINGS.get(
                                             pv.encoding_other, pv.encoding_other))) + "\n")
        for p in problems:
            out.write("  " + str(msg("warning: {warning}", warning=p) if p.warning else p) + "\n")
    if pv.not_people:
        out.write("\n" + str(msg("Rows that are not people:")) + "\n")
        for r in pv.not_people:
            out.write(f"  {r.no_person_said}\n")
    dups = [(r, d) for r in pv.with_duplicates for d in r.duplicates[:1]]
    if dups:
        out.write("\n" + str(msg("Likely the same person:")) + "\n")
        for r, d in dups:
            out.write("  " + str(msg("row {row} “{label}” and {who}: score {score} ({reasons})",
                                     row=r.row, label=r.label, who=who(d),
                                     score=fraction_everywhere(d.score),
                                     reasons=match_reasons(d.reasons))) + "\n")
    from caseapp.services.sheet_summary import import_counts, preview_counts

    out.write("\n" + "".join(f"{said}\n" for said in preview_counts(pv)))
    if pv.kind == "csv":
        _say_garbled(pv, out)
    if result is None:
        out.write(str(msg("Nothing was written.") if refused
                      else msg("Dry run: nothing was written.")) + "\n")
        return
    out.write(" ".join(str(said) for said in import_counts(result)) + "\n")


def _ignored(pv: SheetPreview) -> dict[int, str]:
    """The columns with a header that no field takes (a relative's name, a phone number)."""
    return {i: h for i, h in enumerate(pv.headers) if h.strip() and i not in pv.columns}


def preview_json(pv: SheetPreview, decisions: dict[int, str] | None, result: Any) -> dict[str, Any]:
    def problem(p: Any) -> dict[str, Any]:
        return {"column": p.column, "header": p.header, "field": p.field, "value": p.value,
                "reason": p.reason_alone}

    return {
        "file": pv.file_name, "sha256": pv.sha256, "kind": pv.kind, "sheet": pv.sheet,
        "encoding": pv.encoding, "delimiter": pv.delimiter, "header_row": pv.header_row,
        "columns": {column_letter(i): {"header": pv.headers[i] if i < len(pv.headers) else "",
                                       "field": f} for i, f in sorted(pv.columns.items())},
        "ignored_columns": {column_letter(i): h for i, h in _ignored(pv).items()},
        "empty_rows": pv.empty_rows, "unchosen_rows": list(pv.unchosen_rows),
        "notices": list(pv.notices), "encoding_other": pv.encoding_other or None,
        "rows": [{"row": r.row, "action": _action(r, decisions), "values": r.shown,
                  "category_from": _from_title(r, "category"),
                  "status_from": _from_title(r, "status"),
                  "not_a_person": _not_a_person(r),
                  "errors": [problem(p) for p in r.errors],
                  "warnings": [problem(p) for p in r.warnings],
                  "duplicates": [{"captive_id": d.captive_id, "row": d.row, "name": d.label,
                                  "score": d.score, "reasons": list(d.reasons),
                                  # what tells the captive from the row, as the table says it
                                  "told_apart": [str(f) for f in d.apart]}
                                 for d in r.duplicates]} for r in pv.rows],
        "imported": None if result is None else {
            "created": list(result.created), "merged_into": list(result.merged_ids),
            "skipped": result.skipped, "left_out_with_errors": result.left_out,
            "not_people": result.not_people, "computed_deadlines": result.deadlines,
            # the rows merged whose values the records hold otherwise (kept in notes)
            "differing_rows": [m.row for m in result.merged if m.differing]},
    }


def _from_title(row: RowPreview, field: str) -> dict[str, Any] | None:
    """The title row a row's category or status (``field``) was taken from (JSON), or
    None."""
    source = row.values.from_title
    if source is None or source.field != field:
        return None
    return {"row": source.row, "title": source.title}


def _not_a_person(row: RowPreview) -> dict[str, Any] | None:
    """What a row that is no person was read as (JSON), or None."""
    found = row.values.not_a_person
    if found is None:
        return None
    names = None if found.names is None else {
        "category" if isinstance(found.names, CaptiveCategory) else "status": found.names.value}
    return {"kind": found.kind, "title": found.title or None, "names": names,
            "guessed": found.guessed, "said": str(row.no_person_said)}


def _say_garbled(pv: SheetPreview, out: TextIO) -> None:
    """One line when names of a CSV list look garbled, as the encoding it was read in (chosen
    with --encoding or found) makes them: how many, the first, the other encodings to try."""
    found = garbled_names([(r.row, r.label) for r in pv.rows], encoding=pv.encoding)
    if not found:
        return
    row, example = found[0]
    others = ", ".join(c for c in CHOICES if c != pv.encoding.removesuffix("-sig"))
    out.write("\n" + str(msg_n(
        "{count} name looks garbled, as a wrong encoding makes names (row {row}: “{example}”): "
        "the file was read as {encoding}; try --encoding with one of {choices}.",
        "{count} names look garbled, as a wrong encoding makes names (row {row}: “{example}”): "
        "the file was read as {encoding}; try --encoding with one of {choices}.",
        len(found), row=row, example=example,
        encoding=ENCODINGS.get(pv.encoding, pv.encoding), choices=others)) + "\n")


def value_words(value: Any) -> object:
    """A captive's value as the user's language writes it in a table: a label, yes or no,
    a day (given as the day itself, which a table writes in the short form and never wraps
    nor cuts: written out here, "01.02.1990" came out "01.02.1…" at 80 columns)."""
    from caseapp.domain.clean_text import one_line
    from caseapp.services.labels import value_label

    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return msg("yes") if value else msg("no")
    if isinstance(value, Enum):
        return value_label(value)
    if isinstance(value, PartialDate | date):
        return value
    return one_line(str(value))
