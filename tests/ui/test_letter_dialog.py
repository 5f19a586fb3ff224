"""The letter dialog as a lawyer meets it: fields with human labels, filled from the case
file at the letter's level (and saying where the level holds something back), a preview of
the filled letter before saving, the organisation box that finds any part of a name and
narrows the people, and letters in Armenian signed with the lawyer's Armenian name."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from caseapp.reports.letter_templates import find_template, used_placeholders
from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog
from caseapp.ui.dialogs.letter_dialog import LetterDialog

WAIT = 20000


def type_text(widget, text: str) -> None:
    """Key presses carrying letters of any script (QTest's keyClicks knows only ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, ord(ch.upper()),
                                                     Qt.KeyboardModifier.NoModifier, ch))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def no_soffice(monkeypatch: pytest.MonkeyPatch) -> None:
    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name in (
        "soffice", "libreoffice") else real(name, *a, **k))


@pytest.fixture
def captive(ui) -> int:
    """A captive with three welfare contacts and a citizenship marked internal."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Արամ Սարգսյան", "Aram Sargsyan"], status="pre_trial",
                             capture="2024-05-01", citizenship="Armenia",
                             birth="1990-04-02", sensitivity="shareable",
                             field_levels={"citizenship": "internal"}).id
    for day, confirmed, level in (("2026-02-10", True, "shareable"),
                                  ("2026-03-05", True, "internal"),
                                  ("2026-03-20", False, "shareable")):
        cf.welfare_contacts.create(captive_id=cid, contact_on=day, kind="icrc_visit",
                                   confirmed=confirmed, sensitivity=level)
    return cid


def open_letter(qtbot, ui, captive_id: int, template: str) -> LetterDialog:
    dialog = LetterDialog(ui, captive_id=captive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.contact.isEnabled(), timeout=WAIT)
    dialog.set_template(template)
    used = used_placeholders(find_template(template))
    qtbot.waitUntil(lambda: dialog.checked and set(dialog.field_edits) == used, timeout=WAIT)
    return dialog


def form_texts(dialog: LetterDialog) -> list[str]:
    """Every label, note and tooltip the form shows."""
    texts = [w.text() for w in dialog.fields.findChildren(QLabel)]
    texts += [e.toolTip() for e in dialog.field_edits.values()]
    texts += [e.placeholderText() for e in dialog.field_edits.values()]
    return [t for t in texts if t]


def fill_the_rest(qtbot, dialog: LetterDialog) -> None:
    for name, value in dialog.values().items():
        if not value:
            qtbot.keyClicks(dialog.field_edits[name], f"Typed {name.split('_')[-1]}")


def test_fields_have_human_labels_and_the_files_values_at_the_letters_level(
        qtbot, ui, captive, no_soffice) -> None:
    dialog = open_letter(qtbot, ui, captive, "icrc_request_en")
    used = used_placeholders(find_template("icrc_request_en"))
    assert set(dialog.field_edits) == used
    texts = form_texts(dialog)
    for text in texts:
        assert "CASEAPP_" not in text and "--set" not in text, text
        assert not any(name in text for name in used), text  # no raw placeholder names
    labels = set(dialog.fields.labels.values())
    assert "Last confirmed contact (proof of life)" in labels

    # Contacts: 10 Feb (confirmed, shareable), 5 Mar (confirmed, internal), 20 Mar (not
    # confirmed). The shareable letter gives the last confirmed contact that may be shared.
    assert dialog.field_edits["last_contact_date"].text() == "10 February 2026"
    note = dialog.findChild(QLabel, "letter_note_last_contact_date")
    assert note is not None and "shareable" in note.text() and "more" in note.text()
    # The citizenship is recorded, but internal: left empty here, and said so.
    assert dialog.field_edits["captive_citizenship"].text() == ""
    withheld = dialog.findChild(QLabel, "letter_note_captive_citizenship")
    assert withheld is not None and "shareable" in withheld.text()
    assert "left out" in withheld.text()
    assert dialog.field_edits["captive_name"].text() == "Aram Sargsyan"
    assert not dialog.generate_button.isEnabled()

    fill_the_rest(qtbot, dialog)
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.preview.text.toPlainText() != "", timeout=WAIT)
    shown = dialog.preview.text.toPlainText()
    assert "10 February 2026" in shown and "5 March 2026" not in shown
    assert "Typed citizenship" in shown
    assert dialog.preview.stack.currentWidget() is dialog.preview.text
    assert "LibreOffice" in dialog.preview.note.text()
    assert "shareable" in dialog.status.text()
    assert dialog.save_button.isEnabled()  # read it over, then save


def test_an_armenian_letter_is_signed_with_the_lawyers_armenian_name(
        qtbot, ui, captive, no_soffice, tmp_path: Path, monkeypatch) -> None:
    lawyer = LawyerDialog(ui.case_file)
    qtbot.addWidget(lawyer)
    lawyer.show()
    qtbot.keyClicks(lawyer.edits["name"], "Anna Petrosyan")
    lawyer.edits["name_hy"].setFocus()
    type_text(lawyer.edits["name_hy"], "Աննա Պետրոսյան")
    click(qtbot, lawyer.buttons.button(QDialogButtonBox.StandardButton.Save))
    stored = ui.case_file.settings.current().lawyer
    assert (stored.name, stored.name_hy) == ("Anna Petrosyan", "Աննա Պետրոսյան")

    dialog = open_letter(qtbot, ui, captive, "icrc_request_hy")
    assert dialog.field_edits["lawyer_name"].text() == "Աննա Պետրոսյան"
    assert dialog.field_edits["captive_name"].text() == "Արամ Սարգսյան"
    fill_the_rest(qtbot, dialog)
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    out = tmp_path / "letter_hy.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved_path == out, timeout=WAIT)
    doc = Document(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.text for p in doc.paragraphs)
    text += "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "Աննա Պետրոսյան" in text
    assert "Anna Petrosyan" not in text  # the Latin spelling does not sign an Armenian letter


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_with_libreoffice_the_preview_shows_the_letters_pages(qtbot, ui, captive) -> None:
    dialog = open_letter(qtbot, ui, captive, "icrc_request_en")
    fill_the_rest(qtbot, dialog)
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.preview.showing_pages, timeout=150000)
    assert dialog.preview.pages.page_count() >= 1
    assert "LibreOffice" in dialog.preview.note.text()


def test_the_organisation_box_finds_any_part_and_narrows_the_people(
        qtbot, ui, captive, no_soffice) -> None:
    cf = ui.case_file
    icrc = cf.organisations.create(name="International Committee of the Red Cross, Baku").id
    other = cf.organisations.create(name="Red Crescent Society").id
    marie = cf.contacts.create(name="Marie Dupont", organisation_id=icrc).id
    cf.contacts.create(name="Jane Roe", organisation_id=other)
    dialog = open_letter(qtbot, ui, captive, "icrc_request_en")
    box = dialog.organisation
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "red cross")  # the middle of the name, in lower case
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert box.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.value() == icrc, timeout=WAIT)
    people = [dialog.contact.itemData(i) for i in range(dialog.contact.count())]
    assert people == [None, marie]  # "(none)" and the organisation's one person
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert "International Committee of the Red Cross" in \
        dialog.field_edits["recipient_block"].toPlainText()


def test_an_empty_other_spellings_field_does_not_hold_the_letter_back(qtbot, ui,
                                                                      no_soffice) -> None:
    cid = ui.case_file.captives.create(names=["Aram Sargsyan"], status="pre_trial",
                                       capture="2024-05-01", sensitivity="shareable").id
    dialog = open_letter(qtbot, ui, cid, "icrc_request_en")
    assert dialog.field_edits["captive_names_other"].text() == ""
    assert not dialog.fields.labels["captive_names_other"].endswith("*")
    note = dialog.findChild(QLabel, "letter_note_captive_names_other")
    assert note is not None and "leaves out" in note.text()
    for name, value in dialog.values().items():  # the fields marked *
        if not value and name != "captive_names_other":
            qtbot.keyClicks(dialog.field_edits[name], "Typed")
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.preview.text.toPlainText() != "", timeout=WAIT)
    assert "Other spellings" not in dialog.preview.text.toPlainText()



def test_escape_after_typing_asks_before_throwing_the_typing_away(
        qtbot, ui, captive, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the lawyer typed for a letter (the health, what is asked) is not lost to an
    Escape: the dialog asks, as a record's dialog does, and stays open on No."""
    dialog = open_letter(qtbot, ui, captive, "icrc_request_en")
    empty = next(name for name, value in dialog.values().items() if not value)
    dialog.field_edits[empty].setFocus()
    type_text(dialog.field_edits[empty], "Ранение ноги, без лечения")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *_a, **_k: (asked.append(text), answer[0])[-1]))
    qtbot.keyClick(dialog.field_edits[empty], Qt.Key.Key_Escape)
    assert dialog.isVisible() and "Ранение ноги" in dialog.values()[empty]
    assert asked and "has not been saved" in asked[-1]
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.field_edits[empty], Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_with_nothing_typed_closes_without_asking(qtbot, ui, captive, message_boxes) -> None:
    dialog = open_letter(qtbot, ui, captive, "icrc_request_en")
    message_boxes.clear()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and message_boxes == []


