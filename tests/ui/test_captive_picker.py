"""The captive picker of the dialogs: type a name in any script, pick with the keyboard,
remove with a click; a file of 100,000 captives opens it without listing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from caseapp.config import Location
from caseapp.demo.synthetic import fill_synthetic
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import HEARING, INTERVENTION
from caseapp.ui.session import CaseFileSession
from tests.conftest import TODAY
from tests.ui.driving import picker_of, shown_ids, type_text

WAIT = 10000


def test_a_latin_spelling_finds_and_picks_an_armenian_name_with_the_keyboard(qtbot, ui) -> None:
    cf = ui.case_file
    owner = cf.captives.create(names=["Davit Hakobyan"], status="pre_trial").id
    # Recorded only in Armenian script; the user types the usual Latin spelling.
    wanted = cf.captives.create(names=["Շուշանիկ Մելիքսեթյան"], status="pre_trial").id
    namesake = cf.captives.create(names=["Շուշանիկ Պետրոսյան"], status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    assert picker.value() == [owner]  # the captive whose file is open
    qtbot.waitUntil(lambda: picker.total is not None, timeout=WAIT)

    picker.search.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, "Meliksetian")
    qtbot.waitUntil(lambda: picker.search.text() == "Meliksetian" and wanted in shown_ids(picker),
                    timeout=WAIT)
    assert namesake not in shown_ids(picker)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.value() == [owner, wanted]
    assert dialog.isVisible()  # Enter picked the captive; it did not save the dialog
    assert any("Մելիքսեթյան" in name for name in picker.chosen_names())
    assert picker.search.selectedText() == "Meliksetian"  # ready for the next name

    # Typing over the selection, in Cyrillic this time, then Down to the second match.
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        type_text(picker.search, "Шушаник")
    qtbot.waitUntil(lambda: set(shown_ids(picker)) == {wanted, namesake}, timeout=WAIT)
    rows = shown_ids(picker)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.currentRow() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.value() == [owner, wanted, rows[1]]

    # The owner taken off with its remove button.
    remove = picker.findChild(QToolButton, f"remove_captive_{owner}")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert picker.value() == [wanted, rows[1]]

    dialog.widgets["starts_at"].date.edit.setText("2027-03-01")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT)
    assert set(dialog.result_value.captive_ids) == {wanted, rows[1]}


def test_editing_a_hearing_shows_its_captives_by_name(qtbot, ui) -> None:
    cf = ui.case_file
    a = cf.captives.create(names=["Արփինե Սահակյան"], status="pre_trial").id
    b = cf.captives.create(names=["Вардан Карапетян"], status="pre_trial").id
    hearing = cf.hearings.create(starts_at="2027-05-04T10:00", timezone="Asia/Baku",
                                 captive_ids=[a, b])
    dialog = dlg.make_edit_dialog(ui, HEARING, hearing)
    qtbot.addWidget(dialog)
    picker = picker_of(dialog)
    assert picker.value() == [a, b]
    qtbot.waitUntil(lambda: any("Սահակյան" in n for n in picker.chosen_names())
                    and any("Карапетян" in n for n in picker.chosen_names()), timeout=WAIT)
    assert dialog.changed_values() == {}


def test_enter_on_a_match_in_the_list_takes_it_and_does_not_save_the_dialog(qtbot, ui) -> None:
    cf = ui.case_file
    owner = cf.captives.create(names=["Նարեկ Ավետիսյան"], status="pre_trial").id
    other = cf.captives.create(names=["Սոս Մանուկյան"], status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, "Manukian")
    qtbot.waitUntil(lambda: other in shown_ids(picker), timeout=WAIT)
    # Tab from the search field into the list, then Enter on the match, as a keyboard user does.
    picker.results.setFocus()
    picker.results.setCurrentRow(shown_ids(picker).index(other))
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.value() == [owner, other]
    assert dialog.isVisible() and dialog.result_value is None  # nothing saved yet


SIZES = [
    pytest.param(2_000, id="2000"),
    pytest.param(100_000, id="100000", marks=pytest.mark.slow),
]


@pytest.fixture(scope="module", params=SIZES)
def big_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    n = request.param
    path: Path = tmp_path_factory.mktemp("big-picker") / "big.db"
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    fill_synthetic(cf.ctx, n, spellings=2)
    yield cf, n
    cf.close()


def test_the_picker_of_a_big_file_lists_only_what_is_searched(qtbot, big_file) -> None:
    cf, n = big_file
    session = CaseFileSession(None, None)
    session.open(cf)
    try:
        dialog = dlg.make_add_dialog(session.ui, INTERVENTION, captive_id=7)
        qtbot.addWidget(dialog)
        picker = picker_of(dialog)
        qtbot.waitUntil(lambda: picker.total == n, timeout=60000)
        # Nothing typed: the captive of the file only, and how many there are to search.
        qtbot.waitUntil(lambda: shown_ids(picker) == [7], timeout=WAIT)
        assert QLocale().toString(n) in picker.hint.text()

        # Synthetic captive number 1232 (counted from 0, the 1233rd) is "… Vardanyan 1232":
        # family 1232 % 8 = 0, the first of the list; its id is 1233.
        with qtbot.waitSignal(picker.searched, timeout=60000):
            qtbot.keyClicks(picker.search, "Vardanyan 1232")
        qtbot.waitUntil(lambda: picker.search.text() == "Vardanyan 1232"
                        and 1233 in shown_ids(picker), timeout=60000)
        assert picker.results.count() <= picker.limit
        picker.results.setCurrentRow(shown_ids(picker).index(1233))
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        assert picker.value() == [7, 1233]

        # A word found in thousands of names: still at most the first 50, and says so.
        picker.search.clear()
        with qtbot.waitSignal(picker.searched, timeout=60000):
            qtbot.keyClicks(picker.search, "Vard")
        qtbot.waitUntil(lambda: picker.search.text() == "Vard" and picker.total
                        and picker.total > picker.limit, timeout=60000)
        assert picker.results.count() == picker.limit
        assert "type more" in picker.hint.text()
    finally:
        session.wait()


def test_a_long_name_chosen_in_the_hearing_dialog_is_shown_whole(qtbot, ui) -> None:
    """A long name in two scripts, chosen above the search field, goes on to as many lines
    as it needs in the dialog's width: none is cut off below its first."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.language import apply_language
    from caseapp.ui.widgets.captive_picker import ChosenCaptive

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    cid = ui.case_file.captives.create(names=["Վահրամ-Արտավազդ Հովհաննեսի Տեր-Մխիթարյան-Սարգսյանց",
                                              "Vahram-Artavazd Hovhannesi Ter-Mkhitaryan-Sargsyants"]).id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: any("Տեր" in n for n in picker.chosen_names()), timeout=WAIT)

    def label():  # the row of the chosen, made again when the name is read
        row = picker.chosen_layout.itemAt(1).widget()
        assert isinstance(row, ChosenCaptive)
        return row.label

    assert label().heightForWidth(label().width()) > label().fontMetrics().lineSpacing()  # wraps
    qtbot.waitUntil(lambda: label().height() >= label().heightForWidth(label().width()), timeout=WAIT)


