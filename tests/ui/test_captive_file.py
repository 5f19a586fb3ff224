"""The captive's file: header, tabs, dialogs for every record, undo, delete, timeline."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
)

from caseapp.domain.enums import CaptiveStatus, HearingKind, Sensitivity
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.kind_declaration import Kind
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER, DETENTION_PLACE, HEARING
from caseapp.ui.labels import label
from caseapp.ui.models.records import RECORD_ROLE
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.ui.driving import DialogDriver, field, save, type_into

WAIT = 10000  # ms for the background reload after a write


def captive_id(ui, latin: str) -> int:
    return next(c.id for c in ui.case_file.captives.list() if c.latin_name == latin)


@pytest.fixture
def view(qtbot, ui):
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(captive_id(ui, "Tigran Vardanyan"))
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    return page


def add_dialog(qtbot, ui, view: CaptiveFileView, kind: Kind) -> RecordDialog:
    dialog = dlg.make_add_dialog(ui, kind, captive_id=view.captive_id, file=view.file, parent=view)
    qtbot.addWidget(dialog)
    return dialog


def click_save(qtbot, dialog: QDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(view: CaptiveFileView, section: str) -> int:
    return view.sections[section].model.rowCount()


def records(view: CaptiveFileView, section: str) -> list:
    return view.sections[section].model.records


def test_header_shows_the_names_in_every_script(view: CaptiveFileView) -> None:
    header = view.header
    # Under English the recorded Latin spelling heads, as in the English dossier; the
    # primary Armenian spelling and the Cyrillic one follow.
    assert header.name.text() == "Tigran Vardanyan"
    assert "Latin" in header.primary_tag.text()
    names = header.names.text().replace("&nbsp;", " ")
    assert "Тигран Варданян" in names and "Տիգրան Վարդանյան" in names
    assert "Cyrillic" in names and "Armenian" in names
    assert header.badge.text() == label(CaptiveStatus.PRE_TRIAL)
    facts = header.facts.text()
    assert "days in custody" in facts and "Baku Pre-trial Detention Centre No. 1" in facts
    assert view.captive_id == view.file.captive.id


def test_every_tab_shows_its_records(view: CaptiveFileView) -> None:
    f = view.file
    assert rows(view, "names") == len(f.captive.names) == 5
    assert rows(view, "detention_orders") == len(f.detention_orders) > 0
    assert rows(view, "hearings") == len(f.hearings) > 0
    assert rows(view, "charges") == len(f.prosecutions[0].charges)
    assert rows(view, "welfare_contacts") > 0 and "since the last" in view.silence.text()
    assert rows(view, "documents") == 2 and view.sha.text().startswith("SHA-256")
    assert rows(view, "history") > 0
    assert view.timeline.orders and view.timeline.hearings


def _tab_of(view: CaptiveFileView, section: str) -> int:
    table = view.sections[section].table
    return next(i for i in range(view.tabs.count()) if view.tabs.widget(i).isAncestorOf(table))


def test_a_hidden_tabs_first_record_is_selected_when_the_tab_is_shown(qtbot, view) -> None:
    """A table in a tab not shown selects its row only once shown (selecting a row measures
    every wrapped row: it was a third of the time a file took to open); meanwhile its
    section acts on the record it will select, and Edit is enabled for it."""
    hearings = view.sections["hearings"]
    assert not hearings.table.isVisible() and not hearings.table.selectionModel().hasSelection()
    first = hearings.proxy.index(0, 0).data(RECORD_ROLE)
    assert first is not None and hearings.current() is first
    assert hearings.buttons["edit"].isEnabled()
    second = hearings.proxy.index(1, 0).data(RECORD_ROLE)
    assert hearings.select(second.id) and hearings.current() is second  # still hidden
    hearings.set_records(hearings.model.records)  # a reload keeps the choice
    assert hearings.current().id == second.id
    view.tabs.setCurrentIndex(_tab_of(view, "hearings"))
    qtbot.waitUntil(hearings.table.isVisible, timeout=WAIT)
    assert [i.row() for i in hearings.table.selectionModel().selectedRows()] == [1]
    assert hearings.current().id == second.id and hearings.buttons["edit"].isEnabled()
    empty = next(s for s in view.sections.values() if s.kind is not None and not s.proxy.rowCount())
    assert empty.current() is None and not empty.buttons["edit"].isEnabled()


def test_an_empty_table_says_it_is_reading_until_the_file_is_read(qtbot, ui,
                                                                    view: CaptiveFileView) -> None:
    """While another captive's file is read, its tables say so; they said "No hearings
    recorded." (for seconds, over 1,000 hearings) of a captive who has hearings."""
    hearings = view.sections["hearings"].table
    placeholder = hearings.placeholder
    other = next(c.id for c in ui.case_file.captives.list() if c.id != view.captive_id)
    view.show_captive(other)  # read on the runner: the tables are empty until it answers
    assert hearings.model().rowCount() == 0
    assert hearings.empty_text() != placeholder
    qtbot.waitUntil(lambda: view.file is not None and view.file.captive.id == other, timeout=WAIT)
    assert hearings.empty_text() == placeholder