def test_the_lawyers_details_typed_are_not_lost_to_an_escape(qtbot, ui, monkeypatch: pytest.MonkeyPatch) -> None:
    lawyer = LawyerDialog(ui.case_file, environ={})
    qtbot.addWidget(lawyer)
    lawyer.show()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *_a, **_k: (asked.append(text), QMessageBox.StandardButton.No)[-1]))
    qtbot.keyClick(lawyer, Qt.Key.Key_Escape)
    assert not lawyer.isVisible() and asked == []  # nothing typed: closed at once
    lawyer.show()
    type_text(lawyer.edits["address"], "ул. Абовяна 1, Ереван")
    qtbot.keyClick(lawyer.edits["name"], Qt.Key.Key_Escape)
    assert lawyer.isVisible() and asked and "has not been saved" in asked[-1]
    assert "Абовяна" in lawyer.edits["address"].toPlainText()


def test_each_template_in_the_list_says_its_title_in_its_tooltip(qtbot, ui, captive) -> None:
    """The open list of templates (cut where a title is long) shows the whole title on
    hovering, never the template's file key such as echr_rule39_cover_hy."""
    from caseapp.ui.i18n import current_language
    from caseapp.ui.language import apply_language

    apply_language(QApplication.instance(), "hy")  # put back after the test (tests/conftest)
    assert current_language() == "hy"
    dialog = LetterDialog(ui, captive_id=captive)
    qtbot.addWidget(dialog)
    combo = dialog.template
    assert combo.count() > 1
    for i in range(combo.count()):
        tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        assert tip == combo.itemText(i) and tip != combo.itemData(i), tip
    assert combo.toolTip() == combo.currentText()


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_field_of_the_letter_can_be_read_on_a_1024_pixel_screen(
        lang: str, qtbot, ui, captive, no_soffice, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports → Letter… in Armenian or Russian at 1024×768: one long caption ("Последний
    подтверждённый контакт (подтверждение того, что жив)") made the captions' column as wide
    as the pane, and every field of the letter was a sliver of a few pixels at its right
    edge behind a sideways scroll bar. A long caption now wraps; every field is wide enough
    to read and the form never scrolls sideways."""
    from PySide6.QtCore import QCoreApplication, QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QScrollArea

    from caseapp.ui.language import apply_language

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 738))
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = open_letter(qtbot, ui, captive, f"icrc_request_{lang}")
    assert dialog.width() <= 1024
    qtbot.wait(50)  # laid out (no time asserted)
    scroll = dialog.fields_box.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    narrow = {name: edit.width() for name, edit in dialog.field_edits.items()
              if edit.width() < 160}
    assert narrow == {}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_dialog_lists_every_template_by_the_catalogues_title(qtbot, ui, captive, lang: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """What a template is for has one text, the documents' catalogue's (the command line's
    `templates list` says it too): the dialog kept a copy of its own in the Qt catalogue."""
    from caseapp.domain.messages import msg
    from caseapp.reports import template_titles
    from caseapp.reports.letter_templates import list_templates
    from caseapp.ui.language import apply_language

    apply_language(QApplication.instance(), lang)  # put back after the test (tests/conftest)
    monkeypatch.setitem(template_titles.TITLES, "press_statement", msg("Press statement, one owner"))
    dialog = LetterDialog(ui, captive_id=captive)
    qtbot.addWidget(dialog)
    shown = {dialog.template.itemData(i): dialog.template.itemText(i)
             for i in range(dialog.template.count())}
    shipped = [t for t in list_templates() if t.shipped and not t.problem]
    assert shipped and set(shown) >= {t.key for t in shipped}
    for tpl in shipped:
        title = template_titles.template_title(tpl, lang)
        assert shown[tpl.key].startswith(title + " — "), (shown[tpl.key], title)
        if not tpl.key.startswith("press_statement"):  # in the interface's language
            assert title != template_titles.TITLES[tpl.key.rsplit("_", 1)[0]].text


@pytest.mark.parametrize(("lang", "full_stop"), [("ru", "."), ("hy", "։")])
def test_what_the_level_leaves_out_takes_a_line_and_a_tooltip(
        lang: str, full_stop: str, qtbot, ui, no_soffice, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports → Letter… in Russian at 1024×768: the list of what the letter's level leaves
    out (five items, the status history on three lines) took ten lines above the letter's
    fields, which were left a scrolled strip. The note says how many items are left out, in
    a sentence with its full stop (the list's lead-in, its colon cut off, read «…опускает 5
    элементов» with none); the list is in its tooltip."""
    from PySide6.QtCore import QCoreApplication, QRect
    from PySide6.QtGui import QScreen

    from caseapp.ui.language import apply_language

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 738))
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    cf = ui.case_file
    # a captive with an intervention: its addressee is above the letter's level
    cid = next(i.captive_ids[0] for i in cf.interventions.list() if i.captive_ids)
    dialog = open_letter(qtbot, ui, cid, "echr_rule39_cover_ru")
    qtbot.waitUntil(lambda: dialog.left_out_summary is not None, timeout=WAIT)
    qtbot.wait(50)  # laid out again (no time asserted)
    lines = dialog.left_out_summary.lines()
    assert len(lines) >= 3
    note = dialog.level_note
    # the level's line and the count (each may wrap once), not a line per item left out
    assert note.heightForWidth(note.width()) <= 4 * note.fontMetrics().lineSpacing(), note.text()
    assert lines[0].rstrip(":․") in note.text()
    said = note.text().splitlines()[-1]
    assert said == dialog.left_out_summary.headline()
    assert said.endswith(full_stop) and said.count(full_stop) == 1, said
    assert all(line in dialog.level_note.toolTip() for line in lines)


def test_before_a_captive_is_chosen_the_pickers_parts_stay_together(qtbot, ui) -> None:
    """Opened from the Reports menu (no captive yet) on a 1024 × 768 screen, the dialog is
    taller than its form: the spare height goes below the form, not into blank bands
    between "No captive chosen.", the search field and the list of captives."""
    from caseapp.ui.widgets.captive_picker import SPACING

    dialog = LetterDialog(ui)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.captive.results.count() > 0, timeout=WAIT)
    QApplication.processEvents()
    picker = dialog.captive
    chosen, search, results = picker.chosen_box, picker.search, picker.results
    assert not dialog.fields_box.isVisible() and dialog.height() >= 700
    assert search.geometry().top() - chosen.geometry().bottom() <= SPACING + 1
    assert results.geometry().top() - search.geometry().bottom() <= SPACING + 1
    # the organisation comes right under the picker, as in the form's other rows
    below = dialog.organisation.mapTo(dialog, dialog.organisation.rect().topLeft()).y()
    picker_bottom = picker.mapTo(dialog, picker.rect().bottomLeft()).y()
    assert below - picker_bottom < 20
