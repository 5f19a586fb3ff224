"""The hearings view: calendar marks, the agenda with co-defendants, add/edit/delete through
the dialog (with undo), and refused input that changes nothing."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from itertools import pairwise

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from caseapp.ui.models.records import RECORD_ROLE
from caseapp.ui.views import hearing_writes
from caseapp.ui.views.hearing_agenda import DEFENDANTS_COLUMN
from caseapp.ui.views.hearing_dialog import hearing_dialog
from caseapp.ui.views.hearings import HearingsView
from caseapp.ui.widgets.captive_picker import CaptivePicker
from tests.ui.driving import picker_of, shown_ids

JOINT_DAY = date(2026, 11, 13)  # the demo's last joint trial session of six former officials
WAIT = 10000




def settle(qtbot, ui) -> None:
    """Let the view's background loads finish before the test reads the case file itself."""
    qtbot.waitUntil(lambda: ui.runner.active == 0)


@pytest.fixture
def view(qtbot, ui):
    v = HearingsView(ui)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitUntil(lambda: bool(v.calendar.counts) and v.model.rowCount() > 0)
    settle(qtbot, ui)
    return v


def _demo_days(ui, year: int, month: int) -> Counter:
    return Counter(h.starts_at.date() for h in ui.case_file.hearings.list()
                   if (h.starts_at.year, h.starts_at.month) == (year, month))


def _show_joint_day(qtbot, view) -> None:
    view.select_date(JOINT_DAY)
    view.set_mode("day")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1
                    and view.model.record(0).hearing.starts_at.date() == JOINT_DAY)


def pick_by_typing(qtbot, picker: CaptivePicker, text: str, wanted: int) -> None:
    """Type part of a name into the focused search field, wait for ``wanted`` among the
    matches, move to it with Down and take it with Enter."""
    picker.search.setFocus()
    picker.search.clear()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: picker.search.text() == text and wanted in shown_ids(picker),
                    timeout=WAIT)
    for _ in range(shown_ids(picker).index(wanted) - picker.results.currentRow()):
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.currentItem().data(Qt.ItemDataRole.UserRole) == wanted
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_calendar_marks_the_demo_hearing_days(view, ui) -> None:
    expected = _demo_days(ui, 2026, 11)
    assert expected, "the demo has hearings in November 2026"
    for day, n in expected.items():
        assert view.calendar.counts[day] == n
        text_format = view.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
        assert text_format.fontWeight() == QFont.Weight.Bold
    assert not view.calendar.is_marked(date(2026, 11, 12))


def test_next_page_of_the_calendar_is_marked(qtbot, view, ui) -> None:
    january = _demo_days(ui, 2027, 1)
    assert january
    view.calendar.setCurrentPage(2027, 1)
    qtbot.waitUntil(lambda: all(view.calendar.counts.get(d) == n for d, n in january.items()))


def test_day_agenda_of_a_joint_hearing_lists_every_co_defendant(qtbot, view) -> None:
    _show_joint_day(qtbot, view)
    row = view.model.record(0)
    assert len(row.hearing.captive_ids) == 6
    text = view.proxy.index(0, DEFENDANTS_COLUMN).data()
    for person in row.defendants:
        assert person.short in text
    assert "10:30" in view.proxy.index(0, 0).data() and "Baku" in view.proxy.index(0, 0).data()
    assert view.defendants.count() == 6
    assert view.period.text()  # the day is named above the agenda

    item = view.defendants.item(2)
    with qtbot.waitSignal(view.open_captive) as signal:
        view.defendants.itemDoubleClicked.emit(item)
    assert signal.args == [row.hearing.captive_ids[2]]


def test_week_and_month_periods(view) -> None:
    view.select_date(date(2026, 11, 27))
    view.set_mode("week")
    assert view.period_range() == (date(2026, 11, 23), date(2026, 11, 30))
    view.set_mode("month")
    assert view.period_range() == (date(2026, 11, 1), date(2026, 12, 1))


