"""The dialogs walked at 1024×768 in Armenian and Russian (the window's own: the captive's
file and the views are in test_small_screen_gui.py): what they say is whole and true."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from caseapp.ui.language import apply_language


@pytest.mark.parametrize(("system", "named"), [("C", "English"), ("de_DE", "English"),
                                               ("hy_AM", "Հայերեն"), ("ru_RU", "Русский")])
def test_the_system_choice_names_the_language_it_gives(system: str, named: str, qtbot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Language…: with no language set on the desktop (C, as on many servers and
    remote desktops) the first choice read "Системный ()", empty brackets; on a German
    desktop "System (Deutsch)", a language CaseApp does not have. It names the language the
    window would be in: English for both."""
    from caseapp.ui.language import LanguageDialog

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    dialog = LanguageDialog("")
    qtbot.addWidget(dialog)
    assert dialog.combo.itemText(0) == f"Системный ({named})"
    assert dialog.choice() == ""


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_import_preview_shows_every_column_title_whole(lang: str, qtbot, ui, tmp_path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Import Spreadsheet, step 3 at 1024 pixels: the columns were cut to 150 pixels and
    their titles with them ("Ձերբակալման ամսաթի", "Կարգավիճա", "…и вероятные дубл"). A long
    title is now on two lines and no column is narrower than its title, the table within
    the dialog's width."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QPushButton

    from caseapp.ui.dialogs.sheet_import import SheetImportDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 738))
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    sheet = tmp_path / "список.csv"
    sheet.write_text("ФИО,Дата рождения,Дата пленения\nАрмен Мартиросян,1972-06-30,2023-10-04\n"
                     "Гагик Петросян,1980-05-01,2023-09-20\nДавид Саргсян,31.02.1990,вчера\n",
                     encoding="utf-8")
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(2):
        dialog.findChild(QPushButton, "sheet_next").click()
    assert dialog.steps.currentIndex() == 2
    qtbot.wait(50)  # laid out (no time asserted)
    header = dialog.rows.horizontalHeader()
    cut = [(header.model().headerData(c, Qt.Orientation.Horizontal), header.sectionSize(c))
           for c in range(header.count()) if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert cut == []
    assert dialog.rows.horizontalScrollBar().maximum() == 0


def test_the_travel_copy_names_captives_in_the_interface_script_and_says_who_is_left_out(
        qtbot, ui) -> None:
    """File → Travel Copy… in Russian listed the captives in Armenian letters ("Արմեն
    Մարտիրոսյան"), where every other list reads "Армен Мартиросян — Armen Martirosyan"; and
    with 13 of the 25 offered at "Public" (none in a file of internal records) it did not
    say why the others were missing."""
    from caseapp.ui.dialogs.travel import TravelCopyDialog
    from caseapp.ui.travel_actions import travel_choices

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    choices = travel_choices(ui.case_file)
    dialog = TravelCopyDialog(choices)
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData("shareable"))
    names = [dialog.captives.item(i).text() for i in range(dialog.captives.count())]
    assert "Армен Мартиросян — Armen Martirosyan" in names
    assert dialog.offered.text() == f"Пленные этого уровня и ниже: {len(names)} из {len(choices)}."
    dialog.level.setCurrentIndex(dialog.level.findData("public"))
    public = dialog.captives.count()
    assert 0 < public < len(names)
    assert dialog.offered.text() == (f"Пленные этого уровня и ниже, давшие согласие на огласку: "
                                     f"{public} из {len(choices)}.")


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_second_factor_question_wraps_within_a_small_screen(lang: str, qtbot) -> None:
    """Signing in to a team server with a second factor: the question was on one line, the
    dialog 1000 pixels wide in Armenian, its end past a 1024-pixel screen's edge with a long
    login. Its sentence now wraps, whole, in a dialog some 480 pixels wide."""
    from PySide6.QtWidgets import QLabel

    from caseapp.ui.team_connect import second_factor_dialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    login = "armen.hovhannisyan.advocate@yerevan-bar.example"
    dialog = second_factor_dialog(None, login)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    question = next(label for label in dialog.findChildren(QLabel) if login in label.text())
    assert dialog.width() <= 600
    assert question.height() >= question.heightForWidth(question.width())  # every line shown
    assert question.geometry().right() <= dialog.width()


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_statutory_maximum_reads_not_set_whole(lang: str, qtbot, ui) -> None:
    """Deadline settings in Armenian: the long captions left the statutory maximum's box
    too narrow for its "not set" ("սահմանված չ…" cut). The box is now as wide as that
    word needs."""
    from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = DeadlineSettingsDialog(ui)
    qtbot.addWidget(dialog)
    dialog.maximum.setValue(0)
    dialog.show()
    qtbot.waitUntil(dialog.maximum.isVisible)
    edit = dialog.maximum.lineEdit()
    text = dialog.maximum.specialValueText()
    assert edit.text() == text and text != "not set"
    # a line edit draws its text 2 px in from each side, its cursor after it
    room = edit.contentsRect().width() - 2 * 2 - 1
    assert room >= edit.fontMetrics().horizontalAdvance(text), (room, text)
    assert dialog.width() <= 1024


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_export_file_box_shows_its_example_whole(lang: str, qtbot, ui) -> None:
    """Export Captives List: beside the long caption of the level the file's box was too
    narrow for its example ("captives.xlsx или captives.…"); it is now whole."""
    from caseapp.ui.dialogs.sheet_export import ExportSheetDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = ExportSheetDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.path.isVisible)
    box = dialog.path
    room = box.contentsRect().width() - 2 * 2 - 1  # a line edit's own margins, its cursor
    assert ".xlsx" in box.placeholderText() and ".csv" in box.placeholderText()
    assert room >= box.fontMetrics().horizontalAdvance(box.placeholderText())
    assert dialog.width() <= 1024


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_filing_result_box_says_what_it_will_show(lang: str, qtbot, ui) -> None:
    """Filing with the ECHR and the UN: under the fields, a large empty box with no caption.
    Until a pack is made it says what will show there."""
    from caseapp.ui.dialogs.filing import FilingDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = FilingDialog(ui, captive_id=ui.case_file.overview.captive_rows()[0].id)
    qtbot.addWidget(dialog)
    hint = dialog.result_text.placeholderText()
    assert dialog.result_text.toPlainText() == "" and hint
    assert not hint.startswith("Once the pack")  # in the interface's language


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_lawyer_names_in_other_scripts_show_their_hint_whole(lang: str, qtbot, ui) -> None:
    """Lawyer details: the names in Armenian and Cyrillic letters had their hint cut
    ("Необязательно: как в ваших докуме…"); it is now whole, in a dialog that fits."""
    from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = LawyerDialog(ui.case_file, environ={})
    qtbot.addWidget(dialog)
    dialog.show()
    hinted = [e for e in dialog.edits.values() if e.toolTip() and hasattr(e, "placeholderText")
              and e.placeholderText() and not e.text()]
    qtbot.waitUntil(lambda: all(e.isVisible() for e in hinted))
    assert len(hinted) == 2
    for edit in hinted:
        room = edit.contentsRect().width() - 2 * 2 - 1  # a line edit's own margins, its cursor
        assert room >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()), edit.objectName()
    assert dialog.width() <= 1024


