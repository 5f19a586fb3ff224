""".xlsx files that cannot be read, made here: each is said in the reader's language, what is
wrong and what to do, not a translated sentence ending in openpyxl's or zipfile's English
("File is not a zip file", "There is no item named 'xl/workbook.xml' in the archive", "File
contains no valid workbook part", an XML syntax error that stopped the command with exit 1).
Through ``caseapp import-sheet FILE --dry-run --lang ru`` (one line, exit 2, nothing
written) and through the service the window calls (:func:`open_workbook`)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from caseapp.cli import main
from caseapp.services.sheet_read import SheetError, open_workbook, read_sheet


def _whole(folder: Path) -> bytes:
    wb = Workbook()
    wb.active.append(["ФИО", "Статус"])
    for i in range(300):
        wb.active.append([f"Петросян Арам {i}", "в плену"])
    wb.save(folder / "whole.xlsx")
    return (folder / "whole.xlsx").read_bytes()


def _rezipped(folder: Path, part: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """The whole workbook with one part changed (or left out: ``change`` returns None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_whole(folder))) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name) if name != part else change(src.read(name))
            if data is not None:
                dst.writestr(name, data)
    return out.getvalue()


def _truncated(folder: Path) -> bytes:
    whole = _whole(folder)
    return whole[:len(whole) // 2]


def _renamed_docx(folder: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _password_protected(folder: Path) -> bytes:
    """What Excel writes for an .xlsx with a password: an OLE file whose streams are named
    EncryptionInfo and EncryptedPackage."""
    names = "".join(n.ljust(32, "\0") for n in ("EncryptionInfo", "EncryptedPackage"))
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + names.encode("utf-16-le") \
        + bytes(1024)


def _random_bytes(folder: Path) -> bytes:
    return bytes((i * 7919 + 13) % 256 for i in range(4096))


def _workbook_xml_broken(folder: Path) -> bytes:
    return _rezipped(folder, "xl/workbook.xml", lambda data: data[:len(data) // 2])


def _sheet_xml_broken(folder: Path) -> bytes:
    return _rezipped(folder, "xl/worksheets/sheet1.xml", lambda data: data[:len(data) // 2])


def _workbook_missing(folder: Path) -> bytes:
    return _rezipped(folder, "xl/workbook.xml", lambda data: None)


# (how the file is made, what the Russian line says after the file's name)
HOSTILE = [
    (_truncated, "обрезан или повреждён"),
    (_renamed_docx, "документ Word (.docx)"),
    (_password_protected, "защищён паролем"),
    (_random_bytes, "не книга Excel или повреждён"),
    (_workbook_xml_broken, "повреждён: часть книги — не корректный XML"),
    (_sheet_xml_broken, "повреждён: часть книги — не корректный XML"),
    (_workbook_missing, "не книга Excel или повреждён: в нём нет книги"),
]
# What may stay in Latin letters in a Russian line: the file's name and the names of formats.
NAMES = re.compile(r"list\.xlsx|\.xlsx|\.docx|Excel|Word|ZIP|XML")


@pytest.mark.parametrize(("make", "says"), HOSTILE, ids=[m.__name__ for m, _ in HOSTILE])
def test_the_command_line_says_it_in_russian(tmp_path: Path, db: Path, make, says: str) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(make(tmp_path))
    before = db.read_bytes()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "ru", "import-sheet", str(path), "--dry-run", "--db", str(db)],
                out=out, err=err)
    line = err.getvalue()
    assert (code, out.getvalue(), line.count("\n")) == (2, "", 1), line
    assert line.startswith("caseapp: list.xlsx ") and says in line, line
    assert not re.search(r"[A-Za-z]{2,}", NAMES.sub("", line.removeprefix("caseapp:"))), line
    assert db.read_bytes() == before


@pytest.mark.parametrize(("make", "says"), HOSTILE, ids=[m.__name__ for m, _ in HOSTILE])
def test_the_service_says_the_cause(tmp_path: Path, make, says: str) -> None:
    """What the window's import shows: the same sentence, from the service."""
    path = tmp_path / "list.xlsx"
    path.write_bytes(make(tmp_path))
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    said = caught.value.message.render("ru")
    assert says in said and not re.search(r"[A-Za-z]{2,}", NAMES.sub("", said)), said


def test_a_cause_not_recognised_still_quotes_the_reader(tmp_path: Path, monkeypatch) -> None:
    """A rarer failure keeps the reader's words, quoted after the sentence: they are all
    there is to say what went wrong."""
    import openpyxl

    path = tmp_path / "list.xlsx"
    path.write_bytes(_whole(tmp_path))

    def refuses(*args, **kwargs):
        raise ValueError("Max value is 14")

    monkeypatch.setattr(openpyxl, "load_workbook", refuses)
    with pytest.raises(SheetError, match=r"list\.xlsx is not a readable XLSX file "
                                         r"\(Max value is 14\)"):
        open_workbook(path)


def _password_protected_ods(folder: Path) -> Path:
    """What LibreOffice writes for an .ods with a password: its parts encrypted, the manifest
    saying how (``manifest:encryption-data``)."""
    path = folder / "list.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", (
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
            '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>'
            '</manifest:file-entry></manifest:manifest>'))
        z.writestr("content.xml", _random_bytes(folder))
    return path


def test_a_password_protected_ods_is_said_to_be_one(tmp_path: Path, db: Path) -> None:
    """It was "damaged, or not really an OpenDocument spreadsheet": the password is what to
    remove."""
    path = _password_protected_ods(tmp_path)
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert caught.value.message.render("en") == (
        "list.ods is password-protected: open it in the spreadsheet program, save a copy "
        "without a password and import that.")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "ru", "import-sheet", str(path), "--dry-run", "--db", str(db)],
                out=out, err=err)
    assert (code, out.getvalue()) == (2, "")
    assert err.getvalue() == ("caseapp: list.ods защищён паролем: откройте его в программе "
                              "электронных таблиц, сохраните копию без пароля и импортируйте её.\n")
