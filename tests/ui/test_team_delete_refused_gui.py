"""An assistant (clearance shareable) on a team server may add and edit records but not
delete them (a delete's cascade could take rows she cannot see): the server refuses. The
window asked "Delete the hearing? This cannot be undone." first, and only after her Yes said
it was refused. It now says at once that deleting needs internal clearance, asks nothing, and
the record stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import WELFARE_CONTACT
from caseapp.ui.main_window import MainWindow
from caseapp.ui.views.record_actions import delete_record
from tests.conftest import TODAY
from tests.postgres import assistant_with_a_captive, login_url

PASSWORD = "Assistant-Pass 14"


def test_an_assistant_is_told_at_once_that_deleting_needs_internal_clearance(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    captive_id, login = assistant_with_a_captive(pg_url, "ani", PASSWORD, lambda: TODAY)
    settings = QSettings(str(tmp_path / "ani.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda location, **kw: open_case_file(
        location, today=lambda: TODAY, **kw), demo_builder=lambda p: None,
        demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.set_case_file(open_case_file(Location(url=login_url(pg_url, login, PASSWORD)),
                                        actor=login, today=lambda: TODAY))
    said: list[tuple[str, str]] = []

    def answered(kind: str):  # type: ignore[no-untyped-def]
        def box(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            said.append((kind, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answered(kind))
    try:
        ui = window.ui
        assert ui is not None
        hearing = ui.case_file.hearings.create(
            captive_ids=[captive_id], starts_at="2027-01-12 10:00", timezone="Asia/Baku",
            court="Baku Court of Appeal", kind="appeal", sensitivity="shareable")
        contact = ui.case_file.welfare_contacts.create(
            captive_id=captive_id, kind="family_call", contact_on="2026-10-01",
            notes="Called his sister", sensitivity="shareable")
        expected = (f"Deleting a record needs internal clearance: {login} has clearance "
                    "shareable, which adds and edits records at or below it but does not "
                    "delete them. Nothing was deleted.")
        # A record of the captive's file (its tabs and dialogs delete this way)
        assert not dlg.delete_record(ui, WELFARE_CONTACT,
                                     ui.case_file.welfare_contacts.get(contact.id), window)
        # A record of a view (hearings, interventions, contacts and organisations)
        assert not delete_record(window.views["hearings"], "hearings", hearing.id,
                                 title="Delete hearing", question="Delete the hearing?",
                                 done="Deleted.")
        assert said == [("information", expected), ("information", expected)]
        assert ui.case_file.hearings.get(hearing.id).court == "Baku Court of Appeal"
        assert ui.case_file.welfare_contacts.get(contact.id).notes == "Called his sister"
    finally:
        window.set_case_file(None)
        window.close()