def test_a_likely_duplicate_reads_as_russian_grammar_has_it(qtbot, ui, tmp_path) -> None:
    """Import Spreadsheet, step 3 in Russian: a row like a captive of the file read "Похоже
    на пленный 1 «…»" (the nominative after "на"); it names the captive by the name in
    quotation marks (and what tells it apart), "Похоже на «…» (…)", no noun to decline."""
    from PySide6.QtWidgets import QPushButton

    from caseapp.domain.name_display import name_in_script
    from caseapp.ui.dialogs.sheet_import import SheetImportDialog

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    captive = ui.case_file.captives.list()[0]
    sheet = tmp_path / "список.csv"
    sheet.write_text(f"ФИО\n{captive.primary_name}\n", encoding="utf-8")
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path)
    qtbot.addWidget(dialog)
    for _ in range(2):
        dialog.findChild(QPushButton, "sheet_next").click()
    text = dialog.details.text()
    # named as the lists of a Russian window name it: by its Cyrillic spelling
    cyrillic = name_in_script(captive.names, "ru")
    assert cyrillic and f"Похоже на «{cyrillic}» (" in text
    assert "пленный" not in text


@pytest.mark.parametrize(("lang", "title"), [("hy", "Աղյուսակի ներմուծում"),
                                             ("ru", "Импорт таблицы")])
def test_the_spreadsheet_file_dialog_is_titled_in_the_language(lang: str, title: str, qtbot,
                                                               ui, monkeypatch) -> None:
    """File → Import Spreadsheet…: the file dialog was titled "Import Spreadsheet" in
    English in an Armenian or Russian window (its title was never in the catalogues)."""
    from PySide6.QtWidgets import QFileDialog, QWidget

    from caseapp.ui.dialogs.sheet_import import import_spreadsheet

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda _parent, caption, _folder, files: (asked.append((caption, files)), ("", ""))[1]))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_spreadsheet(ui, parent) is None
    assert asked[0][0] == title
    assert "Spreadsheets" not in asked[0][1]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_intervention_dialog_fits_and_shows_its_labels_whole(lang: str, qtbot,
                                                                 armenian_ui) -> None:
    """Add intervention over the Armenian demo: the Person box was as wide as its longest
    choice ("Leyla Nümunəova (Ադրբեջանի Հանրապետության մարդու իրավունքների հանձնակատար
    (օմբուդսմեն))"), the dialog 907 pixels at its least, and on a 1024-pixel screen its
    labels were cut ("Կազմակերպությ"). A choice box is now some 30 characters wide closed,
    its list whole when open."""
    from PySide6.QtWidgets import QLabel

    from caseapp.ui.views.advocacy import intervention_dialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    cf = armenian_ui.case_file
    dialog = intervention_dialog(armenian_ui, cf.organisations.list(), cf.contacts.list())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimumSizeHint().width() <= 700
    cut = [label.text() for label in dialog.findChildren(QLabel)
           if label.isVisible() and label.text() and not label.wordWrap()
           and label.width() < label.minimumSizeHint().width()]
    assert cut == []
    person = dialog.widgets["contact_id"]
    assert person.view().minimumWidth() >= person.view().sizeHintForColumn(0)  # open: whole
