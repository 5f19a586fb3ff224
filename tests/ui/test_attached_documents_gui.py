"""Documents attached to a hearing or an intervention are in each concerned captive's
Documents tab, saying where they are attached, and open from there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.documents import load_documents

WAIT = 10000
NOTES = "Наблюдатель: шесть подсудимых; переводчика не было час.\n".encode()


def test_attached_documents_are_listed_with_their_place_and_open(
        qtbot, ui, tmp_path: Path, monkeypatch) -> None:
    cf = ui.case_file
    nare = cf.captives.create(names=["Նարե Օրինակյան", "Nare Orinakyan"]).id
    other = cf.captives.create(names=["Ivan Primerov"]).id
    hearing = cf.hearings.create(captive_ids=[other, nare], starts_at="2025-06-03 10:00",
                                 timezone="Asia/Baku", court="Baku Military Court",
                                 kind="trial_session")
    intervention = cf.interventions.create(made_on="2025-05-02", captive_ids=[nare],
                                           subject="Access for counsel")
    cf.documents.create(hearing_id=hearing.id, title="Observer's notes", filename="notes.txt",
                        content=NOTES)
    cf.documents.create(intervention_id=intervention.id, title="Letter to the Ombudsman",
                        filename="letter.txt", content=b"Dear Ombudsman")
    cf.documents.create(captive_id=other, title="Not hers", content=b"x")

    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(nare)
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    page.tabs.setCurrentWidget(page.documents_page)
    section = page.sections["documents"]
    table = section.table

    def shown() -> dict[str, str]:
        model = table.model()
        return {model.index(r, 0).data(): model.index(r, 1).data()
                for r in range(model.rowCount())}

    # 3 June 2025 at the Baku Military Court; the intervention of 2 May 2025.
    assert shown() == {"Observer's notes": "Hearing of 3 June 2025, Baku Military Court",
                       "Letter to the Ombudsman": "Intervention “Access for counsel” of 2 May 2025"}
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Documents (2)"

    # A document attached to the hearing later shows up in her open file too.
    cf.documents.create(hearing_id=hearing.id, title="Minutes", content=b"minutes")
    qtbot.waitUntil(lambda: "Minutes" in shown(), timeout=WAIT)

    # Open…: a copy where the lawyer chooses, then opened.
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data() == "Observer's notes")
    table.setCurrentIndex(table.model().index(row, 0))
    target = tmp_path / "notes copy.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(section.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    assert target.read_bytes() == NOTES
    assert opened == [QUrl.fromLocalFile(str(target))]

    # The Documents view says the same of where each one is attached.
    via = {r.document.title: (r.via, {c.id for c in r.captives}) for r in load_documents(cf)}
    assert via["Observer's notes"] == ("Hearing of 3 June 2025, Baku Military Court",
                                       {other, nare})
    assert via["Not hers"] == ("", {other})
