"""Reading a spreadsheet file into rows of cell values: CSV (its encoding and delimiter
detected, or given), XLSX (openpyxl, read-only, the values last computed rather than
formulas), old Excel XLS and ODS (python-calamine: maintained, fast on large sheets and without the
dependencies of a full office library; openpyxl does not read ODS and odfpy, the other
candidate, is unmaintained and slow on 10,000 rows).

A file that cannot be read raises :class:`SheetError` naming the file and what is wrong;
nothing else escapes from here.
"""

from __future__ import annotations

from pathlib import Path

from caseapp.services.sheet_cells import DELIMITERS, Cell, Sheet, Workbook, kind_of, read_bytes
from caseapp.services.sheet_csv import detect_delimiter, read_csv
from caseapp.services.sheet_encoding import find_encoding
from caseapp.services.sheet_file_kind import SheetError, check_not_a_workbook
from caseapp.services.sheet_workbooks import read_calamine, read_xlsx

__all__ = ["DELIMITERS", "Cell", "Sheet", "SheetError", "Workbook", "detect_delimiter",
           "found_encoding", "open_workbook", "read_csv", "read_sheet"]


def open_workbook(path: Path | str) -> Workbook:
    """The file's kind and its sheets (a CSV file has one, named after the file)."""
    path = Path(path)
    kind = kind_of(path)
    if kind == "csv":
        check_not_a_workbook(path, read_bytes(path))
        return Workbook(path, kind, (path.stem,), path.stem)
    names, chosen, _, _ = (read_xlsx if kind == "xlsx" else read_calamine)(path, None)
    return Workbook(path, kind, tuple(names), chosen)



def read_sheet(path: Path | str, sheet: str = "", *, encoding: str = "", delimiter: str = ""
               ) -> Sheet:
    """The cells of ``sheet`` (default: the first) of the file at ``path``."""
    path = Path(path)
    kind = kind_of(path)
    if kind == "csv":
        raw = read_bytes(path)
        check_not_a_workbook(path, raw)  # an .xlsx named .csv
        return read_csv(raw, name=path.stem, encoding=encoding, delimiter=delimiter,
                        label=path.name)
    _names, chosen, rows, shape = (read_xlsx if kind == "xlsx" else read_calamine)(path, sheet)
    return Sheet(chosen, rows, shape=shape)

def found_encoding(path: Path | str) -> str:
    """The encoding CaseApp finds the CSV file at ``path`` in (what :func:`read_sheet`
    reads it in, no encoding given)."""
    return find_encoding(read_bytes(Path(path))).encoding
