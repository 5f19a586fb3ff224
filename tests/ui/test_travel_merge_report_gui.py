"""File → Merge Travel Copy…'s report. A merge whose case file took the copy's changes but
could not then mark the copy as merged (its disk full) said “No space left … nothing was
changed”, left the views as they were and showed no report, so the lawyer believed nothing was
merged and never saw the conflicts: it now shows the report, headed by that line. A captive
added on both sides came back as a second record without a word: the report now names the
pair and where to merge them, as an import does."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from sqlalchemy.exc import OperationalError

from caseapp.config import Location
from caseapp.services import travel_merge
from caseapp.services.casefile import open_case_file
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY, copy_of
from tests.ui.test_emergency_gui import TRAVEL_PASSPHRASE, fill_modal_then, shareable_copy


def test_the_merge_report_says_the_copy_could_not_be_marked_merged(
        qtbot, blank_window: MainWindow, demo_template: Path, tmp_path: Path,
        monkeypatch) -> None:
    from caseapp.ui import travel_actions

    cases = tmp_path / "cases"
    cases.mkdir()
    copy_of(demo_template, cases / "case.db")
    target = shareable_copy(cases)
    travel = open_case_file(Location(path=target), passphrase=TRAVEL_PASSPHRASE, actor="t",
                            today=lambda: TODAY)
    try:
        captive = travel.captives.list()[0]
        travel.welfare_contacts.create(captive_id=captive.id, contact_on="2026-11-20",
                                       kind="lawyer_visit", notes="Our visit on the road",
                                       sensitivity="shareable")
    finally:
        travel.close()

    def full(*_args: object) -> None:
        raise OperationalError("INSERT", {}, sqlcipher3.dbapi2.OperationalError(
            "database or disk is full"))

    monkeypatch.setattr(travel_merge, "_refresh_mark", full)
    reported: list[str] = []
    monkeypatch.setattr(blank_window, "report", lambda exc: reported.append(str(exc)))
    assert blank_window.open_path(cases / "case.db")

    def fill(dialog) -> None:
        dialog.path.setText(str(target))
        dialog.passphrase.setText(TRAVEL_PASSPHRASE)
        dialog.accept()

    fill_modal_then(qtbot, fill)
    travel_actions.merge_travel_copy(blank_window)
    qtbot.waitUntil(lambda: bool(reported) or blank_window.findChild(
        QDialog, "travel_merge_report") is not None, timeout=60000)
    assert reported == []
    box = blank_window.findChild(QDialog, "travel_merge_report")
    text = box.findChild(QPlainTextEdit).toPlainText()
    assert text.splitlines()[0].startswith("The case file took the changes of ")
    assert "could not be marked as merged (no space is left on its disk)" in text
    assert "Added: 1 record" in text
    box.close()


def test_the_merge_report_names_a_captive_added_on_both_sides(
        qtbot, blank_window: MainWindow, demo_template: Path, tmp_path: Path,
        monkeypatch) -> None:
    """A captive added in the copy and at home: the window's report says they look alike and
    where to merge them (as after an import), naming both."""
    from caseapp.ui import travel_actions

    cases = tmp_path / "cases"
    cases.mkdir()
    copy_of(demo_template, cases / "case.db")
    target = shareable_copy(cases)
    for path, passphrase in ((cases / "case.db", None), (target, TRAVEL_PASSPHRASE)):
        cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                            today=lambda: TODAY)
        try:
            cf.captives.create(names=["Zaven Tevosyan"], capture="2023-09-19",
                               sensitivity="shareable")
        finally:
            cf.close()
    reported: list[str] = []
    monkeypatch.setattr(blank_window, "report", lambda exc: reported.append(str(exc)))
    assert blank_window.open_path(cases / "case.db")

    def fill(dialog) -> None:
        dialog.path.setText(str(target))
        dialog.passphrase.setText(TRAVEL_PASSPHRASE)
        dialog.accept()

    fill_modal_then(qtbot, fill)
    travel_actions.merge_travel_copy(blank_window)
    qtbot.waitUntil(lambda: bool(reported) or blank_window.findChild(
        QDialog, "travel_merge_report") is not None, timeout=60000)
    assert reported == []
    box = blank_window.findChild(QDialog, "travel_merge_report")
    text = box.findChild(QPlainTextEdit).toPlainText()
    (said,) = [line for line in text.splitlines() if "Likely Duplicates" in line]
    assert said.startswith("• 1 captive added from the travel copy may be recorded here "
                           "already (the same person entered on both sides?)")
    assert text.count("Zaven Tevosyan") == 2
    box.close()
