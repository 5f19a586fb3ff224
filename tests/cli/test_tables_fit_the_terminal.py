"""The command line's tables fit the terminal they are written to: in an 80-column terminal
every line of ``caseapp deadlines``, ``captives list``, ``search``, ``duplicates``,
``backups list`` and ``settings show`` was wider than the screen and wrapped, the columns lost
under each other. On a terminal the last column now wraps under itself at word boundaries
(nothing of it lost), the others wrap too, and only when that is still too wide are the
widest of them cut with "…"; written to a pipe or a file, each row stays one whole line,
for scripts and ``grep``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.cli.common import print_table, shown_width
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY


class Terminal(io.StringIO):
    """Standard output as a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def run_on(out: io.StringIO, *argv: str) -> str:
    err = io.StringIO()
    code = main(list(argv), out=out, err=err)
    assert code == 0, err.getvalue()
    return out.getvalue()


def runs_of(dashes: str) -> list[tuple[int, int]]:
    """Where each column lies, from the line of dashes under the headings."""
    runs, start = [], None
    for i, ch in enumerate(dashes + " "):
        if ch == "-" and start is None:
            start = i
        elif ch != "-" and start is not None:
            runs.append((start, i))
            start = None
    return runs


def cells_of(line: str, runs: Sequence[tuple[int, int]], *, last_open: bool = False) -> list[str]:
    """The text of each column on ``line`` (positions counted in terminal columns), asserting
    that nothing stands between two columns or past the last."""
    cells = [""] * len(runs)
    pos = 0
    for ch in line:
        width = shown_width(ch)
        if width == 0:  # an accent, a joiner: with the letter before it
            inside = [i for i, (s, e) in enumerate(runs) if s < pos <= e]
            assert inside, (line, pos)
            cells[inside[0]] += ch
            continue
        inside = [i for i, (s, e) in enumerate(runs)
                  if s <= pos and (pos + width <= e or (last_open and i == len(runs) - 1))]
        assert ch == " " or inside, f"{ch!r} at column {pos} is in no column: {line!r}"
        if inside:
            cells[inside[0]] += ch
        pos += width
    return [c.strip() for c in cells]


def columns_of(lines: Sequence[str], *, last_open: bool = False) -> list[list[str]]:
    """Each column's words, line after line (the headings' first), asserting that every
    line's text stands in its columns. A table whose last column is written under each row
    (its heading under the others') has a line that starts where no column does, two
    columns into the second, for each line of it: those are the last column's words."""
    dashes = next(n for n, line in enumerate(lines) if line and not line.strip("- "))
    runs = runs_of(lines[dashes])
    below = runs[1][0] + 2 if len(runs) > 1 else None
    if below is not None and not any(len(line) - len(line.lstrip(" ")) == below
                                     for line in lines[:dashes]):
        below = None  # its last column beside the others
    words: list[list[str]] = [[] for _ in runs] + ([[]] if below is not None else [])
    for n, line in enumerate(lines):
        if n == dashes:
            continue
        start = len(line) - len(line.lstrip(" "))
        if below is not None and start == below:
            assert all(s != start for s, _e in runs)
            words[-1].extend(line.split())
            continue
        for i, text in enumerate(cells_of(line, runs, last_open=last_open)):
            words[i].extend(text.split())
    return words


def row_cells(lines: Sequence[str], column: int, *, last_open: bool = False) -> list[str]:
    """The text of ``column`` in each row of a table, its lines' words joined: a row starts
    at a line whose first column holds something (a last column written under its row, if
    any, left out)."""
    dashes = next(n for n, line in enumerate(lines) if line and not line.strip("- "))
    runs = runs_of(lines[dashes])
    below = runs[1][0] + 2 if len(runs) > 1 else None
    rows: list[list[str]] = []
    for line in lines[dashes + 1:]:
        if below is not None and len(line) - len(line.lstrip(" ")) == below:
            continue
        cells = cells_of(line, runs, last_open=last_open)
        if cells[0] or not rows:
            rows.append([])
        rows[-1].extend(cells[column].split())
    return [" ".join(words) for words in rows]


