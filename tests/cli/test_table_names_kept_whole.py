"""A lawyer reads a list to find people: in an 80-column terminal ``captives list`` gave
every text column about twelve columns, so that the names came out cut ("Ալբերտ /
Համբարձումյ…", "Hambardzumy…") while the place of detention and the category took as much,
and a status wrapped leaving the Russian "В" alone on its first line. A table now says which
of its columns are names: a name wraps at its words like any column but is cut only when
every other column that may be cut already is, down to its least width; and a wrapped cell
keeps a short word (one or two letters) with the word after it. Written to a pipe or a
file, each row is still one line, byte for byte as before: scripts and ``grep`` rely on it."""

from __future__ import annotations

import functools
import io
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import common
from caseapp.cli.common import print_table, shown_width
from caseapp.cli.table_layout import CUT_TO, table_lines
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.cli.test_tables_fit_the_terminal import (
    Terminal,
    assert_fits,
    columns_of,
    row_cells,
    run_on,
)
from tests.conftest import TODAY

PIPED = Path(__file__).parent / "data" / "piped_tables"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands open the case file with the tests' today: the days in custody of the
    rows piped are those written down before the change."""
    monkeypatch.setattr(common, "open_case_file",
                        functools.partial(open_case_file, today=lambda: TODAY))


def _both(columns: int, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[str, str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    return run_on(Terminal(), *argv), run_on(io.StringIO(), *argv)


def _names_whole(terminal: str, piped: str, names: list[int], *, after: int) -> None:
    """Each row's name in the name columns ``names`` on the terminal is the name piped,
    whole, its words whole (or more of it than the pipe's 40 columns hold)."""
    lines = terminal.splitlines()[:-after or None]
    piped_lines = piped.splitlines()[:-after or None]
    for i in names:
        for shown, kept in zip(row_cells(lines, i), row_cells(piped_lines, i, last_open=True),
                               strict=True):
            assert shown == kept or (kept.endswith("…") and shown.startswith(kept[:-1])), (
                shown, kept)
            assert "…" not in shown, shown


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_captives_list_shows_every_name_whole(demo_copy: Path, lang: str, columns: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    terminal, piped = _both(columns, monkeypatch, "--lang", lang, "captives", "list",
                            "--db", str(demo_copy))
    assert_fits(terminal, piped, after=1, width=columns)  # the other columns still read
    _names_whole(terminal, piped, [1, 2], after=1)
    if columns == 80 and lang == "ru":  # the other columns cut to make room
        assert "…" in terminal


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_a_pipe_gets_captives_list_byte_for_byte_as_before(
        demo_copy: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _terminal, piped = _both(80, monkeypatch, "--lang", lang, "captives", "list",
                             "--db", str(demo_copy))
    assert piped == (PIPED / f"captives_list.{lang}.txt").read_text(encoding="utf-8")


def test_a_pipe_gets_search_byte_for_byte_as_before(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _terminal, piped = _both(80, monkeypatch, "--lang", "ru", "search", "Арм",
                             "--db", str(demo_copy))
    assert piped == (PIPED / "search.ru.txt").read_text(encoding="utf-8")


def test_search_and_deadlines_keep_the_captives_names_whole(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = open_case_file(Location(path=demo_copy), actor="tester", today=lambda: TODAY)
    cid = cf.captives.create(names=["Александра-Мария Тер-Григорьянц-Оганесян"],
                             capture="2026-11-02", status="missing").id
    cf.deadlines.create(captive_id=cid, title="Rule 39: medical report", due_on="2026-12-03")
    cf.close()
    terminal, piped = _both(44, monkeypatch, "--lang", "ru", "search", "Тер",
                            "--db", str(demo_copy))
    assert_fits(terminal, piped, width=44)
    _names_whole(terminal, piped, [2], after=0)
    for lang in ("en", "hy", "ru"):
        terminal, piped = _both(80, monkeypatch, "--lang", lang, "deadlines", "--within", "60",
                                "--db", str(demo_copy))
        # (more of the name than the pipe's 40 columns: its words whole, in its column)
        assert all(shown_width(line) <= 80 for line in terminal.splitlines())
        _names_whole(terminal, piped, [4], after=1)
        assert ("Тер-Григорьянц-Оганесян" if lang == "ru" else "Ter-Grigoryants-Oganesyan") \
            in terminal.split()


HOSTILE = ["Ա" * 200, "محمد عبد الرحمن الحسيني", "爱新觉罗 溥仪", "Тигран 👩👧 Варданян 🇦🇲",
           "שלום עליכם אברהם"]


@pytest.mark.parametrize("columns", [80, 60, 120])
def test_hostile_names_fit_the_terminal(demo_copy: Path, columns: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cf = open_case_file(Location(path=demo_copy), actor="tester", today=lambda: TODAY)
    for name in HOSTILE:
        cid = cf.captives.create(names=[name], capture="2026-11-02", status="pre_trial").id
        cf.deadlines.create(captive_id=cid, title="Rule 39: medical report",
                            due_on="2026-12-03")
    cf.close()
    for lang in ("en", "ru", "hy"):
        terminal, piped = _both(columns, monkeypatch, "--lang", lang, "captives", "list",
                                "--db", str(demo_copy))
        assert all(shown_width(line) <= columns for line in terminal.splitlines())
        assert_fits(terminal, piped, after=1, width=columns)
        assert "Ա" * 200 not in terminal
        if columns >= 80:  # each of the others whole, a word a line at most
            for name in HOSTILE[1:]:
                assert all(word in terminal for word in name.split()), name
        # beside seven columns (at 60, the remarks' least width took the line past the edge)
        terminal, _piped = _both(columns, monkeypatch, "--lang", lang, "deadlines",
                                 "--within", "30", "--db", str(demo_copy))
        assert all(shown_width(line) <= columns for line in terminal.splitlines()), terminal


# ---- the layout itself ---------------------------------------------------------------

def _lines(cells: list[list[str]], width: int, names: list[int]) -> list[str]:
    priority = [1 if i in names else 0 for i in range(len(cells[0]))]
    return list(table_lines(cells, [False] * len(cells[0]), width, priority=priority))


CELLS = [["Name", "Place of detention", "Category", "Status"],
         ["Համբարձումյան Ալբերտ", "Пенитенциарное учреждение", "Военнослужащий", "Held"],
         ["Hambardzumyan Albert", "Следственный изолятор", "Гражданское лицо", "Held"]]


def test_a_name_is_cut_only_when_every_other_column_is_at_its_least() -> None:
    # room for the names' longest word, the others cut to make it
    lines = _lines(CELLS, 44, names=[0])
    assert all(shown_width(line) <= 44 for line in lines)
    words = columns_of(lines)
    assert words[0] == ["Name", "Համբարձումյան", "Ալբերտ", "Hambardzumyan", "Albert"]
    assert any(w.endswith("…") for w in words[1] + words[2])
    # no room even then: the name is cut last, when the others keep CUT_TO columns
    lines = _lines(CELLS, 40, names=[0])
    dashes = lines[next(n for n, line in enumerate(lines) if not line.strip("- "))].split()
    assert [len(d) for d in dashes[1:3]] == [CUT_TO, CUT_TO]
    assert CUT_TO < len(dashes[0]) < len("Համբարձումյան")
    # a column not said to be a name is cut as before, the widest first
    assert any(w.endswith("…") for w in columns_of(_lines(CELLS, 44, names=[]))[0])


def test_a_short_word_is_kept_with_the_word_after_it() -> None:
    cells = [["ID", "Статус", "Место", "Что"],
             ["1", "В предварительном заключении", "Изолятор № 17 Службы и прочее",
              "Гражданское лицо"],
             ["2", "Սևակ և Հայկ Գևորգյաններ", "Пенитенциарное учреждение", "Военнопленный"]]
    for width in (40, 50, 60, 80):
        for line in table_lines(cells, [True, False, False, False], width):
            if not line.strip("- "):
                continue
            for cell in line.split("  "):
                words = cell.split()
                # a line of a cell never ends with a short word alone or after a long one
                # (each cell's last word is long)
                assert not words or len(words[-1]) > 2 or (
                    len(words) > 1 and len(words[-2]) <= 2) or words in (
                    ["ID"], ["1"], ["2"]), (width, line)


def test_a_name_column_said_with_print_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "44")
    out = Terminal()
    print_table(CELLS[0], CELLS[1:], out, names=[0])
    assert columns_of(out.getvalue().splitlines())[0] == [
        "Name", "Համբարձումյան", "Ալբերտ", "Hambardzumyan", "Albert"]


def test_a_name_longer_than_a_pipes_column_is_whole_on_a_wide_terminal() -> None:
    """A pipe cuts a column at 40; a terminal wide enough for one line a row did too, so
    that a wider terminal showed less of a long name than a narrow one, where it wraps."""
    name = "Aleksandra-Mariya Ter-Grigoryants-Oganesyan de la Cruz"
    cells = [["ID", "Name", "Status"], ["1", name, "Held"]]
    for width in (80, 200):
        lines = _lines(cells, width, names=[1])
        assert all(shown_width(line) <= width for line in lines)
        assert " ".join(columns_of(lines)[1][1:]) == name
    assert any(line.startswith("1   " + name) for line in lines)  # on one line at 200
    assert "…" in list(table_lines(cells, [False] * 3, 200))[2]  # not a name: as before


def test_a_short_word_takes_one_word_with_it_not_a_chain() -> None:
    """"4 օր ժամկետանց" (4 days overdue): "4" goes with "օր", but "օր ժամկետանց" need not be
    one: held as one, the When column of `deadlines` was cut to "4 օր ժա…" in Armenian."""
    cells = [["ID", "When", "Captive"], ["1", "4 օր ժամկետանց", "Էդգար Զաքարյան"]]
    lines = list(table_lines(cells, [True, False, False], 30))
    assert columns_of(lines)[1] == ["When", "4", "օր", "ժամկետանց"], lines


def test_a_short_word_and_the_next_too_wide_for_a_cut_column_go_apart() -> None:
    """"may be recorded already" in a column cut to 8: held together, "be recorded" was cut to
    "be reco…" and "may" stood alone; apart, every word fits whole ("may be", "recorded")."""
    cells = [["ID", "Action", "Name", "Place", "Status"],
             ["2", "may be recorded already", "Albert Hambardzumyan",
              "Следственный изолятор Службы государственной безопасности",
              "Held, no charges known"]]
    lines = list(table_lines(cells, [True, False, False, False, False], 40))
    assert all(shown_width(line) <= 40 for line in lines), lines
    start = lines[0].index("Action")
    action = [line[start:start + 8].rstrip() for line in lines[3:6]]
    assert action == ["may be", "recorded", "already"], lines


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_import_previews_days_are_never_cut(demo_copy: Path, tmp_path: Path, lang: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview's Born and Captured columns were written out before the table was laid out,
    so a terminal took them as text and cut them beside the likely duplicates: "01.02.1…", a
    day the lawyer checks before she imports. A day is never wrapped nor cut, as in every
    other table."""
    from caseapp.domain.cldr import format_date_short

    cf = open_case_file(Location(path=demo_copy), actor="t", today=lambda: TODAY)
    try:  # rows the import takes for captives already in the file: a name in "Like" each
        likely = [(c.latin_name, c.birth.value) for c in cf.captives.list()
                  if c.birth and c.birth.precision.value == "exact"][:4]
    finally:
        cf.close()
    assert len(likely) == 4
    sheet = tmp_path / "list.csv"
    rows = ["Name;Born;Captured;Status\n"]
    rows += [f"{name};{born:%d.%m.%Y};10.11.2020;held\n" for name, born in likely]
    sheet.write_text("".join(rows), encoding="utf-8")
    terminal, _piped = _both(60, monkeypatch, "--lang", lang, "--db", str(demo_copy),
                             "import-sheet", str(sheet), "--dry-run", "--auto")
    lines = terminal.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("Row", "Строка")))
    table = lines[start:lines.index("", start)]  # (the problems below are sentences)
    assert all(shown_width(line) <= 60 for line in table), terminal
    assert "…" in "\n".join(table), terminal  # (room was short: something had to give)
    for _name, born in likely:
        assert any(format_date_short(born, lang) in line for line in table), terminal
    assert sum(format_date_short(date(2020, 11, 10), lang) in line for line in table) == 4, terminal


def test_a_pipe_writes_a_long_name_whole_for_grep(demo_copy: Path) -> None:
    """Written to a pipe, a name longer than a column's 40 was cut ("Hovhannes-Mkrtich
    Ter-Hambardzumyan Var…"): ``caseapp captives list | grep Aleksandrapolsky`` found no one,
    and `settings show` named a custody maximum's captive by half a name. A name's column is
    as wide as its longest name on a pipe; the other columns are cut at 40 as before
    (:func:`test_a_name_longer_than_a_pipes_column_is_whole_on_a_wide_terminal`)."""
    name = "Hovhannes-Mkrtich Ter-Hambardzumyan Vardanovich Aleksandrapolsky"
    case_file = open_case_file(Location(path=demo_copy), actor="tester", today=lambda: TODAY)
    try:
        made = case_file.captives.create(names=[name], capture="2021-11-02", status="pre_trial")
        case_file.settings.set("custody_max_days", 300, captive_id=made.id)
    finally:
        case_file.close()
    listed = run_on(io.StringIO(), "--db", str(demo_copy), "captives", "list")
    (line,) = [x for x in listed.splitlines() if x.split("  ")[0] == str(made.id)]
    assert name in line
    dashes = listed.splitlines()[1]
    assert dashes.split("  ")[1] == "-" * len(name)  # the name's column is as wide as it
    shown = run_on(io.StringIO(), "--db", str(demo_copy), "settings", "show")
    assert f"{name} (captive {made.id})" in shown
