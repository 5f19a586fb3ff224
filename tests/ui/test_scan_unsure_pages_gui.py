"""Make searchable (OCR) on a scan with a page whose way up cannot be told (a photo among the
pages of a decision): the text copy is kept, and the lawyer is told in one line, in a box she
must close, which page may be unreadable, so she does not trust a search that finds nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.services import ocr
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.services.scan_pages import scanned_pdf

WAIT = 10000


@pytest.fixture
def view(qtbot, ui):
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(next(c.id for c in ui.case_file.captives.list()
                           if c.latin_name == "Tigran Vardanyan"))
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    return page


def _read_with_unsure(pages: tuple[int, ...], unchecked: tuple[int, ...] = ()) -> Any:
    def read(content: bytes, media_type: str, languages: tuple[str, ...] = ocr.LANGUAGES,
             **_k: Any) -> ocr.ScanText:
        return ocr.ScanText(scanned_pdf(), "Decision Qyzylbashlyq", pages, unchecked)
    return read


@pytest.mark.parametrize(("pages", "line"), [
    ((2,), "Page 2 of “Decision with photos” may be unreadable in its text copy: which way up "
           "it is could not be told, so a search may miss its words."),
    ((2, 4), "Pages 2, 4 of “Decision with photos” may be unreadable in its text copy: which "
             "way up they are could not be told, so a search may miss their words."),
])
def test_the_pages_that_may_be_unreadable_are_named_in_one_line(
        qtbot, ui, view: CaptiveFileView, monkeypatch, pages, line) -> None:
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", _read_with_unsure(pages))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: warned.append(text)))
    doc = ui.case_file.documents.create(captive_id=view.captive_id, title="Decision with photos",
                                        filename="decision.pdf", content=scanned_pdf())
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in view.sections["documents"].model.records),
                    timeout=WAIT)
    view.sections["documents"].select(doc.id)
    view.make_searchable()
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert warned == [line]
    # The text copy was kept all the same: its words are found.
    assert [h.record_id for h in ui.case_file.search.everything("Qyzylbashlyq")] == [doc.id]


def test_a_scan_read_whole_says_only_that_it_is_searchable(
        qtbot, ui, view: CaptiveFileView, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", _read_with_unsure(()))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: warned.append("warned")))
    said: list[str] = []
    view.message.connect(said.append)
    doc = ui.case_file.documents.create(captive_id=view.captive_id, title="Decision",
                                        filename="decision.pdf", content=scanned_pdf())
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in view.sections["documents"].model.records),
                    timeout=WAIT)
    view.sections["documents"].select(doc.id)
    view.make_searchable()
    qtbot.waitUntil(lambda: "“Decision” is searchable now." in said, timeout=WAIT)
    assert warned == []


def test_a_scan_ocr_read_nothing_in_is_not_said_searchable(qtbot, ui, view: CaptiveFileView,
                                                           monkeypatch) -> None:
    """A photo of the cell, or a scan too faint: the status bar said "“…” is searchable now."."""
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(), **_k: (
        ocr.ScanText(scanned_pdf(), " \n", (), ())))
    said: list[str] = []
    view.message.connect(said.append)
    doc = ui.case_file.documents.create(captive_id=view.captive_id, title="Photo of the cell",
                                        filename="cell.pdf", content=scanned_pdf())
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in view.sections["documents"].model.records),
                    timeout=WAIT)
    view.sections["documents"].select(doc.id)
    view.make_searchable()
    qtbot.waitUntil(lambda: len(said) >= 2, timeout=WAIT)  # reading…, then what it read
    assert ("OCR read no text in “Photo of the cell”: a search will not find it. If it holds "
            "writing, check the scan (too faint, or in another language) and make it searchable "
            "again.") in said
    assert not any("is searchable now" in s for s in said)
