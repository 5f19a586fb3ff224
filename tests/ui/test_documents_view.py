"""The documents view: every document with its SHA-256, filtering, saving an identical copy
where the lawyer chooses, and opening the captive a document concerns."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QFileDialog

from caseapp.domain.enums import Reliability
from caseapp.ui.views import documents as documents_module
from caseapp.ui.views.documents import COLUMNS, SHA_COLUMN, DocumentsView

TITLE, CAPTIVE = 0, 1




def settle(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: ui.runner.active == 0)


@pytest.fixture
def view(qtbot, ui):
    v = DocumentsView(ui)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0)
    settle(qtbot, ui)
    return v


def _row(view, title: str) -> int:
    titles = [view.proxy.index(r, TITLE).data() for r in range(view.proxy.rowCount())]
    return titles.index(title)


def _of_a_hearing(ui):
    return next(d for d in ui.case_file.documents.list()
                if d.hearing_id is not None and d.captive_id is None)


def test_every_document_is_listed_with_its_sha256(view, ui) -> None:
    docs = ui.case_file.documents.list()
    assert view.proxy.rowCount() == len(docs)
    for d in docs:
        row = _row(view, d.title)
        cell = view.proxy.index(row, SHA_COLUMN)
        assert cell.data() == d.sha256
        assert d.sha256 in cell.data(Qt.ItemDataRole.ToolTipRole)
        assert QFontInfo(cell.data(Qt.ItemDataRole.FontRole)).fixedPitch()
    pdf = next(d for d in docs if d.filename.endswith(".pdf"))
    row = _row(view, pdf.title)
    assert view.proxy.index(row, 2).data() == "PDF"
    assert view.proxy.index(row, 3).data() == f"{pdf.size} B"
    # The demo's ICRC confirmation arrived on 30 October 2026: CaseApp's English day, not ISO.
    assert str(pdf.received_on) == "2026-10-30"
    assert view.proxy.index(row, 4).data() == "30 Oct 2026"


def test_a_document_of_a_joint_hearing_concerns_every_co_defendant(view, ui) -> None:
    doc = _of_a_hearing(ui)
    hearing = ui.case_file.hearings.get(doc.hearing_id)
    row = _row(view, doc.title)
    view.table.selectRow(row)
    assert view.current_row().captive_ids == hearing.captive_ids
    assert "Attached to: Hearing of" in view.proxy.index(row, CAPTIVE).data(Qt.ItemDataRole.ToolTipRole)
    assert doc.sha256 in view.details.text()


def test_filter_box_and_reliability(qtbot, view) -> None:
    qtbot.keyClicks(view.search, "vardanyan")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2)
    view.search.clear()
    qtbot.keyClicks(view.search, "852f5cbb")  # the beginning of a hash
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert "capture site" in view.proxy.index(0, TITLE).data()
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == view.model.rowCount())
    view.reliability.setCurrentIndex(view.reliability.findData(Reliability.CONFIRMED))
    assert view.proxy.rowCount() == 2
    assert "2 of 4" in view.count.text()


def test_saving_a_copy_writes_identical_bytes(qtbot, view, ui, tmp_path, monkeypatch) -> None:
    doc = next(d for d in ui.case_file.documents.list() if d.filename.endswith(".pdf"))
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent, _title, suggested, *args, **kwargs):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    view.table.selectRow(_row(view, doc.title))
    messages: list[str] = []
    view.message.connect(messages.append)
    view.save_copy()
    qtbot.waitUntil(lambda: bool(messages))
    assert asked and asked[0].endswith(doc.filename)
    data = target.read_bytes()
    assert data == ui.case_file.documents.content(doc.id)
    assert hashlib.sha256(data).hexdigest() == doc.sha256
    assert str(target) in messages[0]
    assert list(tmp_path.glob("out/*")) == [target]  # nothing else written beside it


def test_cancelled_save_writes_nothing(qtbot, view, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    view.table.selectRow(0)
    view.save_copy()
    assert view.ui.runner.active == 0


def test_a_copy_that_cannot_be_written_is_reported(qtbot, view, tmp_path, monkeypatch,
                                                   message_boxes) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = tmp_path / "a-file" / "copy.txt"  # a file where a folder of the path should be
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view.table.selectRow(0)
    view.save_copy()
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert str(target) in message_boxes[-1][1]
    assert not target.exists()


def test_opening_the_captive_of_a_document(qtbot, view, ui, monkeypatch) -> None:
    doc = next(d for d in ui.case_file.documents.list() if d.captive_id is not None)
    view.table.selectRow(_row(view, doc.title))
    with qtbot.waitSignal(view.open_captive) as signal:
        view.open_document_captive()
    assert signal.args == [doc.captive_id]
    joint = _of_a_hearing(ui)
    view.table.selectRow(_row(view, joint.title))
    monkeypatch.setattr(documents_module, "choose_captive", lambda _p, ids, _n: ids[1])
    with qtbot.waitSignal(view.open_captive) as signal:
        view.table.doubleClicked.emit(view.proxy.index(_row(view, joint.title), 0))
    assert signal.args == [view.current_row().captive_ids[1]]


def test_models_pass_the_model_tester(qtmodeltester, view) -> None:
    assert len(COLUMNS) == view.model.columnCount()
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_the_documents_never_scroll_sideways(lang: str, qtbot, tmp_path, demo_copy) -> None:
    """At 1024 px in Armenian and Russian the documents scrolled sideways (the day received
    and every column after it out of sight). The buttons are now over the table, and the
    SHA-256 (whole below) and the captives (whole in their tooltip) give up width first."""
    from tests.ui.test_small_screen_gui import _window_at_1024

    window = _window_at_1024(qtbot, tmp_path, lang)
    assert window.open_path(demo_copy)
    window.show_view("documents")
    view = window.views["documents"]
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.proxy.rowCount() > 0, timeout=20000)
    qtbot.wait(50)  # laid out (no time asserted)
    table, header = view.table, view.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0, [header.sectionSize(c) for c in range(header.count())]
    assert header.sectionSize(0) >= 20 * table.fontMetrics().averageCharWidth()  # the title, read
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    window.set_case_file(None, backup_previous=False)


def test_titles_are_whole_after_widths_saved_under_english(qtbot, tmp_path, demo_copy) -> None:
    """Widths saved by a session in English were put back under Armenian and cut the longer
    titles ("Ստացվել է" under its sort arrow): a column is now at least as wide as its title."""
    from tests.ui.test_small_screen_gui import _window_at_1024

    window = _window_at_1024(qtbot, tmp_path, "en")
    window.resize(1600, 900)
    assert window.open_path(demo_copy)
    window.show_view("documents")
    view = window.views["documents"]
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.proxy.rowCount() > 0, timeout=20000)
    for column in range(2, view.table.horizontalHeader().count()):
        view.table.horizontalHeader().resizeSection(column, view.table.horizontalHeader().sectionSizeHint(column))
    view.save_state(window.settings)
    window.set_case_file(None, backup_previous=False)

    window = _window_at_1024(qtbot, tmp_path, "hy")
    window.resize(1600, 900)
    assert window.open_path(demo_copy)
    window.show_view("documents")
    view = window.views["documents"]
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.proxy.rowCount() > 0, timeout=20000)
    header = view.table.horizontalHeader()
    cut = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
           if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)]
    assert cut == []
    window.set_case_file(None, backup_previous=False)


def test_a_copy_into_a_folder_that_does_not_exist_is_refused_naming_it(
        qtbot, view, tmp_path, monkeypatch, message_boxes) -> None:
    """A mistyped folder is never made: the refusal names it, nothing is written."""
    target = tmp_path / "missing-folder" / "copy.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view.table.selectRow(0)
    view.save_copy()
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert str(target.parent) in message_boxes[-1][1] and "does not exist" in message_boxes[-1][1]
    assert not target.parent.exists()


def test_the_save_dialog_s_title_keeps_the_start_of_a_long_document_title(
        qtbot, view, ui, monkeypatch) -> None:
    """"Save a copy of “…”" held a document's whole title (a court's decision pasted as its
    title, 300 letters) in the file dialog's title."""
    doc = ui.case_file.documents.list()[0]
    title = " ".join(["Решение Бакинского военного суда по делу № 1(101)-77/2026"] * 6)[:300]
    ui.case_file.documents.update(doc.id, title=title)
    view.reload()
    qtbot.waitUntil(lambda: title in [view.proxy.index(r, TITLE).data()
                                      for r in range(view.proxy.rowCount())])
    asked: list[str] = []

    def choose(_parent, caption, *args, **kwargs):
        asked.append(caption)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    view.table.selectRow(_row(view, title))
    view.save_copy()
    assert asked and len(asked[0]) <= 140, asked
    assert title[:40] in asked[0] and "…" in asked[0]


def test_the_type_is_what_the_file_is_not_what_its_name_says(case_file, tmp_path) -> None:
    """A scan named “fdp.exe” behind a right-to-left override (U+202E: “exe.pdf” in the file
    manager) was listed as an EXE: the Type column read the name, though the case file knows
    from the bytes that it is a PDF. A name that agrees with the bytes still gives the type
    (a .docx is DOCX, not its long media type)."""
    import docx

    case_file.documents.add_file(_named(tmp_path, "\u202efdp.exe", b"%PDF-1.4 scan\n"))
    letter = tmp_path / "letter.docx"
    docx.Document().save(str(letter))
    case_file.documents.add_file(letter)
    kinds = {r.document.filename: r.kind for r in documents_module.load_documents(case_file)}
    assert kinds == {"fdp.exe": "PDF", "letter.docx": "DOCX"}


def _named(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path
