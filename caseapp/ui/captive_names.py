"""Captives by name in the views' lists: the Latin spelling first, the native script
beside it; the names of a few captives read in the background; a list to open one from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from caseapp.services.casefile import CaseFile

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


@dataclass(frozen=True)
class CaptiveName:
    """How a captive reads in lists: the Latin spelling first, the native script beside it."""

    id: int
    primary: str
    latin: str

    @property
    def short(self) -> str:
        return self.latin or self.primary

    @property
    def full(self) -> str:
        if self.latin and self.primary and self.latin != self.primary:
            return f"{self.latin} — {self.primary}"
        return self.short


def captive_names(case_file: CaseFile, ids: Iterable[int]) -> dict[int, CaptiveName]:
    """Names of the given captives (runs in the background: it reads the case file)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {c.id: CaptiveName(c.id, c.primary_name, c.latin_name)
            for c in case_file.captives.list(ids=wanted)}


def names_text(ids: Sequence[int], names: dict[int, CaptiveName]) -> str:
    return ", ".join(names[i].short if i in names else f"#{i}" for i in ids)


def choose_captive(parent: QWidget, ids: Sequence[int], names: dict[int, CaptiveName],
                   at: QPoint | None = None) -> int | None:
    """The one captive among ``ids`` to open: asks with a menu when there are several."""
    if not ids:
        return None
    if len(ids) == 1:
        return ids[0]
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    for cid in ids:
        action = menu.addAction(names[cid].full if cid in names else f"#{cid}")
        action.setData(cid)
    chosen = menu.exec(at if at is not None else QCursor.pos())
    return chosen.data() if chosen is not None else None


class CaptiveList(QListWidget):
    """The captives a record concerns; double-click or Enter emits ``chosen(captive_id)``."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(translate("ViewsCommon", "Double-click or press Enter to open the captive's file"))
        self.itemActivated.connect(self._emit)
        self.itemDoubleClicked.connect(self._emit)

    def set_captives(self, captives: Iterable[CaptiveName]) -> None:
        self.clear()
        for person in captives:
            item = QListWidgetItem(person.full, self)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        if self.count():
            self.setCurrentRow(0)

    def open_current(self) -> None:
        if self.currentItem() is not None:
            self._emit(self.currentItem())

    def _emit(self, item: QListWidgetItem) -> None:
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
