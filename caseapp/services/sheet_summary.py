"""What a spreadsheet's preview says of the whole sheet in counts, and what its import did,
the same in the import window and in ``caseapp import-sheet``: only the counts there are
(with errors, maybe someone already there, not people, empty; merged, skipped, left out,
deadlines computed), never "0 with errors"; one sentence when every row is a new captive.

The window marks the rows in colours and says so ("in red"); the command line, which has none,
says the same without them (``marked``)."""

from __future__ import annotations

from caseapp.domain.messages import Message, msg, msg_n
from caseapp.services.sheet_import import SheetImportResult
from caseapp.services.sheet_preview import SheetPreview


def preview_counts(pv: SheetPreview, *, marked: bool = False) -> list[Message]:
    """The sentences that count the rows of ``pv``, in order; ``marked``: the rows are shown
    in colours (the window), and each sentence names its colour."""
    errors, dups = len(pv.with_errors), len(pv.with_duplicates)
    not_people, empty, rows = len(pv.not_people), pv.empty_rows, len(pv.rows)
    if not (errors or dups or not_people):
        said = [msg_n("{count} new captive read from {file}.",
                      "{count} new captives read from {file}.", rows, file=pv.file_name)]
    else:
        said = [msg_n("{count} row read from {file}.", "{count} rows read from {file}.", rows,
                      file=pv.file_name)]
    if errors:
        said.append(msg_n("{count} with errors (in red).", "{count} with errors (in red).",
                          errors) if marked else
                    msg_n("{count} with errors.", "{count} with errors.", errors))
    if dups:
        said.append(msg_n("{count} may be someone already there (in yellow): choose for each.",
                          "{count} may be someone already there (in yellow): choose for each.",
                          dups) if marked else
                    msg_n("{count} may be someone already there.",
                          "{count} may be someone already there.", dups))
    if not_people:
        said.append(msg_n("{count} row is not a person: a title of a part of the list or a "
                          "total (in grey), not imported.",
                          "{count} rows are not people: titles of the list's parts and totals "
                          "(in grey), not imported.", not_people) if marked else
                    msg_n("{count} row is no person (a part's title or a total): it is not "
                          "imported, and needs no leaving out.",
                          "{count} rows are no people (parts' titles and totals): they are not "
                          "imported, and need no leaving out.", not_people))
    if empty:
        said.append(msg_n("{count} empty row left out.", "{count} empty rows left out.", empty))
    if pv.unchosen_rows:
        said.append(msg_n(
            "{count} row with nothing in the columns you chose, left out (row {rows}): check "
            "that no column you need is left unchosen.",
            "{count} rows with nothing in the columns you chose, left out (rows {rows}): check "
            "that no column you need is left unchosen.", len(pv.unchosen_rows),
            rows=_numbers(pv.unchosen_rows)))
    return said


ROWS_NAMED = 10  # the row numbers written out; the others counted by the sentence


def _numbers(rows: tuple[int, ...]) -> str:
    """"3, 6", or the first ten numbers and "…" for a longer list."""
    shown = ", ".join(str(n) for n in rows[:ROWS_NAMED])
    return shown + (", …" if len(rows) > ROWS_NAMED else "")


def import_counts(result: SheetImportResult) -> list[Message]:
    """What the import of ``result`` did, in order: the captives it added from its file, then
    only the other counts there are (rows merged, skipped, left out with errors, deadlines
    computed)."""
    created, merged = len(result.created), len(result.merged)
    said = [msg_n("Imported {count} captive from {file}.", "Imported {count} captives from "
                  "{file}.", created, file=result.file_name) if created else
            msg("No new captive imported from {file}.", file=result.file_name)]
    if merged:
        said.append(msg_n("{count} row merged into a captive already there.",
                          "{count} rows merged into captives already there.", merged))
    differing = [m.row for m in result.merged if m.differing]
    if differing:
        # the rows counted apart from the values: two values of one row are "(row 2)"
        where = msg_n("row {rows}", "rows {rows}", len(differing),
                      rows=_numbers(tuple(differing)))
        said.append(msg_n(
            "{count} value of the spreadsheet differs from the record of the captive it was "
            "merged into: the record keeps its own, and the spreadsheet's is in the captive's "
            "notes ({where}).",
            "{count} values of the spreadsheet differ from the records they were merged into: "
            "the records keep their own, and the spreadsheet's are in the captives' notes "
            "({where}).", sum(m.differing for m in result.merged), where=where))
    if result.skipped:
        said.append(msg_n("{count} row skipped.", "{count} rows skipped.", result.skipped))
    if result.left_out:
        said.append(msg_n("{count} row with errors left out.",
                          "{count} rows with errors left out.", result.left_out))
    if result.deadlines:
        said.append(msg_n("{count} deadline computed.", "{count} deadlines computed.",
                          result.deadlines))
    return said
