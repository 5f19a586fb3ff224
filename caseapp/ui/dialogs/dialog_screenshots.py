"""Screenshots of the dialogs a lawyer fills in most (``caseapp screenshots``): the letter
with its fields filled from the case file, and a hearing's co-defendants picked by typing a
Latin spelling. Shown off screen, never run modally."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.letter_dialog import LetterDialog
from caseapp.ui.dialogs.record_kinds import HEARING
from caseapp.ui.i18n import current_language
from caseapp.ui.png import save_png
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.captive_picker import CaptivePicker


def render_dialogs(ui: UiContext, out: Path, captive_id: int,
                   settle: Callable[[], None]) -> list[Path]:
    """``settle`` lets background reads finish and the dialog repaint."""
    written = []

    def shot(dialog: QDialog, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        save_png(dialog, path)
        written.append(path)
        dialog.close()
        dialog.deleteLater()

    letter = LetterDialog(ui, captive_id=captive_id)
    letter.resize(1100, 720)  # the picture's size, whatever the screen the command runs on
    letter.show()
    settle()
    letter.set_template(f"icrc_request_{current_language()}")  # the letter in the pictures' language
    settle()
    shot(letter, "letter")

    hearing = dlg.make_add_dialog(ui, HEARING, captive_id=captive_id)
    hearing.show()
    picker = hearing.widgets["captive_ids"]
    assert isinstance(picker, CaptivePicker)  # (how a hearing's co-defendants are picked)
    settle()
    picker.search.setText("Stepanian")  # a Latin spelling of a name written in Armenian
    settle()
    shot(hearing, "hearing_codefendants")
    return written
