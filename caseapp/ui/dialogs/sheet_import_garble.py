"""What the import wizard says of names read into junk by the encoding chosen (see
:mod:`caseapp.domain.garbled_text`), and the question it asks before going on with them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.garbled_text import Garble
from caseapp.ui.dialogs.sheet_import_labels import IMPORT_TITLE, t
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP

GARBLED = {
    Garble.CONTROL: QT_TRANSLATE_NOOP(
        "SheetImportDialog", "These are not names: the text holds NUL and other control "
        "characters, as a UTF-16 file read in another encoding does. Choose another encoding."),
    Garble.SCRIPT: QT_TRANSLATE_NOOP(
        "SheetImportDialog", "These are not names: most letters are of scripts no list of "
        "names uses (such as Chinese), as a file read as UTF-16 when it is not. Choose "
        "another encoding."),
    Garble.UTF8: QT_TRANSLATE_NOOP(
        "SheetImportDialog", "These names are garbled: the file is in UTF-8, read here in "
        "another encoding. Choose UTF-8."),
    Garble.ACCENTS: QT_TRANSLATE_NOOP(
        "SheetImportDialog", "These names are garbled: their words are accented Latin letters "
        "only, as a Russian or Armenian list read in Windows-1252 is. Choose another encoding."),
    Garble.CASE: QT_TRANSLATE_NOOP(
        "SheetImportDialog", "These names are garbled: small and capital letters are mixed "
        "inside the words as no name is written. Choose another encoding."),
    Garble.SIGNS: QT_TRANSLATE_NOOP(
        "SheetImportDialog", "These names are garbled: signs such as ¶ and · stand between "
        "their letters, as an Armenian list in ARMSCII-8 read in another encoding shows. "
        "Choose another encoding."),
}
GO_ON = QT_TRANSLATE_NOOP(
    "SheetImportDialog", "The names read in the encoding chosen look garbled:\n\n%1\n\nThey "
    "would be imported as they are. Go on with them anyway?")


def said(garble: Garble) -> str:
    """What the names line says of a garbled reading, in the user's language."""
    return t(GARBLED[garble])


def go_on_with_garbled(parent: QWidget, garble: Garble) -> bool:
    """Whether the lawyer, told the names look garbled, goes on with them all the same (the
    default answer: no)."""
    answer = QMessageBox.question(
        parent, t(IMPORT_TITLE), t(GO_ON).replace("%1", said(garble)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