def test_a_200_letter_name_chosen_takes_three_lines_and_is_whole_in_its_tooltip(qtbot, ui) -> None:
    """A name of 200 letters in two scripts, chosen in the hearing's dialog, took eleven
    lines above the search field at 1024×768 and pushed the outcome and notes down: it takes
    three, the last cut with "…", and is whole in its tooltip and for a screen reader."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.language import apply_language
    from caseapp.ui.widgets.captive_picker import ChosenCaptive

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    armenian = " ".join(["Տեր-Հովհաննիսյան Մելիք-Շահնազարյան Ալեքսանդրի"] * 5)[:200]
    latin = " ".join(["Ter-Hovhannisyan Melik-Shahnazaryan Aleksandri"] * 5)[:200]
    cid = ui.case_file.captives.create(names=[armenian, latin]).id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: any("Տեր" in n for n in picker.chosen_names()), timeout=WAIT)
    row = picker.chosen_layout.itemAt(1).widget()
    assert isinstance(row, ChosenCaptive)
    label = row.label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=WAIT)
    assert label.height() <= 3 * label.fontMetrics().lineSpacing() + 4
    assert armenian in picker.chosen_names()[0]  # the whole name, as read out
    assert armenian in label.toolTip() and latin in label.toolTip()


def _one_captive_picker(qtbot, ui):
    from PySide6.QtWidgets import QWidget

    from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource

    holder = QWidget()
    qtbot.addWidget(holder)
    picker = CaptivePicker(CaptiveSource(ui), holder, multi=False, optional=False)
    holder.show()
    qtbot.waitUntil(lambda: picker.results.count() >= 2, timeout=WAIT)
    return picker, holder  # (the holder kept alive by the caller)


def _row_centre(picker, row: int):
    return picker.results.visualItemRect(picker.results.item(row)).center()


def test_where_one_captive_is_picked_a_click_on_a_match_takes_it(qtbot, ui) -> None:
    # The first match stands highlighted (Enter takes it); a click on another match must
    # choose that one, not leave "No captive chosen" above a highlighted name.
    picker, _holder = _one_captive_picker(qtbot, ui)
    assert picker.value() is None and picker.none_label.isVisible()
    wanted = shown_ids(picker)[1]
    with qtbot.waitSignal(picker.changed, timeout=WAIT):
        qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton,
                         pos=_row_centre(picker, 1))
    assert picker.value() == wanted
    assert not picker.none_label.isVisible()
    assert not picker.results.isVisible()  # chosen: the matches give way to the name


def test_where_one_captive_is_picked_a_double_click_takes_the_match_once(qtbot, ui) -> None:
    picker, _holder = _one_captive_picker(qtbot, ui)
    wanted = shown_ids(picker)[1]
    changes = []
    picker.changed.connect(lambda: changes.append(picker.value()))
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=_row_centre(picker, 1))
    qtbot.mouseDClick(picker.results.viewport(), Qt.MouseButton.LeftButton,
                      pos=_row_centre(picker, 1))
    assert picker.value() == wanted
    qtbot.wait(2 * picker._click.interval() + 50)  # a pending single click must not take it again
    assert changes == [wanted]


def test_the_matches_read_in_the_alphabetical_order_of_the_language(qtbot, ui, qapp) -> None:
    """The picker listed its captives by their Latin names while showing each in the
    interface's script: in Armenian Էմիլ (Emil) before Գեղամ (Gegham), Երվանդ (Yervand) last."""
    from caseapp.ui.language import apply_language

    cf = ui.case_file
    owner = cf.captives.create(names=["Aram Test"], status="held").id
    for name in ("Էմիլ Ավագյան", "Գեղամ Ավագյան", "Երվանդ Ավագյան"):
        cf.captives.create(names=[name], status="held")
    apply_language(qapp, "hy")  # put back after the test (tests/conftest)
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: picker.total is not None, timeout=WAIT)
    texts = [picker.results.item(i).text() for i in range(picker.results.count())]
    mine = [t for t in texts if t.endswith("Ավագյան — " + t.split(" — ")[-1])]
    assert mine == ["Գեղամ Ավագյան — Gegham Avagyan", "Երվանդ Ավագյան — Yervand Avagyan",
                    "Էմիլ Ավագյան — Emil Avagyan"], texts


