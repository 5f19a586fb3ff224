"""A merge whose case file took the travel copy's changes but could not then mark the copy as
merged (the copy's USB stick full, Ctrl+C at that moment) said “nothing was changed” (or
“interrupted; nothing half-written was kept”) and printed no report: the lawyer believed the
merge had not happened and never saw the conflicts to make by hand. It now prints the report,
says that the case file took the changes and that the copy is to be merged again (which adds
nothing twice) before it is destroyed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services import travel_merge
from caseapp.services.casefile import open_case_file

MAIN = "kettle orchard violin seventeen"
TRAVEL = "olive lantern river seven"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def copy_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A case file and its travel copy in which a captive's summary was changed and a visit
    added; the summary was changed at home too (a conflict)."""
    case, travel = tmp_path / "case.db", tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    cf = open_case_file(Location(path=case), passphrase=MAIN, create=True, actor="t")
    try:
        cf.captives.create(names=["Samvel Melkonyan"], sensitivity="shareable",
                           summary="Held in Baku")
    finally:
        cf.close()
    assert run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))[0] == 0
    for path, passphrase, summary in ((travel, TRAVEL, "Moved to Colony 2"),
                                      (case, MAIN, "Moved at home")):
        cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t")
        try:
            (captive,) = cf.captives.list()
            cf.captives.update(captive.id, summary=summary)
            if path == travel:
                cf.welfare_contacts.create(captive_id=captive.id, contact_on="2026-11-20",
                                           kind="lawyer_visit", notes="Our visit",
                                           sensitivity="shareable")
        finally:
            cf.close()
    return case, travel


def _visits(case: Path) -> list[str]:
    cf = open_case_file(Location(path=case), passphrase=MAIN, actor="t")
    try:
        return [w.notes for w in cf.welfare_contacts.list()]
    finally:
        cf.close()


def _copy_disk_full(*_args: object) -> None:
    raise OperationalError("INSERT INTO file_events", {},
                           sqlcipher3.dbapi2.OperationalError("database or disk is full"))


def _ctrl_c(*_args: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(("failure", "exit_code", "why"), [
    (_copy_disk_full, 2, "no space is left on its disk"),
    (_ctrl_c, 130, "the merge was interrupted")])
def test_a_copy_that_could_not_be_marked_merged_is_said_with_the_report(
        copy_changed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, failure: object,
        exit_code: int, why: str) -> None:
    case, travel = copy_changed
    with monkeypatch.context() as m:
        m.setattr(travel_merge, "_refresh_mark", failure)
        code, out, err = run("travel-merge", str(travel), "--db", str(case), "--lang", "en")
    assert code == exit_code
    assert "nothing was changed" not in err and "nothing half-written" not in err
    assert "Merged " in out and "added 1 welfare contact" in out
    assert "1 conflict not applied" in out and "Moved to Colony 2" in out  # the report, whole
    said = err.strip()
    assert said.count("\n") == 0 and "Traceback" not in said
    assert f"The case file took the changes of {travel}, but the travel copy could not be " \
           f"marked as merged ({why})" in said
    assert "merge it again" in said and "adds nothing twice" in said
    assert _visits(case) == ["Our visit"]
    # destroying it is refused until it is merged again (it still looks unmerged)
    code, _, err = run("travel-destroy", str(travel), "--db", str(case))
    assert code == 2 and "merge it first" in err and travel.exists()
    code, out, err = run("travel-merge", str(travel), "--db", str(case), "--lang", "en")
    assert code == 0, err
    assert _visits(case) == ["Our visit"]  # nothing added twice
    code, _, err = run("travel-destroy", str(travel), "--db", str(case))
    assert code == 2 and "merge it first" in err  # the conflict stays unmerged, as before


def test_ctrl_c_once_the_case_file_took_the_changes_finishes_the_merge_and_prints_it(
        copy_changed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C as the travel copy is closed after the merge (or anywhere once it writes) said
    “interrupted; nothing half-written was kept” of a case file that had taken every change,
    and no report: now the merge is finished, printed, and the Ctrl+C said."""
    import os
    import signal

    from caseapp.services.casefile import CaseFile

    case, travel = copy_changed
    close = CaseFile.close

    def ctrl_c_on_close(self: CaseFile) -> None:
        if self.label == str(travel):
            os.kill(os.getpid(), signal.SIGINT)
        close(self)

    with monkeypatch.context() as m:
        m.setattr(CaseFile, "close", ctrl_c_on_close)
        code, out, err = run("travel-merge", str(travel), "--db", str(case), "--lang", "en")
    assert "nothing half-written" not in err
    assert "Merged " in out and "added 1 welfare contact" in out
    assert "1 conflict not applied" in out
    assert err.strip() == ("caseapp: Ctrl+C came while the travel copy was being merged: the "
                           "merge was finished rather than stopped halfway.")
    assert code == 0
    assert _visits(case) == ["Our visit"]
