"""``caseapp import-sheet`` and ``caseapp duplicates`` as a user types them: hostile input is
one line and exit code 2 with nothing written; a good sheet imports with one merge asked."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from caseapp.cli import main
from tests.sheets.makers import write_csv, write_hidden_lists_then_captives, write_xlsx

SHEET = [["Фамилия", "Имя", "Отчество", "Ծննդյան ամսաթիվ", "Статус"],
         ["Казарян", "Артур", "Гагикович", "17.05.1990", "в плену"],
         ["Ghazaryan", "Artur", "", "1990", "held"],
         ["Մկրտչյան", "Արտաշես", "Գագիկի", "մայիս 1995", "осужден"]]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def captive_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM captives").fetchone()[0])


def test_the_preview_then_the_import_with_one_merge(db: Path, tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "list.xlsx", {"Лист1": SHEET})
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "")
    assert "row 3 “Artur Ghazaryan” and row 2 “Артур Гагикович Казарян”" in out
    assert "Dry run: nothing was written." in out and captive_rows(db) == 0

    code, out, err = run("import-sheet", str(sheet), "--db", str(db))
    assert code == 2 and err.count("\n") == 1
    assert "row 3 (Artur Ghazaryan) may be the same person as row 2" in err
    assert captive_rows(db) == 0
    # The reasons in the user's language; the JSON output keeps them as keys.
    code, out, err = run("--lang", "ru", "import-sheet", str(sheet), "--db", str(db))
    assert code == 2 and "то же имя" in err and "same name" not in err

    code, out, err = run("import-sheet", str(sheet), "--on-duplicate", "merge", "--format",
                         "json", "--db", str(db))
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert [r["action"] for r in report["rows"]] == ["create", "merge into row 2", "create"]
    assert report["rows"][2]["values"] == {"name": "Արտաշես Գագիկի Մկրտչյան",
                                           "birth": "1995-05", "status": "convicted"}
    assert report["imported"]["created"] == [1, 2]
    code, out, _ = run("captives", "show", "1", "--format", "json", "--db", str(db))
    shown = json.loads(out)
    names = [n["full_name"] for n in shown["captive"]["names"]]
    assert names == ["Артур Гагикович Казарян", "Artur Ghazaryan"]
    assert shown["captive"]["birth"] == "1990-05-17"


def test_the_merge_is_asked_on_a_terminal(db: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = write_csv(tmp_path / "list.csv", SHEET, encoding="utf-8-sig")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("x\nm\n"))
    asked = io.StringIO()
    monkeypatch.setattr("sys.stderr", asked)
    code, out, err = run("import-sheet", str(sheet), "--db", str(db))
    assert (code, err) == (0, "")
    # One question (row 3), asked again after an answer that is none of m, s, c.
    assert asked.getvalue().count("may be row 2") == 1
    assert asked.getvalue().count("[m]erge") == 2
    assert "1 row merged into a captive already there." in out and captive_rows(db) == 2
    assert f"Imported 2 captives from {sheet.name}." in out


def test_a_saved_mapping_is_used_again(db: Path, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", SHEET)
    saved = tmp_path / "map.toml"
    assert run("import-sheet", str(first), "--on-duplicate", "merge", "--save-mapping",
               str(saved), "--db", str(db))[0] == 0
    # The same kind of list, its columns in another order and a header the words do not name.
    moved = [["Отчество", "Имя", "Статус", "Фамилия"], ["", "Ани", "в плену", "Петросян"]]
    second = write_csv(tmp_path / "second.csv", moved)
    code, out, err = run("import-sheet", str(second), "--mapping", str(saved), "--format",
                         "json", "--db", str(db))
    assert (code, err) == (0, "")
    assert json.loads(out)["rows"][0]["values"] == {"name": "Ани Петросян", "status": "held"}
    assert saved.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("make", "args", "says"), [
    (None, [], "There is no file"),
    ("list.docx", [], "reads .csv, .xlsx, .xls and .ods"),
    ("broken.xlsx", [], "broken.xlsx is cut short or damaged"),
    ("good.xlsx", ["--sheet", "Nope"], "has no sheet “Nope”"),
    ("good.xlsx", ["--mapping", "missing.toml"], "There is no mapping file"),
    ("good.xlsx", ["--mapping", "bad.toml"], "is mapped to “shoe size”, which is not a field"),
    ("good.xlsx", ["--mapping", "binary.toml"],
     "binary.toml is not text in UTF-8 (a mapping is the TOML file “--save-mapping” writes)"),
    ("good.xlsx", ["--mapping", "n" * 300 + ".toml"],
     "cannot be read (The name is too long); nothing was imported."),
    ("good.xlsx", ["--mapping", "m.toml", "--auto"], "not allowed with argument"),
    ("good.xlsx", ["--header-row", "40"], "beyond the sheet's last row"),
    ("good.csv", ["--encoding", "klingon"], "not an encoding"),
    ("good.csv", ["--encoding", "utf-16"], "not in UTF-16"),
])
def test_hostile_input_is_one_line_exit_2_and_nothing_written(
        db: Path, tmp_path: Path, make: str | None, args: list[str], says: str) -> None:
    (tmp_path / "bad.toml").write_text('[columns]\n"Фамилия" = "shoe size"\n', encoding="utf-8")
    (tmp_path / "binary.toml").write_bytes(b"SQLite format 3\x00\xae\xff")  # a case file given
    target = tmp_path / (make or "missing.xlsx")
    if make == "list.docx" or make == "broken.xlsx":
        target.write_bytes(b"PK\x03\x04 not really")
    elif make == "good.xlsx":
        write_xlsx(target, {"Лист1": SHEET})
    elif make == "good.csv":
        target.write_bytes("ФИО\nКазарян Артур Гагикович\n".encode("cp1251") + b"\xff")
    argv = [a if not a.endswith(".toml") else str(tmp_path / a) for a in args]
    code, _out, err = run("import-sheet", str(target), *argv, "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert says in err and "Errno" not in err and "codec" not in err, err
    assert captive_rows(db) == 0


def test_duplicates_lists_a_russian_spelling_of_a_demo_captive_first(demo_copy: Path,
                                                                     tmp_path: Path) -> None:
    db = demo_copy
    code, out, err = run("duplicates", "--db", str(db))
    assert (code, out, err) == (0, "No captives look like one person recorded twice.\n", "")
    code, out, _ = run("captives", "list", "--format", "json", "--db", str(db))
    target = next(c for c in json.loads(out) if c["primary_name"] == "Արամ Հովհաննիսյան")
    # The same man as a Russian list writes him: Հ as Г, the second հ and the v dropped.
    sheet = write_csv(tmp_path / "ru.csv", [["ФИО"], ["Оганесян Арам"]])
    code, out, err = run("import-sheet", str(sheet), "--on-duplicate", "create", "--db", str(db))
    assert (code, err) == (0, "")
    code, out, err = run("duplicates", "--format", "json", "--db", str(db))
    assert (code, err) == (0, "")
    pairs = json.loads(out)
    assert (pairs[0]["first_id"], pairs[0]["second_name"]) == (target["id"], "Оганесян Арам")
    # shown as the lists name it in the reader's language: in English, in Latin letters
    assert pairs[0]["second_shown"] == "Aram Oganesyan"
    code, out, err = run("--lang", "ru", "duplicates", "--format", "json", "--db", str(db))
    assert json.loads(out)[0]["second_shown"] == "Оганесян Арам"


def test_the_readmes_two_commands_on_its_example(demo_copy: Path, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / "captives-list.csv"
    before = captive_rows(demo_copy)
    code, out, err = run("import-sheet", str(example), "--dry-run", "--db", str(demo_copy))
    assert (code, err) == (0, "")
    assert "header in row 3" in out and "Dry run: nothing was written." in out
    assert captive_rows(demo_copy) == before
    saved = tmp_path / "list.toml"
    code, out, err = run("import-sheet", str(example), "--on-duplicate", "merge",
                         "--save-mapping", str(saved), "--format", "json", "--db", str(demo_copy))
    assert (code, err) == (0, "")
    rows = json.loads(out)["rows"]
    # Rows 4 to 7: row 5 is row 4's man in Latin letters; the others are new.
    assert [r["action"] for r in rows] == ["create", "merge into row 4", "create", "create"]
    assert rows[3]["values"] == {"name": "Պետրոսյան Անի", "birth": "1999-05", "status": "held",
                                 "category": "civilian"}
    assert captive_rows(demo_copy) == before + 3
    assert '"ФИО" = "name"' in saved.read_text(encoding="utf-8")


def test_a_relatives_column_is_said_to_be_left_out(db: Path, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "list.csv", [["ФИО", "ФИО родственника", "Lawyer name"],
                                              ["Саргсян Давид", "Саргсян Анна", "A. Example"]])
    code, out, err = run("import-sheet", str(sheet), "--format", "json", "--db", str(db))
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["rows"][0]["values"] == {"name": "Саргсян Давид"}
    assert report["ignored_columns"] == {"B": "ФИО родственника", "C": "Lawyer name"}
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--db", str(db))
    assert "Not imported (no field of the captive): B “ФИО родственника”; C “Lawyer name”" in out


def test_a_date_cell_shown_as_a_month_or_a_year_keeps_that_precision(db: Path,
                                                                     tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["Name", "Date of birth", "Date of capture"])
    for name, born, fmt in (("Aram Abovyan", datetime(1990, 1, 1), "yyyy"),
                            ("Babken Babayan", datetime(1985, 3, 1), "mmmm yyyy"),
                            ("Gurgen Galstyan", datetime(1980, 5, 17), "dd.mm.yyyy")):
        ws.append([name, born, datetime(2021, 3, 1)])
        ws.cell(ws.max_row, 2).number_format = fmt
        ws.cell(ws.max_row, 3).number_format = "[$-409]mmmm\\ yyyy;@"
    book.save(tmp_path / "list.xlsx")
    code, out, err = run("import-sheet", str(tmp_path / "list.xlsx"), "--dry-run", "--format",
                         "json", "--db", str(db))
    assert (code, err) == (0, "")
    assert [(r["values"]["birth"], r["values"]["capture"]) for r in json.loads(out)["rows"]] == [
        ("1990", "2021-03"), ("1985-03", "2021-03"), ("1980-05-17", "2021-03")]


def test_a_date_column_written_month_first_is_read_month_first(db: Path, tmp_path: Path) -> None:
    # 01/13/1990 can only be month first and no date of the column only day first: the
    # column is written as in the United States, and its 03/04/1985 is 4 March, not 3 April.
    # (The notes' dates are no date column's.)
    sheet = write_csv(tmp_path / "us.csv", [
        ["Name", "Date of birth", "Date of capture", "Notes"],
        ["Aram Abovyan", "01/13/1990", "10/02/2023", "seen 13/05/2024"],
        ["Babken Babayan", "03/04/1985", "09/10/2023", "05/17/2024 call"],
        ["Gurgen Galstyan", "12/11/1979", "12/13/2023", ""],
        ["Davit Davtyan", "01/02/1991", "01/12/2023", ""]])
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--format", "json",
                         "--db", str(db))
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert [(r["values"]["birth"], r["values"]["capture"]) for r in found["rows"]] == [
        ("1990-01-13", "2023-10-02"), ("1985-03-04", "2023-09-10"),
        ("1979-12-11", "2023-12-13"), ("1991-01-02", "2023-01-12")]
    assert [n for n in found["notices"] if "first" in n] == [
        "column B (Date of birth) is read month first, as in the United States: its date "
        "01/13/1990 (row 2) can only be month first and none can only be day first, so "
        "04/05/1990 is 5 April 1990",
        "column C (Date of capture) is read month first, as in the United States: its date "
        "12/13/2023 (row 4) can only be month first and none can only be day first, so "
        "04/05/1990 is 5 April 1990"]
    # Proving nothing (11/12: either way), a column is read day first, as each cell alone.
    same_order = write_csv(tmp_path / "ru.csv", [["Name", "Date of birth"],
                                                 ["Aram Abovyan", "17.05.1990"],
                                                 ["Babken Babayan", "03.04.1985"],
                                                 ["Gurgen Galstyan", "11.12.1979"]])
    code, out, err = run("import-sheet", str(same_order), "--dry-run", "--format", "json",
                         "--db", str(db))
    found = json.loads(out)
    assert not [n for n in found["notices"] if "month first" in n]
    assert [r["values"]["birth"] for r in found["rows"]] == ["1990-05-17", "1985-04-03",
                                                             "1979-12-11"]


def test_a_date_column_written_both_ways_reads_none_that_could_be_either(
        db: Path, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "mixed.csv", [["Name", "Date of birth"],
                                               ["Aram Abovyan", "05/17/1990"],
                                               ["Babken Babayan", "03/04/1985"],
                                               ["Gurgen Galstyan", "13/01/1979"],
                                               ["Davit Davtyan", "07/07/1991"],
                                               ["Erik Egyan", "13/04/1985"],
                                               ["Felix Fanyan", "04/13/1986"],
                                               ["Garik Gasparyan", "12/01/1987"]])
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--format", "json",
                         "--db", str(db))
    assert (code, err) == (0, "")
    found = json.loads(out)
    rows = {r["row"]: r for r in found["rows"]}
    assert rows[2]["values"]["birth"] == "1990-05-17"
    assert rows[4]["values"]["birth"] == "1979-01-13"
    assert rows[5]["values"]["birth"] == "1991-07-07"  # the same read either way
    assert rows[6]["values"]["birth"] == "1985-04-13"  # only day first
    assert rows[7]["values"]["birth"] == "1986-04-13"  # only month first
    assert "birth" not in rows[3]["values"] and "birth" not in rows[8]["values"]
    assert rows[3]["action"] == "error"
    assert any(e["value"] == "03/04/1985" and "could be day or month first" in e["reason"]
               for e in rows[3]["errors"])
    assert any("has dates written month first (row 2: 05/17/1990) and day first (row 4: "
               "13/01/1979)" in n for n in found["notices"])


def test_rows_without_a_status_or_category_are_said_to_get_the_defaults(db: Path,
                                                                        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "list.csv", [["Name", "Status"], ["Aram Abovyan", "held"],
                                              ["Babken Babayan", ""], ["Gurgen Galstyan", ""]])
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "")
    assert ("warning: 2 rows give no status: captives created from them are recorded as "
            "“Missing”.") in out
    assert ("warning: 3 rows give no category: captives created from them are recorded as "
            "“Civilian”.") in out
    # In the user's language, the defaults named as the window names them.
    code, out, err = run("--lang", "hy", "import-sheet", str(sheet), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "")
    assert "«Քաղաքացիական անձ»" in out and "civilian" not in out


def test_a_row_with_only_the_capture_year_merges_into_a_captive_with_the_day(
        db: Path, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "v1.csv", [["ФИО", "Дата рождения", "Дата задержания"],
                                            ["Саргсян Давид", "12.03.1985", "13.05.2021"]])
    assert run("import-sheet", str(first), "--db", str(db))[0] == 0
    second = write_csv(tmp_path / "v2.csv", [
        ["ФИО", "Дата рождения", "Дата задержания", "Место содержания"],
        ["Саргсян Давид", "12.03.1985", "2021", "СИЗО Баку"]])
    code, out, err = run("import-sheet", str(second), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "") and "with errors" not in out  # none
    assert "1 may be someone already there." in out.splitlines()
    # What the preview passed, the import takes: the stay begins at the recorded capture.
    code, out, err = run("import-sheet", str(second), "--on-duplicate", "merge", "--db", str(db))
    assert (code, err) == (0, ""), err
    code, out, _ = run("captives", "show", "1", "--format", "json", "--db", str(db))
    (stay,) = json.loads(out)["detention_places"]
    assert (stay["facility"], stay["from_date"]) == ("СИЗО Баку", "2021-05-13")


def test_a_hidden_first_sheet_is_passed_over_and_a_two_row_header_is_said(
        db: Path, tmp_path: Path) -> None:
    write_hidden_lists_then_captives(tmp_path / "list.xlsx")
    code, out, err = run("import-sheet", str(tmp_path / "list.xlsx"), "--dry-run", "--format",
                         "json", "--db", str(db))
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["sheet"] == "Captives"
    # (The two rows' words were not read together: "Date" was no column, the dates lost.)
    assert report["notices"][0] == ("the header is merged over rows 1 and 2: its columns are "
                                    "read as “Date of birth”, “Date of capture”")


def test_a_password_protected_workbook_is_one_clear_line(db: Path, tmp_path: Path) -> None:
    # What Excel's "Encrypt with password" writes: an OLE container holding EncryptionInfo.
    sheet = tmp_path / "secret.xlsx"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                      + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1024)
    code, out, err = run("import-sheet", str(sheet), "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and out == ""
    assert "secret.xlsx is password-protected: open it in the spreadsheet program, save a copy " \
           "without a password and import that." in err


def test_a_dry_run_refuses_what_the_import_would_refuse(db: Path, tmp_path: Path) -> None:
    # The row alone is sound; merged into the captive (captured in 1999) its birth in 2000
    # is not: the dry run says so as the import would, and writes nothing.
    first = write_csv(tmp_path / "v1.csv", [["Name", "Date of capture"],
                                            ["Aram Abovyan", "1999"]])
    assert run("import-sheet", str(first), "--db", str(db))[0] == 0
    second = write_csv(tmp_path / "v2.csv", [["Name", "Date of birth"],
                                             ["Aram Abovyan", "2000"]])
    code, out, err = run("import-sheet", str(second), "--dry-run", "--on-duplicate", "merge",
                         "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "row 2 (Aram Abovyan)" in err
    assert "Nothing was written." in out
    code, out, err = run("import-sheet", str(second), "--on-duplicate", "merge", "--db", str(db))
    assert code == 2 and "row 2 (Aram Abovyan)" in err
    code, out, err = run("import-sheet", str(second), "--dry-run", "--on-duplicate", "create",
                         "--db", str(db))
    assert (code, err) == (0, "") and "Dry run: nothing was written." in out
    assert captive_rows(db) == 1


def test_a_likely_duplicate_s_score_is_written_as_the_language_writes_fractions(
        db: Path, tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "list.xlsx", {"Лист1": SHEET})
    for lang, score in (("en", "score 1.00"), ("ru", "оценка 1,00")):
        code, out, err = run("--lang", lang, "import-sheet", str(sheet), "--dry-run",
                             "--db", str(db))
        assert (code, err) == (0, "")
        assert score in out, out


def test_rows_with_text_only_in_a_column_not_chosen_are_named(db: Path, tmp_path: Path) -> None:
    """Row 3 holds text only in "Called by", a column read into no field: `import-sheet`
    says so by number, apart from the empty row 5 (it said "2 empty rows left out")."""
    sheet = write_csv(tmp_path / "list.csv", [
        ["Name", "Date of birth", "Called by"], ["Aram Abovyan", "1980", ""],
        ["", "", "his sister, 12 May"], ["Babken Babayan", "1981", ""], ["", "", ""],
        ["Gurgen Galstyan", "1982", ""]])
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "")
    assert "1 empty row left out." in out
    assert ("1 row with nothing in the columns you chose, left out (row 3): check that no "
            "column you need is left unchosen.") in out
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--format", "json",
                         "--db", str(db))
    assert code == 0 and json.loads(out)["unchosen_rows"] == [3]