def test_table_models_pass_the_model_tester(view: CaptiveFileView, qtmodeltester) -> None:
    for section in view.sections.values():
        qtmodeltester.check(section.model)
        qtmodeltester.check(section.proxy)


def test_add_a_detention_order_through_the_dialog(qtbot, ui, view: CaptiveFileView) -> None:
    before = rows(view, "detention_orders")
    dialog = add_dialog(qtbot, ui, view, DETENTION_ORDER)
    dialog.widgets["start_date"].edit.setText("2027-01-29")
    dialog.widgets["term_months"].setValue(3)
    dialog.widgets["term_days"].setValue(0)
    # The expiry is left empty: its placeholder shows what will be computed.
    # 29 January + 3 months = 29 April 2027, written as the English interface writes a day.
    assert "29 Apr 2027" in dialog.widgets["expires_on"].edit.placeholderText()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: rows(view, "detention_orders") == before + 1, timeout=WAIT)
    assert any(o.expires_on == date(2027, 4, 29) for o in view.timeline.orders)
    assert ui.undo.count() == 1


def test_add_a_hearing_for_two_co_defendants(qtbot, ui, view: CaptiveFileView) -> None:
    other = captive_id(ui, "Gagik Stepanyan")
    before = rows(view, "hearings")
    dialog = add_dialog(qtbot, ui, view, HEARING)
    dialog.widgets["starts_at"].date.edit.setText("2027-02-15")
    dialog.widgets["timezone"].setCurrentText("Asia/Baku")
    dialog.widgets["kind"].set_value(HearingKind.PRELIMINARY)
    dialog.widgets["captive_ids"].set_value([view.captive_id, other])
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()
    qtbot.waitUntil(lambda: rows(view, "hearings") == before + 1, timeout=WAIT)
    hearing = dialog.result_value
    assert hearing.starts_at.isoformat() == "2027-02-15T10:00:00+04:00"
    assert hearing.id in {h.id for h in ui.case_file.hearings.list(captive_id=other)}
    assert any(h.id == hearing.id for h in view.timeline.hearings)


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"start_date": "2023-02-30"}, "start_date", "2023-02-30"),
    ({"start_date": "2026-10-01", "expires_on": "2026-09-01"}, "expires_on", "before it starts"),
])
def test_an_invalid_date_keeps_the_dialog_open_and_changes_nothing(
        qtbot, ui, view: CaptiveFileView, values: dict, field: str, words: str) -> None:
    before = len(ui.case_file.detention_orders.list(captive_id=view.captive_id))
    dialog = add_dialog(qtbot, ui, view, DETENTION_ORDER)
    dialog.show()
    for name, text in values.items():
        dialog.widgets[name].edit.setText(text)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.errors[field]
    assert not error.isHidden() and words in error.text()
    assert dialog.widgets["start_date"].value() == values["start_date"]  # nothing typed is lost
    assert len(ui.case_file.detention_orders.list(captive_id=view.captive_id)) == before
    assert ui.undo.count() == 0


