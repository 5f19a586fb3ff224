"""Date fields read the day as the app itself shows it (30.06.1985 in Armenian and Russian)
as well as ISO, show a recorded day that way for editing, and say in one line, in full, what
is wrong with a day they cannot read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER
from caseapp.ui.language import apply_language
from caseapp.ui.widgets.fields import DateField

WAIT = 10000


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_day_is_typed_and_shown_as_the_app_shows_it(lang: str, qtbot) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    exact, partial = DateField(), DateField(partial=True)
    qtbot.addWidget(exact)
    qtbot.addWidget(partial)
    for typed, read in (("30.06.1985", "1985-06-30"), ("1985-06-30", "1985-06-30"),
                        ("1.2.2020", "2020-02-01")):
        exact.edit.setText(typed)
        assert exact.value() == read and exact.problem() is None
    for typed, read in (("06.1985", "1985-06"), ("1985", "1985"), ("~30.06.1985", "~1985-06-30"),
                        ("1985-06", "1985-06")):
        partial.edit.setText(typed)
        assert partial.value() == read and partial.problem() is None
    exact.set_value(date(2026, 12, 1))
    assert exact.edit.text() == "01.12.2026"
    assert "30.06.1985" in exact.edit.placeholderText()
    exact.edit.setText("31.02.2020")
    assert "31.02.2020" in (exact.problem() or "") and "YYYY" not in (exact.problem() or "")
    exact.set_value("2026-11-31")  # no such day: shown as given, and said
    assert exact.edit.text() == "2026-11-31" and "2026-11-31" in (exact.problem() or "")


def test_an_order_is_edited_in_the_displayed_form_and_a_bad_day_is_said_in_full(qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), "ru")
    cf = ui.case_file
    cid = cf.captives.create(names=["Арам Саргсян"], capture="2023-09-20", status="held").id
    order = cf.detention_orders.create(captive_id=cid, start_date="2026-09-01", expires_on="2026-11-01")
    dialog = dlg.make_edit_dialog(ui, DETENTION_ORDER, order)
    qtbot.addWidget(dialog)
    dialog.show()
    start = dialog.widgets["start_date"]
    assert start.edit.text() == "01.09.2026"  # prefilled as the computed expiry is shown
    assert dialog.widgets["expires_on"].edit.text() == "01.11.2026"
    assert dialog.changed_values() == {}  # shown differently, read back the same

    start.edit.setText("32.09.2026")
    dialog.try_save()
    error = dialog.errors["start_date"]
    assert dialog.isVisible() and error.isVisible() and "32.09.2026" in error.text()
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()), timeout=WAIT)
    assert error.geometry().bottom() < dialog.height()

    qtbot.keyClicks(start.edit, "x")  # the user edits the day: the message about it goes
    assert not error.isVisible()
    start.edit.setText("15.09.2026")
    dialog.try_save()
    assert not dialog.isVisible()
    assert cf.detention_orders.get(order.id).start_date == date(2026, 9, 15)


def test_escape_asks_before_throwing_away_what_was_typed(qtbot, ui, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    untouched = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []  # nothing typed: nothing to ask

    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.widgets["birth_place"], "Goris")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # "No": kept, with what was typed
    assert dialog.widgets["birth_place"].text() == "Goris"
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()


def test_a_date_field_is_one_tab_stop_and_its_calendar_is_picked_from_with_enter(qtbot) -> None:
    """Keyboard only: Tab from a date field went to its calendar button, and the date then
    typed was lost; the calendar opened from that button, a day chosen with the arrows and
    Enter was not taken. Now Tab goes from field to field, Alt+Down or F4 opens the
    calendar, and Enter on a day puts it in the field."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    first, second = DateField(form), DateField(form)
    column = QVBoxLayout(form)
    column.addWidget(first)
    column.addWidget(second)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    first.edit.setFocus()
    qtbot.waitUntil(lambda: first.edit.hasFocus())
    qtbot.keyClick(first.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second.edit
    qtbot.keyClicks(QApplication.focusWidget(), "1985-06-30")
    assert second.value() == "1985-06-30"

    first.edit.setFocus()
    qtbot.waitUntil(lambda: first.edit.hasFocus())
    qtbot.keyClick(first.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: first.calendar.isVisible())
    first.calendar.setSelectedDate(QDate(2026, 11, 20))
    days = first.calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert first.value() == "2026-11-21" and not first.calendar.isVisible()


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_a_partial_date_field_says_how_to_write_a_day_known_only_roughly(lang: str,
                                                                         qtbot) -> None:
    """A capture "around 15 November 2020": the field reads "~15.11.2020", and its tooltip is
    where the lawyer learns it (the placeholder shows a day, a month and a year only). A
    field of exact days says nothing of "~"."""
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    exact, partial = DateField(), DateField(partial=True)
    qtbot.addWidget(exact)
    qtbot.addWidget(partial)
    sample = "~30 Jun 1985" if lang == "en" else "~30.06.1985"
    assert sample in partial.edit.toolTip()
    assert "~" not in exact.edit.toolTip() + exact.edit.placeholderText()
    partial.edit.setText("~15.11.2020" if lang != "en" else "~15 Nov 2020")
    assert partial.value() == "~2020-11-15" and partial.problem() is None


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_a_rough_month_or_year_is_said_how_to_write(lang: str, qtbot) -> None:
    """"~10.2020" ("around October 2020"): only a day takes "~" (a month is already as rough
    as it says), so the field says to write the month itself, naming what was typed, rather
    than "is not a date" with a list of forms, and nothing is stored with another meaning."""
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    partial = DateField(partial=True)
    qtbot.addWidget(partial)
    for typed, plain in (("~10.2020", "10.2020"), ("~ 2020-10", "2020-10"), ("~1990", "1990")):
        partial.edit.setText(typed)
        problem = partial.problem() or ""
        assert typed in problem and problem.rstrip(".։").endswith(plain), problem
        assert "~" in problem.replace(typed, "")  # it says what "~" is for
    partial.edit.setText("~31.02.2020")  # no such day: the forms, as before
    assert "31.02.2020" in (partial.problem() or "") and "only" not in (partial.problem() or "")


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_day_written_00_is_read_as_the_month_never_as_a_day(lang: str, qtbot) -> None:
    """"00.02.1990", as Soviet-era records write a day not known: where a month may be given,
    February 1990 (of "00.00.1990" the year); where a day is needed, said to be no day."""
    apply_language(QCoreApplication.instance(), lang)
    exact, partial = DateField(), DateField(partial=True)
    qtbot.addWidget(exact)
    qtbot.addWidget(partial)
    for typed, read in (("00.02.1990", "1990-02"), ("0.2.1990", "1990-02"),
                        ("00.00.1990", "1990")):
        partial.edit.setText(typed)
        assert partial.value() == read and partial.problem() is None, typed
    exact.edit.setText("00.02.1990")
    assert "00.02.1990" in (exact.problem() or "")


def test_a_short_message_after_a_long_one_stands_under_its_field_without_a_blank_band(
        qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), "ru")
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["native_name"].setText("Арам Саргсян")
    opened = dialog.height()
    dialog.widgets["birth"].edit.setText("31.02.1990")  # "not a date": three lines
    dialog.try_save()
    long_error = dialog.errors["birth"]
    assert long_error.isVisible()
    grown = dialog.height()
    assert grown > opened

    dialog.widgets["birth"].edit.setText("1990")
    dialog.widgets["capture"].edit.setText("12.12.2099")  # "in the future": one line
    dialog.try_save()
    short_error = dialog.errors["capture"]
    assert short_error.isVisible() and not long_error.isVisible()
    assert "2099" in short_error.text()
    assert dialog.height() < grown  # gave back the long message's lines
    field = dialog.widgets["capture"]
    # the message right under its field, not centred in a band left by the long one
    line = short_error.fontMetrics().lineSpacing()
    gap = short_error.mapTo(dialog, short_error.rect().topLeft()).y() \
        - field.mapTo(dialog, field.rect().bottomLeft()).y()
    assert gap < line
    assert short_error.height() < 2 * line + 6
