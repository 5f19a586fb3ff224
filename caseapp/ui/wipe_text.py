"""What a wipe could not do, said after what it did (the emergency wipe, a travel copy
destroyed): each file it could not delete, with why. Said on the status bar until something
else is, for the lawyer to delete by hand: a file passed over would be taken for gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from caseapp.services.wipe import WipeResult

DONE_MS = 15000  # how long a complete wipe is said


def not_deleted(result: WipeResult) -> str:
    """“Not deleted, delete by hand: FILE (why).”, or "" when every file was deleted."""
    if not result.failed:
        return ""
    return QCoreApplication.translate("WipeText", "Not deleted, delete by hand: %1.").replace(
        "%1", "; ".join(f"{path} ({reason})" for path, reason in result.failed))


def say_wiped(window: QMainWindow, done: str, result: WipeResult) -> None:
    """``done`` (what was deleted) on the status bar, followed by what was not, kept until
    something else is said when a file was not deleted."""
    rest = not_deleted(result)
    window.statusBar().showMessage(f"{done} {rest}" if rest else done, 0 if rest else DONE_MS)


__all__ = ["not_deleted", "say_wiped"]
