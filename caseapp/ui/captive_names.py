"""Captives by name in the views' lists: the spelling in the interface's script first
(Armenian under hy, Cyrillic under ru, the Latin headline name under en, as the documents
do), the other spelling beside it; the names of a few captives read in the background; a
list to open one from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from caseapp.domain.name_display import name_in_script
from caseapp.services.casefile import CaseFile
from caseapp.ui.i18n import current_language

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call
NAME_IN_A_LINE = 60  # characters of a name in a line that says more after it


def cut_name(name: str, limit: int = NAME_IN_A_LINE) -> str:
    """``name`` cut to ``limit`` characters with "…" (after a whole word where one ends in the
    last third), for a line that says something after it: a name of 200 characters in the
    dashboard's list of those longest without news took five lines and put the days since
    the last contact after them. The whole name is in the line's tooltip and the captive's
    file."""
    if len(name) <= limit:
        return name
    head = name[:limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit * 2 // 3 else head).rstrip() + "…"


def shown_names(spellings: Iterable[object], *, latin: str, primary: str,
                lang: str | None = None) -> tuple[str, str]:
    """The name a list shows first in ``lang`` (the interface's language by default), and
    the one to show beside it ("" if none differs).

    First: the captive's own spelling in the language's script when one is recorded (not an
    alias; the rule :func:`caseapp.domain.name_display.name_record_in_script` of the dossier and
    the captive's header), else the Latin headline name, else the primary name. Beside it:
    the Latin headline name, else the primary name. ``spellings`` are the captive's names
    (``full_name``, ``script``, ``kind``, ``is_primary``)."""
    # no spellings (English keeps none, see caseapp.domain.captive_rows.kept_scripts): no
    # spelling in the language's script either
    first = (name_in_script(spellings, lang or current_language()) if spellings else "") \
        or latin or primary
    return first, name_beside(first, latin=latin, primary=primary)


def name_beside(first: str, *, latin: str, primary: str) -> str:
    """The name :func:`shown_names` shows beside ``first``: the Latin headline name, else the
    primary name, that is not ``first`` ("" if none)."""
    if latin and latin != first:
        return latin
    return primary if primary and primary != first else ""


@dataclass(frozen=True)
class CaptiveName:
    """How a captive reads in lists: the spelling in the interface's script first, another
    beside it; ``spellings`` are every recorded name (searched, and listed in tooltips)."""

    id: int
    primary: str
    latin: str
    spellings: tuple[object, ...] = ()

    @cached_property
    def _shown(self) -> tuple[str, str]:  # once: a filter reads every row at each key
        return shown_names(self.spellings, latin=self.latin, primary=self.primary)

    @property
    def short(self) -> str:
        return self._shown[0]

    @property
    def full(self) -> str:
        first, second = self._shown
        return f"{first} — {second}" if second else first

    @property
    def search_text(self) -> str:
        """Every spelling, so that a filter finds the captive by any of them."""
        names = [str(getattr(n, "full_name", "")) for n in self.spellings]
        return " ".join(dict.fromkeys(n for n in (*names, self.latin, self.primary) if n))


def captive_names(case_file: CaseFile, ids: Iterable[int]) -> dict[int, CaptiveName]:
    """Names of the given captives (runs in the background: it reads the case file)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {m.id: CaptiveName(m.id, m.primary_name, m.latin_name, m.spellings)
            for m in case_file.search.captives_by_id(wanted)}


def name_of(captive_id: int | None, fallback: str, names: Mapping[int, CaptiveName]) -> str:
    """The captive's name as lists show it once their spellings are read (``names``), else
    ``fallback`` (the name a service gave, before they are)."""
    found = names.get(captive_id) if captive_id is not None else None
    return found.short if found is not None else fallback


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
        # (an "&" in a name is shown, not taken for the entry's shortcut letter)
        action = menu.addAction(names[cid].full.replace("&", "&&") if cid in names else f"#{cid}")
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
