"""Which columns of the captives list the lawyer chose to see: a menu on the list's header
(and View → Captives List Columns), remembered across starts in QSettings.

Each column but the name is left to the list (shown while there is room: see
``CaptivesView.fit_columns``), or chosen shown (never hidden to make room) or chosen hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMenu, QTableView

from caseapp.ui import settings as keys

ALWAYS = "name"  # the one column that cannot be hidden: the row's captive
FOUND = "found"  # shown while a search says what found its rows, hidden else: not a choice


def _ids(settings: QSettings | None, key: str) -> set[str]:
    value = settings.value(key, []) if settings is not None else []
    if isinstance(value, str):  # one id, as QSettings reads a list of one from an INI file
        return {value} if value else set()
    return {str(v) for v in value} if isinstance(value, list | tuple) else set()


class ColumnChoices:
    """The columns chosen shown and chosen hidden, read from and written to ``settings``."""

    def __init__(self, settings: QSettings | None, column_ids: list[str]):
        self.settings = settings
        known = set(column_ids) - {ALWAYS, FOUND}
        self.hidden = _ids(settings, keys.CAPTIVES_HIDDEN_COLUMNS) & known
        self.shown = _ids(settings, keys.CAPTIVES_SHOWN_COLUMNS) & known - self.hidden

    def choose(self, cid: str, visible: bool) -> None:
        if cid == ALWAYS:
            return
        (self.shown if visible else self.hidden).add(cid)
        (self.hidden if visible else self.shown).discard(cid)
        self._save()

    def restore_defaults(self) -> None:
        self.shown.clear()
        self.hidden.clear()
        self._save()

    def _save(self) -> None:
        if self.settings is None:
            return
        for key, ids in ((keys.CAPTIVES_HIDDEN_COLUMNS, self.hidden),
                         (keys.CAPTIVES_SHOWN_COLUMNS, self.shown)):
            if ids:
                self.settings.setValue(key, sorted(ids))
            else:
                self.settings.remove(key)


def fill_columns_menu(menu: QMenu, table: QTableView, column_ids: list[str],
                      choices: ColumnChoices, changed: Callable[[], None]) -> None:
    """One checkable entry per column (checked: in sight now), then "Restore Default Columns"."""
    menu.clear()
    header, model = table.horizontalHeader(), table.model()
    for column, cid in enumerate(column_ids):
        if cid == FOUND:
            continue
        title = " ".join(str(model.headerData(column, Qt.Orientation.Horizontal) or "").split())
        action = menu.addAction(title)
        action.setObjectName(f"column_{cid}")
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        if cid == ALWAYS:
            action.setEnabled(False)
            continue

        def toggled(on: bool, cid: str = cid) -> None:
            choices.choose(cid, on)
            changed()

        action.toggled.connect(toggled)
    menu.addSeparator()
    restore = menu.addAction(QCoreApplication.translate("CaptivesView", "Restore Default Columns"))
    restore.setObjectName("columns_restore")

    def restored() -> None:
        choices.restore_defaults()
        changed()

    restore.triggered.connect(restored)
