"""An assistant (clearance shareable) on a team server may not delete records (a delete's
cascade could take rows she cannot see), and a merge deletes the record merged in: she
chose field by field in Merge Captives…, pressed Merge, and only then was told the server
refused. She is now told at once, from the captives list and from Likely Duplicates…, and
both records stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.postgres import assistant_with_a_captive, login_url

PASSWORD = "Assistant-Pass 15"


def test_an_assistant_is_told_at_once_that_merging_needs_internal_clearance(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    captive_id, login = assistant_with_a_captive(pg_url, "lilit", PASSWORD, lambda: TODAY)
    settings = QSettings(str(tmp_path / "lilit.ini"), QSettings.Format.IniFormat)
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
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answered(kind))
    try:
        ui = window.ui
        assert ui is not None
        twin = ui.case_file.captives.create(names=["Ղազարյան Լևոն", "Газарян Левон"],
                                            sensitivity="shareable").id
        expected = (f"Merging two records needs internal clearance: {login} has clearance "
                    "shareable, and a merge deletes the record merged in. Nothing was merged.")
        window.show_view("captives")
        view = window.captives_view()
        monkeypatch.setattr(view, "selected_captive_ids", lambda: [captive_id, twin])
        window.merge_selected()
        assert getattr(window, "merge_dialog", None) is None
        duplicates = LikelyDuplicatesDialog(ui, window)
        qtbot.addWidget(duplicates)
        assert len(duplicates.pairs) == 1
        duplicates.merge(duplicates.pairs[0])
        assert duplicates.merge_dialog is None
        assert said == [("information", expected), ("information", expected)]
        assert {c.id for c in ui.case_file.captives.list()} >= {captive_id, twin}
    finally:
        window.set_case_file(None)
        window.close()