def test_agenda_shows_the_time_in_the_courts_zone(qtbot, ui, view) -> None:
    settle(qtbot, ui)
    ids = [c.id for c in ui.case_file.captives.list()][:1]
    ui.case_file.hearings.create(starts_at="2026-12-10T09:15", timezone="Asia/Yerevan",
                                 court="Court X",
                                 kind="appeal", captive_ids=ids)
    view.select_date(date(2026, 12, 10))
    view.set_mode("day")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1
                    and view.model.record(0).hearing.court == "Court X")
    assert "09:15" in view.proxy.index(0, 0).data() and "Yerevan" in view.proxy.index(0, 0).data()
    assert "Asia/Yerevan" in view.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_adding_a_hearing_through_the_dialog_updates_the_calendar(qtbot, ui, view) -> None:
    day = date(2026, 12, 10)
    view.select_date(day)
    qtbot.waitUntil(lambda: view.calendar.monthShown() == 12
                    and date(2026, 12, 3) in view.calendar.counts)
    assert not view.calendar.is_marked(day)
    settle(qtbot, ui)
    cf = ui.case_file
    # Two co-defendants recorded only in their own script; the lawyer types Latin spellings.
    armenian = cf.captives.create(names=["Շուշանիկ Մելիքսեթյան"], status="pre_trial").id
    russian = cf.captives.create(names=["Тигран Варданян"], status="pre_trial").id
    namesake = cf.captives.create(names=["Տիգրան Մելիքսեթյան"], status="pre_trial").id
    dialog = hearing_dialog(ui, day=day, zone="Asia/Baku", parent=view)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    assert picker.value() == []  # a new hearing from the calendar concerns no one yet
    qtbot.waitUntil(lambda: picker.total is not None, timeout=WAIT)
    assert picker.results.count() <= picker.limit  # never the whole file

    pick_by_typing(qtbot, picker, "Meliksetian Shushanik", armenian)
    assert namesake not in shown_ids(picker)  # same family name, another first name
    assert dialog.isVisible()  # Enter picked the captive; it did not save the dialog
    pick_by_typing(qtbot, picker, "Vardanyan", russian)
    assert picker.value() == [armenian, russian]
    assert any("Մելիքսեթյան" in n for n in picker.chosen_names())
    assert any("Варданян" in n for n in picker.chosen_names())
    dialog.widgets["court"].setText("Baku Court of Appeal")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.result_value
    settle(qtbot, ui)
    assert saved.starts_at == datetime(2026, 12, 10, 6, 0, tzinfo=UTC)  # 10:00 in Baku
    assert set(saved.captive_ids) == {armenian, russian}  # not the namesake
    assert namesake not in saved.captive_ids
    qtbot.waitUntil(lambda: view.calendar.is_marked(day))
    qtbot.waitUntil(lambda: saved.id in {view.model.record(r).id
                                         for r in range(view.model.rowCount())})
    assert ui.undo.count() == 1
    settle(qtbot, ui)
    ui.ops.undo()  # the hearing is removed again
    qtbot.waitUntil(lambda: not view.calendar.is_marked(day))


def test_the_picker_shows_its_matches_and_hint_whole(qtbot, ui, view) -> None:
    settle(qtbot, ui)
    for i in range(60):  # more captives than the picker lists: it asks to type a name
        ui.case_file.captives.create(names=[f"Zhora Arakelyan {i}"], status="pre_trial")
    dialog = hearing_dialog(ui, day=date(2026, 12, 10), parent=view)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: picker.total is not None and picker.total > picker.limit,
                    timeout=WAIT)
    assert "Type part of a name" in picker.hint.text()
    # The hint wraps onto two lines; the dialog grows so that the matches and the hint
    # each show whole, one below the other.
    qtbot.waitUntil(lambda: picker.height() >= picker.heightForWidth(picker.width()),
                    timeout=WAIT)
    assert picker.results.geometry().bottom() < picker.hint.geometry().top()
    assert picker.hint.height() >= picker.hint.heightForWidth(picker.hint.width())


def test_add_hearing_offers_the_selected_hearings_defendants_without_choosing_them(
        qtbot, ui, view, monkeypatch) -> None:
    _show_joint_day(qtbot, view)
    joint = view.current_row().hearing
    settle(qtbot, ui)
    opened: list = []
    monkeypatch.setattr(hearing_writes, "run_dialog", lambda d: opened.append(d))
    qtbot.mouseClick(view.buttons["add"], Qt.MouseButton.LeftButton)
    [dialog] = opened
    qtbot.addWidget(dialog)
    picker = picker_of(dialog)
    assert picker.value() == []  # offered, never chosen for the lawyer
    assert picker.source.suggested == joint.captive_ids
    assert dialog.values()["court"] == ""  # nothing copied from the other hearing
    settle(qtbot, ui)


@pytest.mark.parametrize(("date_text", "pick", "field"), [
    ("2026-12-10", False, "captive_ids"),  # no captive chosen
    ("2026-02-30", True, "starts_at"),  # no such day
    ("", True, "starts_at"),  # no date at all
])
def test_invalid_input_keeps_the_dialog_open_and_changes_nothing(qtbot, ui, view, date_text, pick,
                                                                 field) -> None:
    settle(qtbot, ui)
    before = len(ui.case_file.hearings.list())
    dialog = hearing_dialog(ui, day=date(2026, 12, 10), parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["starts_at"].date.edit.setText(date_text)
    if pick:
        picker_of(dialog).set_value([ui.case_file.captives.list()[0].id])
    dialog.widgets["court"].setText("Typed text is kept")
    dialog.try_save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.errors[field]
    assert not error.isHidden() and error.text()
    assert dialog.widgets["court"].text() == "Typed text is kept"
    assert len(ui.case_file.hearings.list()) == before
    assert ui.undo.count() == 0
    settle(qtbot, ui)


def test_editing_a_hearing_can_be_undone(qtbot, ui, view) -> None:
    _show_joint_day(qtbot, view)
    hearing = view.model.record(0).hearing
    settle(qtbot, ui)
    dialog = hearing_dialog(ui, hearing, parent=view)
    qtbot.addWidget(dialog)
    picker = picker_of(dialog)
    assert picker.value() == list(hearing.captive_ids)  # the six co-defendants, by name
    qtbot.waitUntil(lambda: len(picker.chosen_names()) == 6
                    and not any(n.startswith("Captive ") for n in picker.chosen_names()),
                    timeout=WAIT)
    dialog.widgets["starts_at"].time.setTime(dialog.widgets["starts_at"].time.time().addSecs(3600))
    dialog.widgets["judge"].setText("Judge Other")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, ui)
    changed = ui.case_file.hearings.get(hearing.id)
    assert changed.judge == "Judge Other" and changed.starts_at.hour == 11
    assert changed.captive_ids == hearing.captive_ids
    ui.ops.undo()
    settle(qtbot, ui)
    restored = ui.case_file.hearings.get(hearing.id)
    assert restored.judge == hearing.judge and restored.starts_at == hearing.starts_at
    assert restored.timezone == hearing.timezone


