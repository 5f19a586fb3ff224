"""Hostile text in the options of the command line, found by a sweep of every command: one
line naming what is wrong, exit 2, the case file unchanged, never "an unexpected error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import digest, one_line, run

SHEET = Path(__file__).parents[2] / "docs" / "examples" / "captives-list.csv"


@pytest.fixture
def case_file_path(case_file: CaseFile) -> Path:
    """An empty case file, closed (the commands open it themselves)."""
    path = case_file.db.path
    case_file.close()
    return path


def test_an_encoding_name_holding_a_nul_is_not_an_encoding(case_file_path: Path) -> None:
    before = digest(case_file_path)
    for name in ("utf\x00-8", "a\x00b"):
        code, out, err = run("import-sheet", str(SHEET), "--dry-run", "--encoding", name,
                             "--db", str(case_file_path))
        assert (code, out) == (2, ""), err
        assert one_line(err) and "is not an encoding" in err, err
    assert digest(case_file_path) == before
