"""Merging two captives in the window: two rows selected by clicks (Ctrl+click for the
second), Captive → Merge Captives…, the value kept chosen field by field, what moves said,
one Ctrl+Z to put them back apart, a refusal shown with its reason in the dialog; and
Captive → Likely Duplicates…, whose pair of one person under two spellings is merged with
Merge…."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWidget

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.errors import NotFound
from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog
from caseapp.ui.main_window import MainWindow
from tests.ui.driving import WAIT, click, press


def _pair(cf) -> tuple[int, int]:
    keep = cf.captives.create(names=["Շավարշ Ղուկասյան", "Shavarsh Ghukasyan"], capture="2024-05")
    other = cf.captives.create(names=["Кукасян Шаварш Арменович"], birth="1987-11-02",
                               capture="2024-05-03", birth_place="Կապան")
    cf.welfare_contacts.create(captive_id=other.id, contact_on="2024-06-01", kind="icrc_visit")
    cf.notes.create(captive_id=other.id, title="Звонок", body="Звонила сестра.")
    cf.notes.create(captive_id=other.id, title="Письмо", body="Письмо в МККК.")
    return keep.id, other.id


def _select_two(qtbot, window: MainWindow, first: int, second: int) -> None:
    window.show_view("captives")
    view = window.captives_view()
    qtbot.waitUntil(lambda: view.model.row_of(first) >= 0 and view.model.row_of(second) >= 0,
                    timeout=WAIT)
    table = view.table
    for captive_id, modifier in ((first, Qt.KeyboardModifier.NoModifier),
                                 (second, Qt.KeyboardModifier.ControlModifier)):
        shown = next(c for c in range(1, view.model.columnCount()) if not table.isColumnHidden(c))
        index = view.model.index(view.model.row_of(captive_id), shown)
        table.scrollTo(index)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         table.visualRect(index).center())
    assert sorted(view.selected_captive_ids()) == sorted([first, second])


def _open_merge(qtbot, window: MainWindow):
    window.actions_by_id["merge_captives"].trigger()  # (no shortcut: Captive → Merge Captives…)
    qtbot.waitUntil(lambda: getattr(window, "merge_dialog", None) is not None
                    and window.merge_dialog.isVisible(), timeout=WAIT)
    return window.merge_dialog


def test_two_selected_captives_merge_with_the_fields_chosen(qtbot, blank_window: MainWindow,
                                                            demo_copy: Path, message_boxes) -> None:
    assert blank_window.open_path(demo_copy)
    cf = blank_window.case_file
    keep, other = _pair(cf)
    blank_window.open_captive(other)  # looked at first: in the Back/Forward history
    assert any(p.captive_id == other for p in blank_window.history.places)
    _select_two(qtbot, blank_window, keep, other)
    dialog = _open_merge(qtbot, blank_window)
    assert (dialog.keep_id, dialog.other_id) == (keep, other)  # the older record kept
    # Side by side: the kept one's month of capture against the other's day.
    # (as the English interface writes a month and a day, never as ISO text)
    assert dialog.findChild(QRadioButton, "merge_keep_capture").text() == "May 2024"
    assert dialog.findChild(QRadioButton, "merge_other_capture").text() == "3 May 2024"
    assert dialog.findChild(QRadioButton, "merge_keep_capture").isChecked()
    # the birth and its place, which the kept one lacks: the other's chosen at first
    assert dialog.findChild(QRadioButton, "merge_other_birth_place").isChecked()
    assert dialog.findChild(QRadioButton, "merge_other_birth").isChecked()
    said = dialog.findChild(QLabel, "merge_warning").text()
    assert "no fact recorded on either is lost" in said
    assert "the one not chosen is kept in a note" in said  # the month or day of capture
    moves = dialog.findChild(QLabel, "merge_moves").text()
    # (the tests run without the English catalogue, which turns "(s)" into the plural)
    assert "1 name(s)" in moves and "2 note(s)" in moves
    assert "1 welfare contact(s)" in moves
    assert "status change" not in moves  # both were recorded "missing": kept once, not moved
    assert "Edit → Undo brings both back" in dialog.findChild(QLabel, "merge_warning").text()

    click(qtbot, dialog, "merge_other_capture")
    click(qtbot, dialog, "merge_keep_birth_place")  # left empty on purpose
    assert sorted(dialog.taken()) == ["birth", "capture"]
    asked = len(message_boxes)
    click(qtbot, dialog, "merge_do")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert len(message_boxes) == asked  # undoable: nothing to confirm

    kept = cf.captive_file(keep)
    assert kept.captive.capture == PartialDate(date(2024, 5, 3))
    assert kept.captive.birth == PartialDate(date(1987, 11, 2))
    assert kept.captive.birth_place == ""  # the kept one's (empty) place chosen: it stays
    assert sorted(n.title for n in kept.notes) == ["Звонок", "Письмо"]
    assert [n.full_name for n in kept.captive.names][-1] == "Кукасян Шаварш Арменович"
    with pytest.raises(NotFound):
        cf.captives.get(other)
    view = blank_window.captives_view()
    qtbot.waitUntil(lambda: view.model.row_of(other) < 0, timeout=WAIT)
    assert all(p.captive_id != other for p in blank_window.history.places)

    # One Ctrl+Z: both captives back as they were, each with their own records.
    press(qtbot, blank_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.row_of(other) >= 0, timeout=WAIT)
    back = cf.captive_file(other)
    assert [n.full_name for n in back.captive.names] == ["Кукасян Шаварш Арменович"]
    assert back.captive.birth == PartialDate(date(1987, 11, 2))
    assert back.captive.birth_place == "Կապան"
    assert sorted(n.title for n in back.notes) == ["Звонок", "Письмо"]
    assert [w.contact_on for w in back.welfare_contacts] == [date(2024, 6, 1)]
    kept = cf.captive_file(keep)
    assert kept.captive.capture == PartialDate(date(2024, 5, 1), DatePrecision.MONTH)
    assert kept.captive.birth is None and kept.notes == ()
    assert [n.full_name for n in kept.captive.names] == ["Շավարշ Ղուկասյան", "Shavarsh Ghukasyan"]


def test_a_refused_merge_says_why_and_changes_nothing(qtbot, blank_window: MainWindow,
                                                      demo_copy: Path, message_boxes) -> None:
    assert blank_window.open_path(demo_copy)
    cf = blank_window.case_file
    keep, other = _pair(cf)
    cf.captives.update(keep, capture="2024-07-01")  # after the other's visit of 1 June 2024
    _select_two(qtbot, blank_window, other, keep)
    dialog = _open_merge(qtbot, blank_window)
    assert (dialog.keep_id, dialog.other_id) == (keep, other)
    click(qtbot, dialog, "merge_do")
    error = dialog.findChild(QLabel, "merge_error")
    qtbot.waitUntil(error.isVisible, timeout=WAIT)
    assert "Nothing was merged" in error.text() and "welfare contact" in error.text()
    assert dialog.isVisible()
    assert len(cf.captive_file(other).welfare_contacts) == 1
    assert len(cf.captives.get(keep).names) == 2

    # Swapped round, the later record is kept: its own visit fits its capture.
    click(qtbot, dialog, "merge_swap")
    assert (dialog.keep_id, dialog.other_id) == (other, keep)
    click(qtbot, dialog, "merge_do")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert [n.full_name for n in cf.captives.get(other).names] == [
        "Кукасян Шаварш Арменович", "Շավարշ Ղուկասյան", "Shavarsh Ghukasyan"]


def test_merge_asks_for_two_selected_captives(qtbot, blank_window: MainWindow, demo_copy: Path,
                                              message_boxes) -> None:
    assert blank_window.open_path(demo_copy)
    blank_window.show_view("captives")
    blank_window.actions_by_id["merge_captives"].trigger()
    assert message_boxes and "exactly two captives" in message_boxes[-1][1]
    assert getattr(blank_window, "merge_dialog", None) is None


def test_likely_duplicates_lists_the_russian_spelling_first_and_merges_it(qtbot, ui,
                                                                          message_boxes) -> None:
    cf = ui.case_file
    aram = next(c for c in cf.captives.list() if c.primary_name == "Արամ Հովհաննիսյան")
    # The same man as a Russian list writes him: Հ as Г, the second հ and the v dropped.
    russian = cf.captives.create(names=["Оганесян Арам"])
    dialog = LikelyDuplicatesDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.pairs[0]
    assert (first.first_id, first.second_id) == (aram.id, russian.id)
    # in English, by its Latin name, as the home view and the merge dialog name it
    assert "Aram Oganesyan" in dialog.table.item(0, 1).text()

    qtbot.mouseClick(dialog.findChild(QPushButton, "duplicates_merge_0"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merge_dialog is not None and dialog.merge_dialog.isVisible(),
                    timeout=WAIT)
    merge = dialog.merge_dialog
    assert (merge.keep_id, merge.other_id) == (aram.id, russian.id)
    click(qtbot, merge, "merge_do")
    qtbot.waitUntil(lambda: all(p.second_id != russian.id for p in dialog.pairs), timeout=WAIT)
    assert "Оганесян Арам" in [n.full_name for n in cf.captives.get(aram.id).names]
    with pytest.raises(NotFound):
        cf.captives.get(russian.id)
    dialog.close()


def test_a_long_name_leaves_both_columns_in_sight_and_names_read_as_in_the_lists(qtbot, ui) -> None:
    """Under Russian the pair is named as every list names them, by their Cyrillic spelling
    (their Armenian one is the primary name); a long name goes on to a second line above its
    column instead of pushing the other captive's values out of the dialog."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    cf = ui.case_file
    keep = cf.captives.create(names=["Վահրամ-Արտավազդ Հովհաննեսի Տեր-Մխիթարյան-Սարգսյանց",
                                     "Вахрам-Артавазд Константинопольевич Тер-Мхитарян-Саркисянц"],
                              capture="2024-05").id
    other = cf.captives.create(names=["Վահրամ Տեր-Մխիթարյան", "Вахрам Тер-Мхитарян"],
                               capture="2024-05-03").id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Вахрам-Артавазд Константинопольевич" in dialog.heading.text()
    assert "Տեր" not in dialog.heading.text() + dialog.moves.text() + dialog.warning.text()
    viewport = dialog.scroll_area.viewport()
    qtbot.waitUntil(lambda: dialog.scroll_area.widget().width() <= viewport.width())
    theirs = dialog.findChild(QRadioButton, "merge_other_capture")
    assert theirs.mapTo(viewport, theirs.rect().bottomRight()).x() <= viewport.width()


