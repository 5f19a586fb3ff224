"""``caseapp import-sheet`` with a CSV list read in a wrong encoding (given with --encoding or
found): the dry run and the import say in one line how many names look garbled, with a row
and its name as read, and which --encoding to try instead. The wizard asked; the command line
said nothing and imported the junk."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.cli import main
from tests.sheets.makers import write_csv
from tests.sheets.test_sheet_encoding import ARMSCII_LIST, _armscii

# Headers in English (a list made by an English-speaking tool), names in Russian.
RUSSIAN = [["Name", "Date of birth"], ["Петросян Арам", "17.05.1990"],
           ["Оганесян Левон", "02.03.1985"], ["Саргсян Карен", "1979"]]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _garbled_line(out: str) -> str:
    lines = [x for x in out.splitlines() if "garbled" in x]
    assert len(lines) == 1, out
    return lines[0]


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_windows_1251_list_read_as_koi8_r_is_said_garbled(
        tmp_path: Path, db: Path, dry_run: bool) -> None:
    sheet = write_csv(tmp_path / "list.csv", RUSSIAN, encoding="cp1251")
    code, out, err = run("import-sheet", str(sheet), "--encoding", "koi8-r", "--db", str(db),
                         *(["--dry-run"] if dry_run else []))
    assert (code, err) == (0, "")
    read_as = "Петросян Арам".encode("cp1251").decode("koi8-r")
    line = _garbled_line(out)
    assert line.startswith(f"3 names look garbled, as a wrong encoding makes names (row 2: "
                           f"“{read_as}”): the file was read as KOI8-R; try --encoding with "
                           f"one of ")
    assert "cp1251" in line and "koi8-r" not in line
    # The encoding that reads it whole says nothing.
    code, out, _ = run("import-sheet", str(sheet), "--encoding", "cp1251", "--dry-run",
                       "--db", str(db))
    assert code == 0 and "garbled" not in out


def test_an_armscii_8_list_read_as_windows_1251_is_said_garbled(tmp_path: Path, db: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_bytes(_armscii("Name;Birth;Status" + ARMSCII_LIST[ARMSCII_LIST.index("\n"):]))
    code, out, err = run("import-sheet", str(sheet), "--encoding", "cp1251", "--dry-run",
                         "--db", str(db))
    assert (code, err) == (0, "")
    line = _garbled_line(out)
    assert line.startswith("3 names look garbled")
    assert "row 2: “" in line and "Windows-1251" in line and "armscii-8" in line
    code, out, _ = run("import-sheet", str(sheet), "--dry-run", "--db", str(db))  # found
    assert code == 0 and "garbled" not in out and "Պետրոսյան" in out


def test_headers_garbled_too_are_said_with_the_encodings_to_try(tmp_path: Path, db: Path) -> None:
    """Headers in the list's language are garbled with its names: no column is found, and the
    refusal says why and what to try, not only that no column holds a name."""
    sheet = tmp_path / "list.csv"
    sheet.write_bytes(_armscii(ARMSCII_LIST))
    code, out, err = run("import-sheet", str(sheet), "--encoding", "cp1251", "--dry-run",
                         "--db", str(db))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "no column holds a name" in err
    assert "looks garbled" in err and "read as Windows-1251" in err and "armscii-8" in err
    russian = write_csv(tmp_path / "ru.csv", [["Фамилия Имя", "Дата рождения"], *RUSSIAN[1:]],
                        encoding="cp1251")
    code, out, err = run("import-sheet", str(russian), "--encoding", "koi8-r", "--dry-run",
                         "--db", str(db))
    assert code == 2 and "looks garbled" in err and "read as KOI8-R" in err


def test_foreign_nationals_names_in_a_utf_8_list_are_not_said_garbled(
        tmp_path: Path, db: Path) -> None:
    """A UTF-8 list read as UTF-8 holding a Chinese, a Hindi, a Persian and a Greek name
    (foreign nationals held with the Armenians): each was said to look garbled "as a wrong
    encoding makes names", with other encodings to try, which would garble the rest."""
    rows = [["Name", "Date of birth"], ["Петросян Арам", "17.05.1990"], ["王小明", ""],
            ["राजेश कुमार", ""], ["محمد رضایی", ""], ["Γιώργος Παπαδόπουλος", ""],
            ["ნიკოლოზ ბერიძე", ""]]
    sheet = write_csv(tmp_path / "list.csv", rows, encoding="utf-8")
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--db", str(db))
    assert (code, err) == (0, ""), err
    assert "garbled" not in out, out
    assert "王小明" in out and "राजेश कुमार" in out
