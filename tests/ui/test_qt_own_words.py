"""Qt's own widgets speak Armenian too (Qt ships no Armenian catalogue; CaseApp's answers for
them, caseapp/ui/qt_texts.py): the file dialog shown where the system has none of its own,
the menu of a text field, a message box's details button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
)

from caseapp.ui.language import apply_language


@pytest.fixture
def armenian(qapp: QApplication) -> Iterator[None]:
    apply_language(qapp, "hy")
    try:
        yield
    finally:
        apply_language(qapp, "en")


def test_the_file_dialog_in_armenian(armenian: None, qtbot, tmp_path: Path) -> None:
    (tmp_path / "Գործեր").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path), "CaseApp (*.db)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Որտեղ՝"
    assert labels["fileNameLabel"] == "Ֆայլի &անունը՝"
    assert labels["fileTypeLabel"] == "Ֆայլերի &տեսակը՝"
    assert "&Պահպանել" in [b.text() for b in dialog.findChildren(QPushButton)]
    tips = [b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()]
    assert tips == ["Հետ", "Առաջ", "Վերին թղթապանակ", "Ստեղծել նոր թղթապանակ", "Ցուցակ",
                    "Մանրամասն տեսք"]
    files = dialog.findChild(QTreeView).model()
    assert [files.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Անուն", "Չափ", "Տեսակ", "Փոփոխվել է"]
    folder = dialog.findChild(QTreeView).rootIndex()
    qtbot.waitUntil(lambda: files.rowCount(folder) == 1)
    assert files.index(0, 2, folder).data() == "Թղթապանակ"  # the kind of the folder listed


def test_the_file_dialog_in_russian_with_the_words_qt_changed_since_its_catalogue(
        qapp: QApplication, qtbot) -> None:
    apply_language(qapp, "ru")
    try:
        dialog = QFileDialog(None, "", "", "CaseApp (*.db)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    finally:
        apply_language(qapp, "en")
    # Qt's Russian has "Look in:", Qt 6 asks for "&Look in:"
    assert (labels["lookInLabel"], labels["fileTypeLabel"]) == ("&Перейти к:", "&Типы файлов:")


def test_the_menu_of_a_text_field_in_armenian(armenian: None, qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Հետարկել", "&Կրկնել", "Կ&տրել", "&Պատճենել", "Տե&ղադրել", "Ջնջել",
                     "Ընտրել բոլորը"]


def test_a_message_box_offers_its_details_in_armenian(armenian: None, qtbot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "", "Text")
    box.setDetailedText("details")
    qtbot.addWidget(box)
    box.show()
    assert "Ցույց տալ մանրամասները..." in [b.text() for b in box.findChildren(QPushButton)]
