"""Every command of the main window, declared once: menus, toolbar and shortcuts are built
from this table (MusicBrainz Picard's habit), so a command is never wired twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QT_TRANSLATE_NOOP as N
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

CTX = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # source text, translated in context "Actions"
    menu: str  # "file", "edit", "view", "captive", "help"
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    icon: QStyle.StandardPixmap | None = None
    toolbar: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_file", N(CTX, "&New Case File…"), "file", None,
               N(CTX, "Create a new, empty case file"), QStyle.StandardPixmap.SP_FileIcon),
    ActionSpec("open_file", N(CTX, "&Open Case File…"), "file", QKeySequence.StandardKey.Open,
               N(CTX, "Open another case file"), QStyle.StandardPixmap.SP_DialogOpenButton),
    ActionSpec("import_json", N(CTX, "&Import JSON…"), "file", None,
               N(CTX, "Add the records of a CaseApp JSON export to this case file")),
    ActionSpec("export_json", N(CTX, "&Export JSON…"), "file", None,
               N(CTX, "Write the whole case file to a JSON file")),
    ActionSpec("quit", N(CTX, "&Quit"), "file", QKeySequence.StandardKey.Quit),
    ActionSpec("undo", N(CTX, "&Undo"), "edit", QKeySequence.StandardKey.Undo,
               N(CTX, "Undo the last edit"), QStyle.StandardPixmap.SP_ArrowBack, toolbar=True),
    ActionSpec("find", N(CTX, "&Find…"), "edit", QKeySequence.StandardKey.Find,
               N(CTX, "Search captives by any spelling, in any script"),
               QStyle.StandardPixmap.SP_FileDialogContentsView),
    ActionSpec("new_captive", N(CTX, "New &Captive…"), "captive", QKeySequence.StandardKey.New,
               N(CTX, "Add a captive to the case file"), QStyle.StandardPixmap.SP_FileDialogNewFolder,
               toolbar=True),
    ActionSpec("open_captive", N(CTX, "&Open Captive"), "captive", None,
               N(CTX, "Open the selected captive's file (Enter)")),
    ActionSpec("delete_captive", N(CTX, "&Delete Captive…"), "captive", None,
               N(CTX, "Delete the selected captive and everything recorded about them"),
               QStyle.StandardPixmap.SP_TrashIcon),
    ActionSpec("refresh", N(CTX, "&Refresh"), "view", QKeySequence.StandardKey.Refresh,
               N(CTX, "Read the case file again"), QStyle.StandardPixmap.SP_BrowserReload, toolbar=True),
    ActionSpec("about", N(CTX, "&About CaseApp"), "help"),
)

MENUS = (("file", N(CTX, "&File")), ("edit", N(CTX, "&Edit")), ("view", N(CTX, "&View")),
         ("captive", N(CTX, "&Captive")), ("help", N(CTX, "&Help")))


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def build_actions(parent: QWidget, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """One QAction per spec, connected to ``handlers[id]`` (missing handlers disable it)."""
    actions: dict[str, QAction] = {}
    style = parent.style()
    for spec in ACTIONS:
        action = QAction(tr(spec.text), parent)
        action.setObjectName(f"action_{spec.id}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setToolTip(tr(spec.tip))
            action.setStatusTip(tr(spec.tip))
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        handler = handlers.get(spec.id)
        if handler is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[spec.id] = action
    return actions


