"""What a spreadsheet file is, before it is read: text named as a spreadsheet, a zip that
unpacks to far more than a spreadsheet holds, or a spreadsheet of another kind than its name
says (an .xlsx file named .xls); and, once read, a damaged one. Each is :class:`SheetError`,
one line saying what to do, not the reader's complaint about a signature.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from caseapp import supportlog
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg

# An XLSX or ODS file is a zip: what it unpacks to is read, not only what it weighs. A
# spreadsheet's XML shrinks about ten times; a file unpacking to more than this, or a part of
# it shrunk more than _MAX_RATIO times, is made to fill the memory (a "zip bomb").
MAX_UNPACKED = 1024 * 1024 * 1024
_MAX_RATIO = 200


class SheetError(ValidationError):
    """The file cannot be read as a spreadsheet (or not as it was asked to be)."""


class SheetEncodingError(SheetError):
    """A CSV file does not read in the encoding found or given: another may read it (what
    the import wizard offers to choose), where any other :class:`SheetError` of a CSV file
    (a quote never closed, a cell too long) is the same in every encoding."""


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of encrypted and of old .xls files


def _check_not_text(path: Path, raw: bytes) -> None:
    """A web page or XML text named .xlsx or .xls (what some systems export as "Excel")."""
    if raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise SheetError(msg("{name} is text (a web page or XML) named as a spreadsheet, as some "
                             "systems export their lists: open it in the spreadsheet program, "
                             "save it as .xlsx and import that.", name=path.name))


_SUFFIX = {"xlsx": ".xlsx", "ods": ".ods", "xls": ".xls"}
_MANIFEST = "META-INF/manifest.xml"


def _password_protected(path: Path) -> SheetError:
    return SheetError(msg("{name} is password-protected: open it in the spreadsheet program, "
                          "save a copy without a password and import that.", name=path.name))


def _check_kind(path: Path, raw: bytes, kind: str) -> None:
    """A spreadsheet of another kind than its name says (an .xlsx file renamed .xls or .csv),
    or a file that is none (anything else named .xls): one line saying what to do, not the
    reader's complaint about a signature."""
    real = ""
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                parts = set(archive.namelist())
                manifest = archive.read(_MANIFEST)[:1 << 20] if _MANIFEST in parts else b""
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            parts, manifest = set(), b""
        if b"encryption-data" in manifest:  # an .ods with a password: its parts encrypted
            raise _password_protected(path)
        real = "xlsx" if "xl/workbook.xml" in parts else "ods" if "content.xml" in parts else ""
    elif raw.startswith(_OLE):
        if "EncryptionInfo".encode("utf-16-le") in raw:  # an .xlsx with a password
            raise _password_protected(path)
        real = "xls"
    if real and real != kind:
        raise SheetError(msg("{name} is an {real} spreadsheet named {suffix}: rename it to "
                             "{real} and import it again.", name=path.name,
                             real=_SUFFIX[real], suffix=path.suffix))
    if kind == "xls" and not real:
        raise SheetError(msg("{name} is not an Excel 97–2003 (.xls) spreadsheet: its content is "
                             "something else. Open it in the spreadsheet program, save it as "
                             ".xlsx and import that.", name=path.name))


def check_not_a_workbook(path: Path, raw: bytes) -> None:
    """Refuse a workbook (or a password-protected one) named as a CSV file: it was said to be
    in no encoding, which sent the lawyer looking for one in a file that has none."""
    if raw.startswith((b"PK\x03\x04", _OLE)):
        _check_kind(path, raw, "csv")


def check_content(path: Path, raw: bytes, kind: str) -> None:
    """Refuse a spreadsheet file (of ``kind``: xlsx, ods, xls, as its name says) that is
    text, a zip bomb, or another kind than its name says."""
    _check_not_text(path, raw)
    _check_unpacked(path)  # (first: a bomb is refused as one whatever its name)
    _check_kind(path, raw, kind)


def _check_unpacked(path: Path) -> None:
    """Refuse a zip that unpacks to more than :data:`MAX_UNPACKED`, or holds a part shrunk
    more than :data:`_MAX_RATIO` times (a large one: a small file may shrink that much)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: said by the reader, which knows what it expected
    total = sum(p.file_size for p in parts)
    bomb = any(p.file_size > 10 * 2**20 and p.file_size > _MAX_RATIO * max(1, p.compress_size)
               for p in parts)
    if total > MAX_UNPACKED or bomb:
        raise SheetError(msg("{name} unpacks to {size} MB, far more than a spreadsheet of its "
                             "size holds: it is damaged or made to fill the memory, and is not "
                             "read. Open it in the spreadsheet program and save a copy.",
                             name=path.name, size=total // 2**20))


def damaged(path: Path, kind: str, exc: BaseException) -> SheetError:
    """One line in the lawyer's language for an .xls or .ods file its reader cannot read;
    the reader's reason (English, technical) only in the support log."""
    supportlog.unreadable_file(kind, exc)
    if kind == "ods":
        return SheetError(msg("{name} is damaged, or is not really an OpenDocument (.ods) "
                              "spreadsheet: open it in the spreadsheet program and save it "
                              "again, or ask for it again.", name=path.name))
    return SheetError(msg("{name} is damaged, or is not really an Excel 97–2003 (.xls) "
                          "spreadsheet: open it in the spreadsheet program and save it again "
                          "(as .xlsx), or ask for it again.", name=path.name))