def test_a_long_value_is_cut_beside_its_button_and_whole_in_its_tooltip(qtbot, ui) -> None:
    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog

    cf = ui.case_file
    long = ("Taken off an evacuation bus during the mass departure of September–October 2023; "
            "the family saw the arrest from the next bus and told the ICRC the same day.")
    keep = cf.captives.create(names=["Армен Оринакян"], capture_circumstances="At home.").id
    other = cf.captives.create(names=["Армен Оринакян"], capture_circumstances=long).id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    viewport = dialog.scroll_area.viewport()
    qtbot.waitUntil(lambda: dialog.scroll_area.widget().width() <= viewport.width())
    theirs = dialog.findChild(QRadioButton, "merge_other_capture_circumstances")
    assert theirs.mapTo(viewport, theirs.rect().bottomRight()).x() <= viewport.width()
    assert theirs.text().endswith("…") and theirs.toolTip() == long
    assert dialog.findChild(QRadioButton, "merge_keep_capture_circumstances").toolTip() == ""


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_fields_are_named_as_caseapp_merge_names_them(qtbot, ui, lang: str) -> None:
    """The window names each field by the case file's labels, the ones ``caseapp merge
    --dry-run`` prints (it had its own copies, which differed: «Кем пленён» against «Пленивший
    орган», «Доверенность» against «Доверенность имеется»)."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.domain.messages import text_of
    from caseapp.services.captive_merge import differences, field_name
    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    cf = ui.case_file
    keep = cf.captives.create(names=["Армен Оринакян"], capturing_authority="State Border Service",
                              consent_power_of_attorney=True, sensitivity="internal").id
    other = cf.captives.create(names=["Армен Оринакян"], capturing_authority="Police",
                               birth="1980-01-02").id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    fields = [d.field for d in differences(cf, keep, other)]
    assert {"capturing_authority", "consent_power_of_attorney", "birth", "sensitivity"} <= set(fields)
    for field in fields:
        assert text_of(field_name(field), lang) in shown, field
    expected = {"ru": ("Пленивший орган", "Доверенность имеется", "Дата рождения"),
                "hy": ("Գերեվարած մարմին", "Լիազորագիրը առկա է", "Ծննդյան ամսաթիվ")}
    assert set(expected[lang]) <= shown


def test_what_moves_is_listed_as_armenian_lists(qtbot, ui) -> None:
    """What moves to the kept record is a list of counts: in Armenian its items stand apart
    by the mijaket (․), as the glossary and ``list_separator`` have it, not by the Latin ";"
    («4 անուն․ 2 փոփոխություն․ …», it read «4 անուն; 2 փոփոխություն; …»)."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    keep, other = _pair(ui.case_file)
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    moves = dialog.moves.text()
    assert moves.count("․ ") >= 2, moves  # a name, a contact and the notes move
    assert ";" not in moves