def assert_fits(terminal: str, piped: str, *, after: int = 0, width: int = 80,
                names: Sequence[int] = ()) -> None:
    """The table on the terminal fits ``width`` in columns that stay in line, and holds the
    last column's text whole, in the order the piped table has it a row a line; another
    column's words are whole or cut with "…" (a column of ``names`` may hold more of a name
    than the pipe's 40 columns); what follows the table is unchanged."""
    t_lines = terminal.splitlines()[:len(terminal.splitlines()) - after]
    p_lines = piped.splitlines()[:len(piped.splitlines()) - after]
    assert all(shown_width(line) <= width for line in t_lines), "\n".join(
        line for line in t_lines if shown_width(line) > width)
    on_screen = columns_of(t_lines)
    whole = columns_of(p_lines, last_open=True)
    assert len(on_screen) == len(whole)
    assert "".join(on_screen[-1]) == "".join(whole[-1])  # (a long word broken across lines)
    for i, (shown, kept) in enumerate(zip(on_screen[:-1], whole[:-1], strict=True)):
        if i in names:  # row by row: the text piped, or more of it, or less and "…"
            for row, cut in zip(row_cells(t_lines, i), row_cells(p_lines, i, last_open=True),
                                strict=True):
                assert row == cut or (cut.endswith("…") and row.startswith(cut[:-1])) or (
                    row.endswith("…") and cut.startswith(row[:-1])), (row, cut)
            continue
        assert len(shown) == len(kept), (shown, kept)
        assert all(w == k or (w.endswith("…") and k.startswith(w[:-1]))
                   for w, k in zip(shown, kept, strict=True)), (shown, kept)
    assert terminal.splitlines()[len(t_lines):] == piped.splitlines()[len(p_lines):]


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_deadlines_fit_an_80_column_terminal(demo_copy: Path, lang: str) -> None:
    argv = ("--lang", lang, "deadlines", "--within", "60", "--db", str(demo_copy))
    terminal, piped = run_on(Terminal(), *argv), run_on(io.StringIO(), *argv)
    assert any(shown_width(line) > 80 for line in piped.splitlines())  # the titles are long
    assert_fits(terminal, piped, after=1)


def test_captives_list_and_search_fit(demo_copy: Path) -> None:
    for argv, after in ((("captives", "list"), 1), (("--lang", "ru", "captives", "list"), 1),
                        (("search", "Arm"), 0)):
        argv = (*argv, "--db", str(demo_copy))
        terminal, piped = run_on(Terminal(), *argv), run_on(io.StringIO(), *argv)
        assert_fits(terminal, piped, after=after)


def test_duplicates_with_long_and_foreign_names_fit(demo_copy: Path) -> None:
    cf = open_case_file(Location(path=demo_copy), actor="tester", today=lambda: TODAY)
    long_name = "Ա" * 200
    for _ in range(2):
        cf.captives.create(names=[long_name], capture="2026-11-02", status="missing")
        cf.captives.create(names=["Тигран 👩👧 Варданян"], capture="2026-11-02", status="missing")
    cf.close()
    argv = ("duplicates", "--db", str(demo_copy))
    terminal, piped = run_on(Terminal(), *argv), run_on(io.StringIO(), *argv)
    assert_fits(terminal, piped, names=[2, 4])


def test_backups_list_and_settings_fit(demo_copy: Path) -> None:
    run_on(io.StringIO(), "backup", "--db", str(demo_copy), "--reason",
           "before the hearing of the appeal against the extension of detention")
    for argv, after in ((("backups", "list"), 2), (("settings", "show"), 0)):
        argv = (*argv, "--db", str(demo_copy))
        terminal, piped = run_on(Terminal(), *argv), run_on(io.StringIO(), *argv)
        assert_fits(terminal, piped, after=after)


HEADERS = ["ID", "Անուն", "Статус", "Что причитается"]
ROWS = [
    [1, "Արամ Պետրոսյան", "Содержится под стражей до суда",
     "Продление срока содержания под стражей: ходатайство следователя надзирающему "
     "прокурору (за 10 дней до истечения срока)"],
    [22, "A" * 200, "missing", "Rule 39: send the medical report to the Court " * 3],
    [333, "שלום עליכם אברהם", "ناپدید شده", "בקשה דחופה לבית הדין האירופי לזכויות אדם"],
    [4444, "Anna 👩👧 Grigoryan", "José Müller", "王小明 的 紧急 申请 已经 提交 给 欧洲 人权 法院 了 " * 3],
]


def _table(out: io.StringIO) -> str:
    print_table(HEADERS, ROWS, out)
    return out.getvalue()


