"""``caseapp import-sheet``'s preview counts only what is there, as the import window does
(one function says it for both, caseapp.services.sheet_summary): no «с ошибками — 0,
возможно, уже есть в файле — 0», and one sentence when every row is a new captive; in
Russian and Armenian, with their plural forms. What the import did, too: no «объединено …: 0
строк; пропущено: 0 строк»."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run
from tests.sheets.makers import write_csv

ROWS = [["Name", "Date of birth"], ["Aram Abovyan", "1980"], ["Babken Babayan", "1981"]]


@pytest.fixture
def db(case_file: CaseFile) -> Path:
    path = case_file.db.path
    case_file.close()
    return path


def _counts(db: Path, lang: str, csv: Path) -> list[str]:
    """The lines after the preview's tables, before "Dry run: nothing was written."."""
    code, out, err = run("--lang", lang, "import-sheet", str(csv), "--dry-run", "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    return lines[len(lines) - 1 - lines[::-1].index(""):][1:-1]


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", ["Из list.csv прочитаны 2 новых пленных."]),
    ("hy", ["list.csv ֆայլից կարդացվեց 2 նոր գերի։"]),
])
def test_all_rows_fine_is_one_sentence(db: Path, tmp_path: Path, lang: str,
                                       said: list[str]) -> None:
    assert _counts(db, lang, write_csv(tmp_path / "list.csv", ROWS)) == said


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", ["Из list.csv прочитаны 3 строки.", "1 с ошибками.", "Пропущена 1 пустая строка."]),
    ("hy", ["list.csv ֆայլից կարդացվեց 3 տող։", "1 տող՝ սխալներով։",
            "Բաց է թողնվել 1 դատարկ տող։"]),
])
def test_only_the_counts_there_are(db: Path, tmp_path: Path, lang: str,
                                   said: list[str]) -> None:
    csv = write_csv(tmp_path / "list.csv", [*ROWS, ["", ""], ["Gurgen Galstyan", "31.02.1990"]])
    assert _counts(db, lang, csv) == said


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "Из list.csv импортированы 2 пленных. 1 строка с ошибками не взята."),
    ("hy", "list.csv ֆայլից ներմուծվեց 2 գերի։ Սխալներով 1 տող չի վերցվել։"),
])
def test_the_import_says_only_what_it_did(db: Path, tmp_path: Path, lang: str,
                                          said: str) -> None:
    csv = write_csv(tmp_path / "list.csv", [*ROWS, ["Gurgen Galstyan", "31.02.1990"]])
    code, out, err = run("--lang", lang, "import-sheet", str(csv), "--skip-errors", "--db",
                         str(db))
    assert code == 0, err
    assert out.splitlines()[-1] == said