def test_the_same_order_entered_again_is_refused_under_its_start(
        qtbot, ui, view: CaptiveFileView) -> None:
    """Typed again from the court's letter, an order recorded already would double its expiry
    and its extension steps: the dialog stays open, saying so under the start."""
    orders = ui.case_file.detention_orders.list(captive_id=view.captive_id)
    known = orders[-1]
    dialog = add_dialog(qtbot, ui, view, DETENTION_ORDER)
    dialog.show()
    dialog.widgets["start_date"].edit.setText(known.start_date.isoformat())
    dialog.widgets["expires_on"].edit.setText(known.expires_on.isoformat())
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.errors["start_date"]
    assert not error.isHidden() and "already has this detention order recorded" in error.text()
    assert len(ui.case_file.detention_orders.list(captive_id=view.captive_id)) == len(orders)
    assert ui.undo.count() == 0


def test_an_invalid_hearing_date_is_shown_under_the_field(qtbot, ui, view: CaptiveFileView) -> None:
    dialog = add_dialog(qtbot, ui, view, HEARING)
    dialog.show()
    dialog.widgets["starts_at"].date.edit.setText("2023-02-30")
    dialog.try_save()
    assert dialog.isVisible() and not dialog.errors["starts_at"].isHidden()


def test_undo_restores_an_edited_field(qtbot, ui, view: CaptiveFileView) -> None:
    place = next(p for p in view.file.detention_places if p.to_date is None)
    dialog = dlg.make_edit_dialog(ui, DETENTION_PLACE, place, file=view.file, parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["facility"].setText("Kurdakhani prison")
    click_save(qtbot, dialog)
    assert ui.case_file.detention_places.get(place.id).facility == "Kurdakhani prison"
    qtbot.waitUntil(lambda: any(p.facility == "Kurdakhani prison"
                                for p in records(view, "detention_places")), timeout=WAIT)
    command = ui.undo.command(0)
    assert command.old == {"facility": place.facility}
    assert command.new == {"facility": "Kurdakhani prison"}
    ui.ops.undo()
    assert ui.case_file.detention_places.get(place.id).facility == place.facility
    qtbot.waitUntil(lambda: any(p.facility == place.facility
                                for p in records(view, "detention_places")), timeout=WAIT)
    assert place.facility in view.header.facts.text()


def test_undo_of_a_new_start_restores_the_expiry(qtbot, ui, view: CaptiveFileView) -> None:
    order = max(view.file.detention_orders, key=lambda o: o.start_date)
    dialog = dlg.make_edit_dialog(ui, DETENTION_ORDER, order, file=view.file, parent=view)
    qtbot.addWidget(dialog)
    assert dialog.widgets["expires_on"].value() is None  # computed, so shown as such
    dialog.widgets["start_date"].edit.setText("2026-10-01")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ui.case_file.detention_orders.get(order.id).expires_on == date(2027, 2, 1)
    ui.ops.undo()
    restored = ui.case_file.detention_orders.get(order.id)
    assert (restored.start_date, restored.expires_on) == (order.start_date, order.expires_on)


def test_delete_asks_first(qtbot, ui, view: CaptiveFileView, monkeypatch, message_boxes) -> None:
    section = view.sections["notes"]
    note = section.current()
    assert note is not None
    answers_yes = QMessageBox.question  # the fixture's box: answers Yes, records the question
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert not section.delete()
    assert ui.case_file.notes.get(note.id)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answers_yes))
    assert section.delete()
    kind, text = message_boxes[-1]
    assert kind == "question" and "cannot be undone" in text
    assert not ui.case_file.notes.list(captive_id=view.captive_id)
    qtbot.waitUntil(lambda: rows(view, "notes") == 0, timeout=WAIT)


