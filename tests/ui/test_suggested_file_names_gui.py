"""The save dialogs suggest a file name in the interface's language, with the captive's name
as the interface writes it, safe for every file system: "Досье Армен Мартиросян (для передачи)
2026-12-04.pdf" in a Russian session, not "Dossier Armen Martirosyan shareable …". The phrases
are the documents' catalogue's (caseapp.domain.file_names), which a kept document is named by
too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.ui.dialogs.report_dialogs import DossierDialog
from caseapp.ui.views.base import View
from caseapp.ui.views.deadlines import export_calendar


@pytest.fixture
def suggested(monkeypatch) -> list[str]:
    """What the save dialogs offer; each is cancelled."""
    offered: list[str] = []

    def ask(_parent, _title, path, *_a, **_k):
        offered.append(Path(path).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return offered


def test_the_dossier_is_offered_under_a_russian_name_with_the_captive_in_cyrillic(
        qtbot, ui, russian, suggested) -> None:
    cf = ui.case_file
    captive = cf.captives.create(
        names=[{"full_name": "Արմեն Մարտիրոսյան", "language": "hy", "is_primary": True},
               {"full_name": "Armen Martirosyan", "kind": "transliteration", "language": "en"},
               {"full_name": "Армен Мартиросян", "kind": "transliteration", "language": "ru"}],
        status="held", sensitivity="shareable", consent_publicity=True)
    dialog = DossierDialog(ui, captive_id=captive.id)
    qtbot.addWidget(dialog)
    dialog.result_file = outputs.dossier(cf, captive.id, level="shareable", author="",
                                         lawyer=LawyerProfile())
    dialog.save_as()
    day = ui.today().isoformat()
    assert suggested == [f"Досье Армен Мартиросян (для передачи) {day}.pdf"]


def test_the_calendar_is_offered_under_a_russian_name(qtbot, ui, russian, suggested,
                                                      monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem",  # the internal level: nothing left out
                        staticmethod(lambda _p, _t, _x, items, *a, **k: (items[2], True)))
    parent = View(ui)
    qtbot.addWidget(parent)
    export_calendar(ui, parent)
    qtbot.waitUntil(lambda: bool(suggested), timeout=10000)
    assert suggested == ["Сроки CaseApp (внутренний).ics"]