def test_deleting_the_selected_hearing(qtbot, ui, view, message_boxes) -> None:
    _show_joint_day(qtbot, view)
    hearing_id = view.current_row().id
    settle(qtbot, ui)
    view.delete_hearing()
    assert message_boxes and message_boxes[-1][0] == "question"
    qtbot.waitUntil(lambda: not view.calendar.is_marked(JOINT_DAY))
    settle(qtbot, ui)
    assert all(h.id != hearing_id for h in ui.case_file.hearings.list())


def test_models_pass_the_model_tester(qtmodeltester, view) -> None:
    assert view.proxy.index(0, 0).data(RECORD_ROLE) is not None
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_the_period_buttons_never_overlap(lang: str, qtbot, tmp_path, demo_copy) -> None:
    """In the window at 1024×600, Armenian and Russian: Today, Day, Week, Month and the
    period's name each have their whole width (the view scrolls sideways if it must), never
    drawn over one another (a narrow agenda puts the period on the next line)."""
    from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings

    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from caseapp.ui.language import apply_language
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.screenshots import settle
    from caseapp.ui.theme import ensure_fonts

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    ensure_fonts()  # as the app starts: the bundled fonts where the system lacks Armenian
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None, demo_path=tmp_path / "no.db")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.set_case_file(open_case_file(Location(path=demo_copy), actor="tester"))  # as at the start
    settle(window)  # the first view's reads done, as caseapp screenshots waits for them
    window.show_view("hearings")
    view = window.views["hearings"]
    settle(window)
    # Else its parts are squeezed (the splitter passes its sides' new minimum on once the
    # read is shown: waited for, as the window's event loop would run it).
    qtbot.waitUntil(lambda: view.width() >= view.minimumSizeHint().width(), timeout=5000)
    row = [view.findChild(QPushButton, "hearings_today"), *view.mode_buttons.values(), view.period]
    qtbot.waitUntil(lambda: all(w.width() >= w.minimumSizeHint().width() for w in row), timeout=5000)
    placed = [QRect(w.mapTo(view, QPoint(0, 0)), w.size()) for w in row]  # on one line or two
    for (a, left), (b, right) in pairwise(zip(placed, row, strict=True)):
        assert not a.intersects(b), (left.objectName(), right.objectName())
    window.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_the_agenda_never_scrolls_sideways(lang: str, qtbot, tmp_path, demo_copy) -> None:
    """The month's agenda at 1024 px in Armenian and Russian scrolled sideways (the court cut,
    the defendants out of sight). The court is now hidden when the others' words could not
    all be whole (the selected hearing names it); wider, it is back."""
    from tests.ui.test_small_screen_gui import _window_at_1024

    window = _window_at_1024(qtbot, tmp_path, lang)
    assert window.open_path(demo_copy)
    window.show_view("hearings")
    view = window.views["hearings"]
    view.set_mode("month")
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.proxy.rowCount() > 0, timeout=20000)
    qtbot.wait(50)  # laid out (no time asserted)
    table, header = view.agenda, view.agenda.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0, [header.sectionSize(c) for c in range(4)]
    assert header.length() <= table.viewport().width()
    defendants = header.sectionSize(3)
    assert defendants >= 12 * table.fontMetrics().averageCharWidth()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not header.isSectionHidden(2)
                    and header.sectionSize(2) >= table.sizeHintForColumn(2))  # the court whole
    assert header.length() <= table.viewport().width()
    window.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_the_selected_hearing_is_read_whole(lang: str, qtbot, tmp_path, demo_copy) -> None:
    """Below the calendar at 1024×768 the selected hearing's lines were cut (the court half
    under the judge, the notes to their first line): it now scrolls instead. (Tried at
    1024×600, the smallest screen the window is made for.)"""
    from tests.ui.test_small_screen_gui import _window_at_1024

    window = _window_at_1024(qtbot, tmp_path, lang)
    window.resize(1024, 600)
    assert window.open_path(demo_copy)
    window.show_view("hearings")
    view = window.views["hearings"]
    view.set_mode("month")
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.proxy.rowCount() > 0, timeout=20000)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(RECORD_ROLE).hearing.notes)
    view.agenda.selectRow(row)
    qtbot.wait(50)  # laid out (no time asserted)
    for label in (view.detail_title, *view.detail_fields.values()):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    window.set_case_file(None, backup_previous=False)
