"""What every view and dialog is given: the open case file's services, the background
runner, the changes bus and the undo stack. Built once per open case file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoCommand, QUndoStack

from caseapp.services.casefile import CaseFile
from caseapp.ui.signals import ChangesBus
from caseapp.ui.worker import Runner


@dataclass
class UiContext:
    case_file: CaseFile
    runner: Runner
    bus: ChangesBus
    undo: QUndoStack
    settings: QSettings | None = None  # where views keep their layout (column widths)

    def today(self) -> date:
        return self.case_file.ctx.today()


class UpdateCommand(QUndoCommand):
    """An edit already made through a service; undo puts the old values back."""

    def __init__(self, text: str, service: Any, record_id: int, old: dict[str, Any], new: dict[str, Any]):
        super().__init__(text)
        self.service, self.record_id, self.old, self.new = service, record_id, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit itself was made by the dialog
            self._first = False
            return
        self.service.update(self.record_id, **self.new)

    def undo(self) -> None:
        self.service.update(self.record_id, **self.old)


class CreateCommand(QUndoCommand):
    """A record already created; undo deletes it again."""

    def __init__(self, text: str, service: Any, record_id: int):
        super().__init__(text)
        self.service, self.record_id = service, record_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.setObsolete(True)  # a deleted record cannot be re-created with its identity

    def undo(self) -> None:
        self.service.delete(self.record_id)