LONG_NAME = " ".join(["Տեր-Հովհաննիսյան Մելիք-Շահնազարյան Ալեքսանդրի"] * 5)[:200]


def test_a_200_letter_pair_leaves_the_likely_duplicates_merge_in_sight(qtbot, ui) -> None:
    """The pair's name column took the name's whole width: Score, Why and the pair's
    Merge… ran out of the dialog behind a sideways scroll bar. The names go on more lines in
    a column of their own width, Merge… in sight."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    cf = ui.case_file
    for _ in range(2):
        cf.captives.create(names=[LONG_NAME])
    dialog = LikelyDuplicatesDialog(ui)
    qtbot.addWidget(dialog)
    dialog.resize(820, 420)
    dialog.show()
    row = next(r for r, p in enumerate(dialog.pairs) if LONG_NAME in p.first_name)
    table = dialog.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=WAIT)
    merge = dialog.findChild(QPushButton, f"duplicates_merge_{row}")
    viewport = table.viewport()
    assert merge.mapTo(viewport, merge.rect().bottomRight()).x() <= viewport.width()
    assert table.visualRect(table.model().index(row, 3)).right() <= viewport.width()  # Why


def test_a_200_letter_name_above_its_column_takes_three_lines(qtbot, ui) -> None:
    """The kept captive's name above its column took ten lines, and the values under it
    were left a strip with a scroll bar; it takes three, the whole name in its tooltip."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    cf = ui.case_file
    keep = cf.captives.create(names=[LONG_NAME], capture="2024-05").id
    other = cf.captives.create(names=["Արամ Պետրոսյան"], capture="2024-05-03").id
    dialog = MergeCaptivesDialog(ui, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    heading = dialog.findChild(QWidget, "merge_column_1")
    qtbot.waitUntil(lambda: heading.height() > 0, timeout=WAIT)
    assert heading.height() <= 3 * heading.fontMetrics().lineSpacing() + 4
    assert LONG_NAME in heading.toolTip()