@pytest.mark.parametrize("typed", ["(((", "-", "«»"])
def test_text_with_no_letter_finds_no_one_and_enter_takes_no_one(qtbot, ui, typed: str) -> None:
    """Text with no letter nor digit was searched as an empty field: a small file listed every
    captive as its matches, and Enter took the first of them, a captive nobody asked for."""
    cf = ui.case_file
    owner = cf.captives.list()[0].id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: picker.total is not None, timeout=WAIT)
    picker.search.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, typed)
    qtbot.waitUntil(lambda: picker.search.text() == typed and picker.total == 0, timeout=WAIT)
    assert shown_ids(picker) == []
    assert picker.hint.text() == f"No captive's name matches “{typed}”."
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.value() == [owner] and dialog.isVisible()


def test_a_name_holding_a_placeholder_is_listed_as_typed(qapp) -> None:
    """A picker's line is the name as recorded: a "%2" in it (a name typed with a stray
    code) is not replaced by the year of birth."""
    from caseapp.services.search import CaptiveMatch
    from caseapp.ui.widgets.captive_picker_parts import match_label

    m = CaptiveMatch(1, "Karen %2 Sahakyan", "Karen %2 Sahakyan", ("Karen %2 Sahakyan",), 1985)
    assert match_label(m) == "Karen %2 Sahakyan (born 1985)"
