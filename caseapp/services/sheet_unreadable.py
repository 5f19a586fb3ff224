"""Why an .xlsx file cannot be read, said in the lawyer's language: the common causes that
openpyxl and zipfile report in English ("File is not a zip file", "There is no item named
'xl/workbook.xml' in the archive", a syntax error in a part's XML) are recognised and said as
what to do; only a cause not recognised still quotes the reader's own words. (An .xlsx file
with a password is an OLE file, refused before it is read: :mod:`sheet_file_kind`.)"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from caseapp import supportlog
from caseapp.domain.messages import Message, msg
from caseapp.services.sheet_file_kind import SheetError

_MISSING_PART = re.compile(r"There is no item named '([^']*)' in the archive")


def _parts(path: Path) -> set[str] | None:
    """The names inside the file's ZIP archive, or None when it is no ZIP archive at all."""
    try:
        with zipfile.ZipFile(path) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _starts_as_zip(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _cut_short(name: str) -> Message:
    return msg("{name} is cut short or damaged: an .xlsx file is a ZIP archive, and this one is "
               "not whole. Save it again from the spreadsheet program, or ask for it again.",
               name=name)


def _recognised(path: Path, exc: BaseException) -> Message | None:
    """The cause of ``exc`` in words, or None when it is not one of the common ones."""
    name = path.name
    parts = _parts(path)
    if parts is None:
        if _starts_as_zip(path):
            return _cut_short(name)
        return msg("{name} is not an Excel workbook or is damaged: open it in the spreadsheet "
                   "program and save it as .xlsx, or ask for it again.", name=name)
    if "xl/workbook.xml" not in parts:
        if "word/document.xml" in parts:
            return msg("{name} is a Word document (.docx) named as a spreadsheet: import the "
                       "list's own spreadsheet, or copy the table into the spreadsheet program "
                       "and save it as .xlsx.", name=name)
        return msg("{name} is not an Excel workbook or is damaged: it holds no workbook. Open it "
                   "in the spreadsheet program and save it as .xlsx, or ask for it again.",
                   name=name)
    missing = _MISSING_PART.search(str(exc)) if isinstance(exc, KeyError) else None
    if missing:
        return msg("{name} is damaged: a part of the workbook ({part}) is missing. Open it in "
                   "the spreadsheet program and save it again, or ask for it again.",
                   name=name, part=missing[1])
    if isinstance(exc, SyntaxError):  # ElementTree's ParseError, lxml's XMLSyntaxError
        return msg("{name} is damaged: a part of the workbook is not valid XML. Open it in the "
                   "spreadsheet program and save it again, or ask for it again.", name=name)
    if isinstance(exc, zipfile.BadZipFile | EOFError):
        return _cut_short(name)
    return None


def _quoted(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:160]
    return text or type(exc).__name__


def unreadable_xlsx(path: Path, exc: BaseException) -> SheetError:
    """The workbook cannot be opened: its cause in words, else the reader's words quoted."""
    supportlog.unreadable_file("xlsx", exc)
    said = _recognised(path, exc)
    if said is not None:
        return SheetError(said)
    return SheetError(msg("{name} is not a readable XLSX file ({reason}).", name=path.name,
                          reason=_quoted(exc)))


def damaged_xlsx_sheet(path: Path, sheet: str, exc: BaseException) -> SheetError:
    """A sheet of an opened workbook cannot be read: as :func:`unreadable_xlsx`."""
    supportlog.unreadable_file("xlsx", exc)
    said = _recognised(path, exc)
    if said is not None:
        return SheetError(said)
    return SheetError(msg("{name}: sheet “{chosen}” is damaged ({reason}).", name=path.name,
                          chosen=sheet, reason=_quoted(exc)))
