"""What the import wizard's preview step says: of the whole sheet (the summary above the
rows) and of each row (its cells, what it was read as, its problems and likely duplicates).
Words only, no widget: the dialog (:mod:`caseapp.ui.dialogs.sheet_import`) shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from caseapp.domain.dates import PartialDate
from caseapp.domain.sheet_part_titles import FromTitle
from caseapp.services.labels import match_reasons
from caseapp.services.sheet_encoding import ENCODINGS
from caseapp.services.sheet_preview import SheetPreview
from caseapp.services.sheet_preview_rows import RowPreview
from caseapp.services.sheet_summary import preview_counts
from caseapp.services.told_apart import apart_text
from caseapp.ui.formats import fill, partial_date_text
from caseapp.ui.labels import label

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def summary(pv: SheetPreview) -> str:
    """The rows read, and only the counts there are, each in the colour the table shows it
    (:func:`~caseapp.services.sheet_summary.preview_counts`, as ``caseapp import-sheet`` says
    them). Then what is said of the whole sheet (two header rows, dates in two orders), each a
    sentence on its own line; an encoding in doubt, first, with where to choose the other."""
    notices = list(pv.notices)
    if pv.encoding_other:  # (the service's notice names no place to choose it)
        notices.insert(1, translate("SheetImportDialog", "To read the file as %1, go back to the "
                                    "first step and choose it under Encoding.").replace(
            "%1", ENCODINGS.get(pv.encoding_other, pv.encoding_other)))
    # ("the header is merged…" began it in small letters)
    return " ".join(str(m) for m in preview_counts(pv, marked=True)) + "".join(
        "\n" + notice[:1].upper() + notice[1:] for notice in notices)


def row_details(row: RowPreview) -> str:
    """A row's problems, likely duplicates and the title its status or category came from,
    in full (below the table)."""
    source = row.values.from_title
    taken = (translate("SheetImportDialog", "Category “%1”: from the title row %2 “%3”")
             if source is None or source.field == "category" else
             translate("SheetImportDialog", "Status “%1”: from the title row %2 “%3”; the "
                       "sheet gives no date of it") if "status_since" not in row.values.values
             else translate("SheetImportDialog", "Status “%1”: from the title row %2 “%3”"))
    said = [problems(row)] + ([taken.replace("%1", label(source.value))
                               .replace("%2", str(source.row)).replace("%3", source.title)]
                              if source is not None and not row.errors else [])
    text = "\n".join(t for t in said if t) or translate("SheetImportDialog",
                                                         "Nothing to say about this row.")
    if row.no_person_said is not None:  # (a sentence naming its row already)
        return text[:1].upper() + text[1:]
    return (translate("SheetImportDialog", "Row %1: %2").replace("%1", str(row.row))
            .replace("%2", text.replace("\n", "; ")))


def shown_cell(row: RowPreview, shown: dict[str, str], name: str) -> tuple[str, str]:
    """A field's cell: its text, as the window writes it elsewhere (a date in the language's
    form, a partial one as «май 1990 г.»), and its tooltip ("" for the text itself): the date
    as read, exactly; where a category was taken from."""
    value = row.values.values.get(name)
    found = row.values.not_a_person
    if found is not None and name == "name":  # what the row says, to see it is no person
        return found.text, ""
    if isinstance(value, PartialDate):
        return partial_date_text(value), translate("SheetImportDialog", "%1 (read as %2)").replace(
            "%1", partial_date_text(value)).replace("%2", value.iso())
    source = row.values.from_title
    if source is not None and name == source.field:
        return label(value), from_title(source)
    if name in ("status", "category") and value is not None:
        return label(value), ""
    return shown.get(name, ""), ""


def from_title(source: FromTitle) -> str:
    return translate("SheetImportDialog", "From the title row %1 “%2”").replace(
        "%1", str(source.row)).replace("%2", source.title)


def not_a_person(row: RowPreview) -> str:
    """The action of a row that is no person: what it was read as."""
    found = row.values.not_a_person
    if found is not None and found.kind == "total":
        return translate("SheetImportDialog", "Not a person: a total")
    if found is not None and found.guessed:
        return translate("SheetImportDialog", "Not a person? Read as a title")
    return translate("SheetImportDialog", "Not a person: a title")


def problems(row: RowPreview) -> str:
    """A row's problems, one a line, then its likely duplicates."""
    if row.no_person_said is not None:
        return str(row.no_person_said)
    lines = [(translate("SheetImportDialog", "Warning: %1") if p.warning else "%1").replace(
        "%1", str(p.detail()) if p.column else p.reason_alone) for p in row.problems]
    for d in row.duplicates:
        score = QLocale().toString(d.score, "f", 2)
        if d.captive_id is None:
            lines.append(fill(translate("SheetImportDialog", "Like %1 “%2” (score %3: %4)"),
                              translate("SheetImportDialog", "row %1")
                                  .replace("%1", str(d.row)), d.label, score, match_reasons(d.reasons)))
            continue
        # a captive named by what tells it from the row, not by its id (in the choice's tooltip)
        lines.append(fill(translate("SheetImportDialog", "Like “%1” (%2; score %3: %4)"),
                          d.label, apart_text(d.apart), score, match_reasons(d.reasons)))
    return "\n".join(lines)
