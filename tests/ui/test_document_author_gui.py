"""The window's dossier names as its author the lawyer, or no one: never the computer's
login name ("Prepared by root" was printed on a dossier for partners)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from caseapp.ui.dialogs.report_dialogs import DossierDialog

WAIT = 20000
LOGIN = "QLOGINZ"


def test_a_dossier_made_in_the_window_without_the_lawyers_name_names_no_one(
        qtbot, ui, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_USER", LOGIN)
    monkeypatch.delenv("CASEAPP_LAWYER_NAME", raising=False)
    assert not ui.case_file.settings.current().lawyer.name
    cid = ui.case_file.captives.create(names=["Aram Sargsyan"], status="pre_trial",
                                       sensitivity="shareable").id
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    reader = PdfReader(io.BytesIO(dialog.result_file.data))
    said = "\n".join([*(p.extract_text() for p in reader.pages),
                      *(str(v) for v in (reader.metadata or {}).values())])
    assert "Aram Sargsyan" in said
    assert LOGIN not in said and "Prepared by" not in said
