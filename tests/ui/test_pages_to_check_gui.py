"""Where the lawyer looks at a document after it was made searchable (the Documents view and
the Documents tab of the captive's file), the pages OCR may not have read are named, days
later as on the day: those whose way up could not be told and those not checked for it when
the time for it ran out; reading the scan again replaces them. After Make searchable itself,
pages not checked are named with those that could not be told, in the one box."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseapp.services import ocr
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.documents import DocumentsView
from tests.services.scan_pages import scanned_pdf

WAIT = 10000
UNSURE = ("Pages 3, 5 may not have been read: which way up they are could not be told; check "
          "them by eye.")
UNCHECKED = ("Pages 41–200 were not checked for which way up they are (the time for it ran "
             "out) and were read as they are: any of them sideways or upside down was not "
             "read; check them by eye.")


@pytest.fixture
def pages(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[int, ...]]:
    found: dict[str, tuple[int, ...]] = {"unsure": (3, 5), "unchecked": tuple(range(41, 201))}
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(), **_k: (
        ocr.ScanText(scanned_pdf(), "Indictment words", found["unsure"], found["unchecked"])))
    return found


def _captive(ui: Any) -> int:
    return next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")


def test_the_documents_view_names_the_pages_to_check(qtbot, ui, pages) -> None:
    cf = ui.case_file
    doc = cf.documents.create(captive_id=_captive(ui), title="Indictment of 200 pages",
                              filename="indictment.pdf", content=scanned_pdf())
    cf.ocr.make_searchable(doc.id)
    view = DocumentsView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: any(r.id == doc.id for r in view.model.records), timeout=WAIT)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data() == "Indictment of 200 pages")
    view.table.selectRow(row)
    assert UNSURE in view.details.text() and UNCHECKED in view.details.text()
    tip = view.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert UNSURE in tip and UNCHECKED in tip
    qtbot.waitUntil(lambda: view.details.height() >= view.details.heightForWidth(
        view.details.width()), timeout=WAIT)  # the box grown to its five lines

    # Read again, all pages told this time: nothing left to check.
    pages.update(unsure=(), unchecked=())
    cf.ocr.make_searchable(doc.id)
    view.reload()
    qtbot.waitUntil(lambda: "by eye" not in view.details.text(), timeout=WAIT)
    assert "Indictment of 200 pages" in view.details.text()


def test_the_captive_files_documents_tab_names_them_after_make_searchable(
        qtbot, ui, pages, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: warned.append(text)))
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(_captive(ui))
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    doc = ui.case_file.documents.create(captive_id=page.captive_id, title="Indictment",
                                        filename="indictment.pdf", content=scanned_pdf())
    documents = page.sections["documents"]
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in documents.model.records), timeout=WAIT)
    documents.select(doc.id)
    assert page.pages_to_check.isHidden()  # not read yet: nothing to say
    page.make_searchable()
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    # Said at once, in the one box: the page that could not be told and those not checked.
    assert warned == [
        "Pages 3, 5 of “Indictment” may be unreadable in its text copy: which way up they are "
        "could not be told, so a search may miss their words.\n"
        "Pages 41–200 of “Indictment” were not checked for which way up they are: the time "
        "for it ran out, and they were read as they are, so a search may miss the words of "
        "any of them lying sideways or upside down."]
    # And kept under the list while the document is selected.
    qtbot.waitUntil(lambda: UNSURE in page.pages_to_check.text(), timeout=WAIT)
    assert UNCHECKED in page.pages_to_check.text()
    assert not page.pages_to_check.isHidden()
