"""Choosing records by name: one (:class:`RefCombo`, found by any part of its name in any
script, or by a name as the search finds it) or several (:class:`MultiRefList`), from
(label, id) pairs; the value is the id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from caseapp.domain.name_filter import Typed, a_name
from caseapp.domain.names import picker_keys, typed_key
from caseapp.ui.widgets.screen_room import narrow_choice

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # the label and its search keys, for typing
# Whether a choice is offered for the text typed last: the mark of that typing, else "" (see
# RefCombo._complete; the completer offers the choices holding the mark).
OFFERED_ROLE = Qt.ItemDataRole.UserRole + 8


class _AnyPartCompleter(QCompleter):
    """Offers the choices :meth:`RefCombo._complete` marks as found by what is typed (any
    part of a choice's label or of its search keys, or a name in it by the search's rule);
    the label itself is what is written."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo.model(), combo)
        self.setCompletionRole(OFFERED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchExactly)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def pathFromIndex(self, index: Any) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class RefCombo(QComboBox):
    """Choose one record (or none) among ``choices`` of (label, id). Typing finds a choice
    by any part of its label, whatever the case or script (“red cross” finds “International
    Committee of the Red Cross”, “karmir” finds “Կարմիր Խաչ”); text that names no choice
    goes back to the choice made."""

    def __init__(self, choices: Sequence[tuple[str, int]], parent: QWidget | None = None,
                 *, optional: bool = True):
        super().__init__(parent)
        self._all = list(choices)
        self._optional = optional
        self._allowed: set[int] | None = None
        self._typings = 0  # the texts typed so far (each marks the choices it finds)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._line().setPlaceholderText(self.tr("Type part of the name"))
        self.setCompleter(_AnyPartCompleter(self))
        # After the line edit's own completion on the raw text, which would undo this one.
        self._line().textEdited.connect(
            lambda text: QTimer.singleShot(0, self, lambda: self._complete(text)))
        self._line().editingFinished.connect(self._settle)
        self._fill(None)
        # A long choice ("Leyla Nümunəova (Ադրբեջանի Հանրապետության մարդու իրավունքների
        # հանձնակատար…)") made the dialog wider than a 1024-pixel screen and cut its labels:
        # closed, it is as wide as 30 characters; open, its list shows every choice whole.
        narrow_choice(self, 30)

    def _fill(self, keep: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem(self.tr("(none)"), None)
        for text, record_id in self._all:
            if self._allowed is None or record_id in self._allowed or record_id == keep:
                self.addItem(text, record_id)
                self.setItemData(self.count() - 1, f"{text} {picker_keys(text)}", SEARCH_ROLE)
        self.setCurrentIndex(max(0, self.findData(keep)) if keep is not None else 0)
        self.blockSignals(False)

    def _line(self) -> QLineEdit:
        """The line typed in: there is one from ``__init__`` on (the combo is editable)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def _any_part(self) -> QCompleter:
        """The completer set in ``__init__`` (:class:`_AnyPartCompleter`)."""
        completer = self.completer()
        assert completer is not None
        return completer

    def set_choices(self, choices: Sequence[tuple[str, int]]) -> None:
        keep = self.value()
        self._all = list(choices)
        self._fill(keep)

    def narrow(self, allowed: set[int] | None) -> None:
        """Offer only the choices in ``allowed`` (all: None); the one chosen stays if it is
        among them, else none is chosen."""
        before = self.value()
        self._allowed = allowed
        self._fill(before if allowed is None or before in allowed else None)
        if self.value() != before:
            self.currentIndexChanged.emit(self.currentIndex())

    def _complete(self, text: str) -> None:
        if text != self._line().text():
            return  # typed on meanwhile: the newer text completes
        """Completion on the typed text's search key: the same spelling rules as the
        search (“Zvartnots” and “Զվարթնոց” both find “Զվարթնոցյան”), its words read as one
        (“Ter Petrosyan” finds “Terpetrosyan”, “Terpetrosyan” finds “Ter-Petrosyan”), or a
        name by the search's rule (“Kazaryan” finds “Ghazaryan”, “Mamedov” “Məmmədova”):
        the choices found are marked for the completer, a mark new at each typing."""
        self._typings += 1
        mark = str(self._typings)
        offered = set(self._offered(text))
        for i in range(self.count()):
            self.setItemData(i, mark if i in offered else "", OFFERED_ROLE)
        completer = self._any_part()
        completer.setCompletionPrefix(mark)
        if text.strip():
            completer.complete()

    def _offered(self, text: str) -> list[int]:
        """The choices found by ``text``: its search key in a choice's label or search keys,
        or the choice's label found by it as the search finds a name
        (:mod:`caseapp.domain.name_filter`)."""
        needle = (typed_key(text) or text).casefold()
        typed = Typed(text if a_name(text) else "")
        found = []
        for i in range(self.count()):
            keys = self.itemData(i, SEARCH_ROLE)
            if keys is None:
                continue  # (none)
            if (needle and needle in str(keys).casefold()) or typed.finds(self.itemText(i)):
                found.append(i)
        return found

    def _settle(self) -> None:
        """The typed text, once done: the choice it names, else back to the current one."""
        text = self._line().text().strip().casefold()
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        if 0 <= self.currentIndex() < len(labels) and text == labels[self.currentIndex()]:
            return
        exact = [i for i, t in enumerate(labels) if t == text]
        partial = self._offered(text) if typed_key(text) else []
        if exact or len(partial) == 1:
            self.setCurrentIndex((exact or partial)[0])
        elif not text and self._optional:
            self.setCurrentIndex(0)
        self._line().setText(self.currentText())

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        if value is not None and self.findData(value) < 0:
            self._fill(value)  # chosen earlier outside the narrowed choices: shown still
        self.setCurrentIndex(max(0, self.findData(value)))


class MultiRefList(QListWidget):
    """Tick several records (co-defendants of a hearing, captives of an intervention)."""

    def __init__(self, choices: Sequence[tuple[str, int]], parent: QWidget | None = None):
        super().__init__(parent)
        for text, record_id in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMinimumHeight(120)

    def value(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, ids: Sequence[int] | None) -> None:
        wanted = set(ids or ())
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