def test_new_captive_with_names_in_three_scripts(qtbot, ui) -> None:
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.try_save()  # no name: refused, under the native name
    assert not dialog.errors["native_name"].isHidden()
    dialog.widgets["native_name"].setText("Արամ Պետրոսյան")
    dialog.widgets["latin_name"].setText("Aram Petrosyan")
    dialog.widgets["cyrillic_name"].setText("Арам Петросян")
    dialog.widgets["capture"].edit.setText("2023-09")
    dialog.try_save()
    captive = dialog.result_value
    assert captive is not None and captive.primary_name == "Արամ Պետրոսյան"
    assert {n.script.value for n in captive.names} == {"Armn", "Latn", "Cyrl"}
    ui.ops.undo()
    assert all(c.id != captive.id for c in ui.case_file.captives.list())


def test_status_change_and_its_undo(qtbot, ui, view: CaptiveFileView) -> None:
    captive = view.file.captive
    dialog = dlg.make_status_dialog(ui, captive, view)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("2020-01-01")  # before the capture
    dialog.try_save()
    assert not dialog.errors["effective_on"].isHidden()
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    assert dialog.widgets["level"].value() == Sensitivity.SHAREABLE  # no note: a fact
    dialog.widgets["note"].setPlainText("Released at the border")
    assert dialog.widgets["level"].value() == Sensitivity.INTERNAL  # a note may say anything
    dialog.widgets["level"].set_value(Sensitivity.SHAREABLE)
    dialog.try_save()
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.RELEASED
    newest = ui.case_file.captives.status_history(captive.id)[-1]
    assert newest.sensitivity == Sensitivity.SHAREABLE
    released = label(CaptiveStatus.RELEASED)
    qtbot.waitUntil(lambda: view.header.badge.text() == released, timeout=WAIT)
    ui.ops.undo()
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.PRE_TRIAL


def test_undoing_a_first_status_change_brings_back_no_date(qtbot, ui) -> None:
    """A captive made in the New captive dialog has no status date: undoing their first
    status change gives back no date, not "since today"; redo gives the change's day."""
    captive = ui.case_file.captives.create(names=["Արամ Պետրոսյան"], status="pre_trial")
    assert captive.status_since is None
    dialog = dlg.make_status_dialog(ui, captive)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.ON_TRIAL)
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    dialog.try_save()
    after = ui.case_file.captives.get(captive.id)
    assert (after.status, after.status_since) == (CaptiveStatus.ON_TRIAL, date(2026, 11, 20))
    ui.ops.undo()
    back = ui.case_file.captives.get(captive.id)
    assert (back.status, back.status_since) == (CaptiveStatus.PRE_TRIAL, None)
    ui.ops.redo()
    again = ui.case_file.captives.get(captive.id)
    assert (again.status, again.status_since) == (CaptiveStatus.ON_TRIAL, date(2026, 11, 20))


def test_the_travel_copys_placeholder_is_never_offered_as_a_status(qtbot, ui,
                                                                   view: CaptiveFileView) -> None:
    from caseapp.ui.widgets.fields import EnumCombo

    dialog = dlg.make_status_dialog(ui, view.file.captive, view)
    qtbot.addWidget(dialog)
    combo = dialog.widgets["status"]
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == CaptiveStatus.choices() and CaptiveStatus.WITHHELD not in offered
    # A record of a travel copy whose status it does not hold keeps it as it reads, not
    # turned into the first choice (“Missing”) when the form is saved.
    shown = EnumCombo(CaptiveStatus)
    qtbot.addWidget(shown)
    shown.set_value(CaptiveStatus.WITHHELD)
    assert shown.value() == CaptiveStatus.WITHHELD
    assert shown.currentText() == label(CaptiveStatus.WITHHELD) == "Not shown at this level"


