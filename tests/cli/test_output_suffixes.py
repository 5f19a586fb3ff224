"""A file named as another kind of document is refused: a dossier written as "d.docx" is a PDF
that Word will not open, and the lawyer finds out when the Court's registry writes back.
Exit 2, one line naming the file and the name to give it, nothing written; a name ending as
the output does, or in no kind of document at all, is written as given."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("suffixes") / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="t")
    try:
        cf.captives.create(names=["Aram Petrosyan"], sensitivity="public",
                           consent_publicity=True)
    finally:
        cf.close()
    return path


LETTER_VALUES = [a for field in (
    "captive_birth_date", "captive_citizenship", "capture_date", "capture_place",
    "capturing_authority", "detention_place", "last_contact_date", "lawyer_block", "lawyer_name",
    "recipient_block", "salutation") for a in ("--set", f"{field}=x")]
# command, its file's ending, a wrong name for it
WRONG = {
    "dossier": (["dossier", "1", "--level", "internal"], ".pdf", "Dossier.docx"),
    "report": (["report"], ".pdf", "report.txt"),
    "report xlsx": (["report", "--format", "xlsx"], ".xlsx", "report.pdf"),
    "letter": (["letter", "icrc_request_en", "1", *LETTER_VALUES], ".docx", "letter.pdf"),
    "calendar": (["deadlines", "--format", "ics"], ".ics", "deadlines.csv"),
    "daily log": (["deadlines", "daily-log", "--date", "2026-11-27"], ".pdf", "log.xlsx"),
    "export": (["export"], ".json", "everything.pdf"),
}


@pytest.mark.parametrize("name", WRONG)
def test_a_file_named_as_another_kind_of_document_is_refused(db: Path, tmp_path: Path,
                                                             name: str) -> None:
    argv, suffix, wrong = WRONG[name]
    target = tmp_path / wrong
    code, _, err = run(*argv, "--db", str(db), "-o", str(target))
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert str(target) in err and f"{target.stem}{suffix}" in err, err
    assert not target.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", WRONG)
@pytest.mark.parametrize("given", ["right", "no ending", "not a document's ending"])
def test_a_name_with_the_outputs_ending_or_none_is_written_as_given(
        db: Path, tmp_path: Path, name: str, given: str) -> None:
    argv, suffix, _ = WRONG[name]
    target = tmp_path / {"right": f"out{suffix}", "no ending": "out",
                         "not a document's ending": "out.2026-12"}[given]
    code, _, err = run(*argv, "--db", str(db), "-o", str(target))
    assert code == 0, err
    assert target.is_file() and target.stat().st_size > 0