@pytest.mark.parametrize("columns", [80, 60, 100])
def test_foreign_scripts_and_long_names_stay_in_line(
        monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    terminal, piped = _table(Terminal()), _table(io.StringIO())
    assert_fits(terminal, piped, width=columns)
    assert "A" * 200 not in terminal


def test_a_pipe_gets_each_row_whole_on_one_line_whatever_columns_says() -> None:
    piped = _table(io.StringIO()).splitlines()
    assert len(piped) == 2 + len(ROWS)
    assert piped[2].endswith("(за 10 дней до истечения срока)")
    assert "…" in piped[3]  # a middle column is cut at 40 letters, as it always was


@pytest.mark.parametrize("columns", ["20", "abc", "0", "-5"])
def test_a_narrow_or_unreadable_width_still_prints_every_row(
        monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    lines = _table(Terminal()).splitlines()
    assert [line.split()[0] for line in lines if line.strip("- ")
            and not line.startswith(" ")] == ["ID", "1", "22", "333", "4444"]


def test_a_control_character_in_a_name_keeps_the_columns_in_line() -> None:
    """A name holding ESC (written before such characters were removed on input) is shown
    as ``\\x1b``, four columns: measured as one, it pushed the next column out of line."""
    out = io.StringIO()
    print_table(["ID", "Name", "Status"], [[1, "Ann\x1bX", "Missing"], [2, "Bob", "Held"]], out)
    lines = out.getvalue().splitlines()
    assert lines[2].index("Missing") == lines[3].index("Held") == lines[0].index("Status")


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_rules_list_wraps_each_title_and_source_under_its_indent(lang: str) -> None:
    """``rules list`` writes each rule as a block, its title and source indented under its
    ID: in 80 columns the terminal wrapped a source of 300 letters to the left edge, under
    the next rule's ID."""
    terminal = run_on(Terminal(), "--lang", lang, "rules", "list")
    piped = run_on(io.StringIO(), "--lang", lang, "rules", "list")
    assert any(shown_width(line) > 80 for line in piped.splitlines())
    assert all(shown_width(line) <= 80 for line in terminal.splitlines()), terminal
    # the same blocks: each rule's first line at the left edge, the rest indented, no word lost
    def blocks(text: str) -> list[str]:
        out: list[str] = []
        for line in text.splitlines():
            if line.startswith(" "):
                out[-1] += " " + line.strip()
            else:
                out.append(line)
        return out
    assert [" ".join(b.split()) for b in blocks(terminal)] == \
        [" ".join(b.split()) for b in blocks(piped)]
    assert len(terminal.splitlines()) > len(piped.splitlines())


def test_captives_show_wraps_each_item_under_its_indent(demo_copy: Path) -> None:
    """A captive's hearings, orders and deadlines are one indented line each: in 80 columns
    the terminal wrapped a hearing's outcome to the left edge, where the next section's
    heading stands. Each is now wrapped at its words, its continuation indented further."""
    argv = ("captives", "show", "6", "--db", str(demo_copy))
    terminal, piped = run_on(Terminal(), *argv), run_on(io.StringIO(), *argv)
    assert any(shown_width(line) > 80 for line in piped.splitlines())
    assert all(shown_width(line) <= 80 for line in terminal.splitlines()), terminal
    assert joined(terminal) == joined(piped)


def joined(text: str) -> list[str]:
    """The lines of ``text``, each further indented line joined to the one before."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("    ") and lines and lines[-1].startswith("  "):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return [" ".join(line.split()) for line in lines]


def test_a_deadlines_title_goes_under_its_row_rather_than_two_words_a_line(
        demo_copy: Path) -> None:
    """Beside six other columns in 80, "What is due" had 16 columns: a motion's title took
    ten lines. It is written under its row, as wide as the terminal allows, in two or three."""
    argv = ("deadlines", "--within", "60", "--db", str(demo_copy))
    terminal = run_on(Terminal(), *argv).splitlines()[:-1]
    rows = len(run_on(io.StringIO(), *argv).splitlines()) - 3
    assert len(terminal) <= 3 + 4 * rows, "\n".join(terminal)
    title = "Extension of detention: investigator's motion to the supervising prosecutor"
    assert any(line.strip().startswith(title[:60]) for line in terminal), "\n".join(terminal)
