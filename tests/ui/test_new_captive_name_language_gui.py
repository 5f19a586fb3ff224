"""New Captive…: the native name's language follows the letters typed until the lawyer
chooses one. A name typed in Cyrillic was saved tagged Armenian (the field's default), so
letters and the dossier took it for the Armenian spelling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import caseapp.ui.dialogs.captive_dialogs as dlg


@pytest.mark.parametrize(("typed", "language"), [
    ("Варданян Рубен Каренович", "ru"),
    ("Վարդանյան Ռուբեն", "hy"),
    ("Vardanyan Ruben Karen oğlu", "az"),
    ("Əliyev Ramil", "az"),
    ("John Smith", ""),
])
def test_the_language_follows_the_letters_typed(qtbot, ui, typed: str, language: str) -> None:
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["native_name"].insert(typed)  # as an input method types it (keyClicks: ASCII only)
    assert dialog.widgets["native_language"].value() == language
    dialog.try_save()
    saved = dialog.result_value
    assert saved is not None
    native = next(n for n in saved.names if n.full_name == typed)
    assert native.language == language


def test_a_language_the_lawyer_chose_is_kept_whatever_she_types(qtbot, ui) -> None:
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.widgets["native_language"]
    index = combo.findData("az")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as her choice in the list sends it
    dialog.widgets["native_name"].insert("Арташес Мкртчян")
    assert combo.value() == "az"


def test_an_emptied_name_gives_the_default_back(qtbot, ui) -> None:
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.widgets["native_name"]
    name.insert("Иванов")
    assert dialog.widgets["native_language"].value() == "ru"
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert dialog.widgets["native_language"].value() == "hy"