def test_add_a_document_and_save_a_copy(qtbot, ui, view: CaptiveFileView, tmp_path: Path,
                                        monkeypatch) -> None:
    source = tmp_path / "verdict.pdf"
    source.write_bytes(b"%PDF-1.4 demo verdict")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    dialog = dlg.make_document_dialog(ui, source, captive_id=view.captive_id, file=view.file,
                                      parent=view)
    qtbot.addWidget(dialog)
    assert dialog.widgets["title"].text() == "verdict"
    dialog.try_save()
    qtbot.waitUntil(lambda: any(d.sha256 == digest for d in records(view, "documents")),
                    timeout=WAIT)
    view.sections["documents"].select(dialog.result_value.id)
    assert digest in view.sha.text()
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    assert view.save_document_copy() == str(copy)
    qtbot.waitUntil(copy.exists, timeout=WAIT)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest


def drop_files(widget, paths: list[Path]) -> bool:
    """Drags files from a file manager over ``widget`` and drops them there, with the events
    a window system sends (enter, move, drop). Returns whether the widget took the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(widget.rect().center())
    action, buttons, mods = (Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(centre.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDragMoveEvent(centre.toPoint(), action, mime, buttons, mods))
    drop = QDropEvent(centre, action, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_file_dropped_on_the_documents_tab_is_described_then_stored(
        qtbot, view: CaptiveFileView, tmp_path: Path) -> None:
    scan = tmp_path / "Решение суда 2026-11-20.pdf"
    scan.write_bytes(b"%PDF-1.4 a court decision\n")
    before = rows(view, "documents")
    driver = DialogDriver()

    def describe(d: QDialog) -> None:
        assert field(d, "filename").text() == scan.name  # the dialog names the dropped file
        type_into(qtbot, field(d, "source"), "Family, by e-mail")
        save(qtbot, d)
    driver.next("dialog_documents", describe)
    assert drop_files(view.documents_page, [scan])
    driver.check("dialog_documents")
    qtbot.waitUntil(lambda: rows(view, "documents") == before + 1, timeout=WAIT)
    stored = next(d for d in records(view, "documents") if d.filename == scan.name)
    assert stored.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert stored.source == "Family, by e-mail"


def test_a_drag_of_something_that_is_not_a_file_is_refused(view: CaptiveFileView) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(view.documents_page.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(view.documents_page, enter)
    assert not enter.isAccepted()


def test_changes_made_elsewhere_reload_the_page(qtbot, ui, view: CaptiveFileView) -> None:
    before = rows(view, "welfare_contacts")
    ui.case_file.welfare_contacts.create(captive_id=view.captive_id, contact_on="2026-11-26",
                                         kind="icrc_visit", confirmed=True)
    qtbot.waitUntil(lambda: rows(view, "welfare_contacts") == before + 1, timeout=WAIT)
    assert "1</span> day since" in view.silence.text()
    # The ICRC visit of 26 November, the day before TODAY (27 November 2026).
    assert "Last confirmed contact yesterday" in view.header.facts.text()


def test_timeline_tooltips_and_empty_state(qtbot, view: CaptiveFileView) -> None:
    timeline = view.timeline
    view.tabs.setCurrentIndex(1)
    timeline.resize(900, 160)
    timeline.grab()  # painting lays out the areas under the tooltips
    order = max(timeline.orders, key=lambda o: o.start_date)
    assert timeline.minimumHeight() >= 140
    texts = [timeline.tooltip_at(QPointF(x, y))
             for x in range(20, 880, 4) for y in range(40, 80, 4)]
    # The order's bar names its expiry as the window writes dates (not the demo's hearing
    # outcome, whose text is the demo's own)
    from caseapp.ui.formats import long_date
    assert any(f"→ {long_date(order.expires_on)}" in t for t in texts)
    assert any("Today" in t for t in texts)
    timeline.set_data([], [], date(2026, 11, 27))
    assert timeline.grab().width() == 900


def test_the_last_year_under_the_timeline_is_written_whole(qtbot, view: CaptiveFileView,
                                                          monkeypatch) -> None:
    """A January near the right edge: its year is written left of the edge, not cut by it
    (the last year label was cut at the right edge at some widths)."""
    from dataclasses import replace

    from PySide6.QtGui import QFontMetricsF, QPainter

    timeline = view.timeline
    order = replace(timeline.orders[0], start_date=date(2025, 3, 1), expires_on=date(2026, 12, 25))
    timeline.set_data([order], [], date(2026, 12, 20))
    drawn: list[tuple[float, str]] = []
    draw_text = QPainter.drawText

    def record(painter, *args):
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
            drawn.append((args[0].x(), args[1]))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    metrics = QFontMetricsF(timeline._small_font())
    for width in range(640, 1000, 7):
        drawn.clear()
        timeline.resize(width, 160)
        timeline.grab()
        years = [(x, text) for x, text in drawn if text.isdigit() and len(text) == 4]
        assert "2027" in [text for _x, text in years], width
        for x, text in years:
            assert x >= 0 and x + metrics.horizontalAdvance(text) <= width - 2, (width, text, x)


def test_back_button_asks_the_main_window(qtbot, view: CaptiveFileView) -> None:
    with qtbot.waitSignal(view.back_requested, timeout=2000):
        qtbot.mouseClick(view.header.back, Qt.MouseButton.LeftButton)


def _stay(ui, captive_id: int):
    return next(p for p in ui.case_file.detention_places.list(captive_id=captive_id)
                if p.to_date is None)


def test_a_release_offers_to_end_the_open_stay_and_undo_brings_back_both(
        qtbot, ui, view: CaptiveFileView) -> None:
    """Released on 20 November through Change status: the dialog offers, checked, to end the
    open stay that day; saved, the stay has its departure; one Undo puts back the status and
    the open stay, Redo both again."""
    captive = view.file.captive
    stay = _stay(ui, captive.id)
    dialog = dlg.make_status_dialog(ui, captive, view)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox, "end_stay")
    assert box is not None and box.isHidden()  # still in custody: nothing to end
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    assert not box.isHidden() and box.isChecked()
    sentence = dialog.findChild(QLabel, "end_stay_text")
    assert sentence.text() == f"Also end the stay at {stay.facility} on 20 November 2026"
    assert box.accessibleName() == sentence.text() and not sentence.isHidden()
    dialog.widgets["status"].set_value(CaptiveStatus.ON_TRIAL)
    assert box.isHidden()
    dialog.widgets["status"].set_value(CaptiveStatus.DECEASED)
    assert not box.isHidden()
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.try_save()
    assert dialog.result_value is not None
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.RELEASED
    assert ui.case_file.detention_places.get(stay.id).to_date == date(2026, 11, 20)
    assert ui.ops.next_undo().text() == "Change status — Tigran Vardanyan"
    assert ui.ops.undo()
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.PRE_TRIAL
    assert ui.case_file.detention_places.get(stay.id).to_date is None
    assert ui.ops.redo()
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.RELEASED
    assert ui.case_file.detention_places.get(stay.id).to_date == date(2026, 11, 20)


def test_the_stay_is_kept_open_when_the_box_is_cleared(qtbot, ui, view: CaptiveFileView) -> None:
    captive = view.file.captive
    stay = _stay(ui, captive.id)
    dialog = dlg.make_status_dialog(ui, captive, view)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.REPATRIATED)
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    box = dialog.findChild(QCheckBox, "end_stay")
    box.setChecked(False)
    dialog.try_save()
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.REPATRIATED
    assert ui.case_file.detention_places.get(stay.id).to_date is None


def test_a_stay_begun_after_the_release_is_said_to_stay_open(qtbot, ui) -> None:
    cf = ui.case_file
    captive = cf.captives.create(names=["Aram Petrosyan"], capture="2026-01-10",
                                 status="pre_trial", status_since="2026-01-10")
    stay = cf.detention_places.create(captive_id=captive.id, facility="Gobustan Prison",
                                      from_date="2026-11-10")
    dialog = dlg.make_status_dialog(ui, captive)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("2026-11-02")
    line = dialog.findChild(QLabel, "stay_left_open")
    assert dialog.findChild(QCheckBox, "end_stay").isHidden() and not line.isHidden()
    assert line.text() == ("The stay at Gobustan Prison began on 10 November 2026, after "
                           "2 November 2026: it is left open.")
    dialog.try_save()
    assert cf.captives.get(captive.id).status is CaptiveStatus.RELEASED
    assert cf.detention_places.get(stay.id).to_date is None


def test_a_stay_left_open_after_a_release_is_not_now(qtbot, ui, view: CaptiveFileView) -> None:
    """A release recorded with the stay left open (as older case files hold it): the custody
    tab gives the stay the release's day, not "now"; the header says where they were last
    held."""
    captive = view.file.captive
    stay = _stay(ui, captive.id)
    model = view.sections["detention_places"].model
    until = next(c for c in range(model.columnCount())
                 if model.headerData(c, Qt.Orientation.Horizontal) == "Until")

    def shown() -> str:
        row = next(r for r in range(model.rowCount()) if model.records[r].id == stay.id)
        return model.data(model.index(row, until))

    assert shown() == "now"
    ui.ops.write(lambda cf: cf.captives.set_status(captive.id, "released",
                                                   effective_on="2026-11-20"))
    qtbot.waitUntil(lambda: view.file.captive.status is CaptiveStatus.RELEASED, timeout=WAIT)
    assert shown() == "until the release on 20 Nov 2026"
    assert f"Last held at {stay.facility}" in view.header.facts.text()


def test_the_status_offer_bar_ends_the_open_stay_too(qtbot, ui, view: CaptiveFileView) -> None:
    """Accepting an offered release (the bar's Change status) ends the open stay on the
    offered day, as the dialog does, and one Undo puts back both."""
    from caseapp.domain.implied_status import Evidence, EvidenceKind, StatusSuggestion
    from caseapp.domain.stays import stays_at_end
    from caseapp.ui.views import captive_status_offer as offer

    captive = view.file.captive
    stay = _stay(ui, captive.id)
    s = StatusSuggestion(CaptiveStatus.RELEASED, date(2026, 11, 20),
                         Evidence(EvidenceKind.STAY_ENDED, date(2026, 11, 20),
                                  "detention_places", stay.id, stay.facility))
    stays = stays_at_end([(stay.id, stay.facility, stay.from_date, None)], s.since)
    view.status_offer.offer(s, stays.ending)
    assert stay.facility in view.status_offer.change.toolTip()
    offer.accept(ui, captive, s)
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.RELEASED
    assert ui.case_file.detention_places.get(stay.id).to_date == date(2026, 11, 20)
    assert ui.ops.undo()
    assert ui.case_file.captives.get(captive.id).status is CaptiveStatus.PRE_TRIAL
    assert ui.case_file.detention_places.get(stay.id).to_date is None


def test_the_offer_to_end_the_stay_wraps_and_its_sentence_ticks_the_box(qtbot, ui) -> None:
    """A long place's name ran the checkbox's one line past the dialog's edge, the day cut
    off: the sentence now wraps inside the dialog, and a click on it ticks the box."""
    cf = ui.case_file
    captive = cf.captives.create(names=["Aram Petrosyan"], capture="2026-01-10",
                                 status="pre_trial", status_since="2026-01-10")
    cf.detention_places.create(
        captive_id=captive.id, from_date="2026-01-11",
        facility="Investigative Isolator of the State Security Service of the Republic of "
                 "Azerbaijan, Baku, Nizami district")
    dialog = dlg.make_status_dialog(ui, captive)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    dialog.show()
    qtbot.waitExposed(dialog)
    sentence = dialog.findChild(QLabel, "end_stay_text")
    box = dialog.findChild(QCheckBox, "end_stay")
    assert sentence.text().endswith("on 20 November 2026")
    right = sentence.mapTo(dialog, sentence.rect().topRight()).x()
    assert right <= dialog.width() and sentence.height() >= 2 * sentence.fontMetrics().height()
    qtbot.mouseClick(sentence, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    qtbot.mouseClick(sentence, Qt.MouseButton.LeftButton)
    assert box.isChecked()


def test_undoing_a_status_change_leaves_the_status_history_as_it_was(qtbot, ui) -> None:
    """A status change is a fact with a date: undone, it is no fact, and the captive's
    history (the file's status history, the dossier's) is as before it, with no line of the
    change nor of its reversal; the audit trail keeps both writes. Redo records it again,
    once."""
    captive = ui.case_file.captives.create(names=["Արամ Պետրոսյան"], status="pre_trial",
                                           status_since="2026-10-01")

    def history() -> list[tuple[object, object, object]]:
        return [(c.old_status, c.new_status, c.effective_on)
                for c in ui.case_file.captives.status_history(captive.id)]

    before = history()
    dialog = dlg.make_status_dialog(ui, captive)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    dialog.widgets["level"].set_value(Sensitivity.SHAREABLE)
    dialog.try_save()
    released = (CaptiveStatus.PRE_TRIAL, CaptiveStatus.RELEASED, date(2026, 11, 20))
    assert history() == [*before, released]
    recorded = ui.case_file.captives.status_history(captive.id)[-1]

    ui.ops.undo()
    back = ui.case_file.captives.get(captive.id)
    assert (back.status, back.status_since) == (CaptiveStatus.PRE_TRIAL, date(2026, 10, 1))
    assert history() == before
    trail = sorted(ui.case_file.audit.for_captive(captive.id), key=lambda e: e.id)
    assert [(e.old_value, e.new_value) for e in trail if e.field == "status"][-2:] == [
        ("pre_trial", "released"), ("released", "pre_trial")]
    assert [e.action.value for e in trail if e.entity == "status_changes"] == ["delete"]

    ui.ops.redo()
    assert history() == [*before, released]
    again = ui.case_file.captives.status_history(captive.id)[-1]
    assert (again.uid, again.sensitivity, again.recorded_by) == (
        recorded.uid, Sensitivity.SHAREABLE, recorded.recorded_by)
    ui.ops.undo()
    assert history() == before


def test_a_convicted_captives_old_pretrial_order_is_not_marked_red(qtbot, ui,
                                                                    view: CaptiveFileView) -> None:
    """The timeline marked a convicted captive's pre-trial order "Expired 29 Jun 2024" in the
    alert red, though its expiry is not the end of his custody (the header and `captives show`
    leave it out); a pre-trial captive's order near its end stays red."""
    from caseapp.ui.widgets.timeline import ALERT

    cf = ui.case_file
    black = QColor("#000000")
    convicted = cf.captives.create(names=["Arsen Hakobyan"], capture="2024-02-20",
                                   status="pre_trial").id
    cf.detention_orders.create(captive_id=convicted, ordering_court="Nasimi District Court",
                               start_date="2024-02-29", decided_on="2024-02-29", term_months=4)
    cf.captives.set_status(convicted, "convicted", effective_on="2024-12-10")
    view.show_captive(convicted)
    qtbot.waitUntil(lambda: view.file is not None and view.file.captive.id == convicted,
                    timeout=WAIT)
    assert view.timeline.expiry_caption().startswith("Expired")
    assert view.timeline.expiry_colour(black) == black
    held = cf.captives.create(names=["Vahe Sargsyan"], capture="2026-08-01",
                              status="pre_trial").id
    cf.detention_orders.create(captive_id=held, ordering_court="Nasimi District Court",
                               start_date="2026-08-03", decided_on="2026-08-03", term_months=4)
    view.show_captive(held)
    qtbot.waitUntil(lambda: view.file is not None and view.file.captive.id == held, timeout=WAIT)
    assert view.timeline.expiry_colour(black) == ALERT  # expires 3 December: in 6 days
