"""Every command of the main window, declared once: menus, toolbar and shortcuts are built
from this table (MusicBrainz Picard's habit), so a command is never wired twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

CTX = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # source text, translated in context "Actions"
    menu: str  # "file", "edit", "view", "captive", "deadlines", "reports", "help"
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    icon: QStyle.StandardPixmap | None = None
    toolbar: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_file", QT_TRANSLATE_NOOP("Actions", "&New Case File…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Create a new, empty case file"), QStyle.StandardPixmap.SP_FileIcon),
    ActionSpec("open_file", QT_TRANSLATE_NOOP("Actions", "&Open Case File…"), "file", QKeySequence.StandardKey.Open,
               QT_TRANSLATE_NOOP("Actions", "Open another case file"), QStyle.StandardPixmap.SP_DialogOpenButton),
    ActionSpec("connect_server", QT_TRANSLATE_NOOP("Actions", "Connect to &Team Server…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Open a case file on a team server under your own login")),
    ActionSpec("import_json", QT_TRANSLATE_NOOP("Actions", "&Import JSON…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Add the records of a CaseApp JSON export to this case file")),
    ActionSpec("import_sheet", QT_TRANSLATE_NOOP("Actions", "Import &Spreadsheet…"), "file", None,
               QT_TRANSLATE_NOOP("Actions",
                                 "Bring in captives from a CSV, XLSX or ODS spreadsheet, row by row")),
    ActionSpec("export_json", QT_TRANSLATE_NOOP("Actions", "&Export JSON…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Write the whole case file to a JSON file")),
    # Security (issue 6): lock, passphrase, backups.
    ActionSpec("lock", QT_TRANSLATE_NOOP("Actions", "&Lock"), "file", "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions",
                                 "Close the case file and clear the window until its passphrase is typed again"),
               QStyle.StandardPixmap.SP_DialogCloseButton, toolbar=True),
    ActionSpec("change_passphrase", QT_TRANSLATE_NOOP("Actions", "Change &Passphrase…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Change the case file's passphrase, or encrypt an unencrypted case file")),
    ActionSpec("backups", QT_TRANSLATE_NOOP("Actions", "&Backups…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "See, verify, make and restore backups of the case file")),
    ActionSpec("security_settings", QT_TRANSLATE_NOOP("Actions", "Security &Settings…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Auto-lock, clipboard clearing and how many backups to keep")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", QKeySequence.StandardKey.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", QKeySequence.StandardKey.Undo,
               QT_TRANSLATE_NOOP("Actions", "Undo the last edit"), QStyle.StandardPixmap.SP_ArrowBack, toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", QKeySequence.StandardKey.Redo,
               QT_TRANSLATE_NOOP("Actions", "Do again what was last undone"),
               QStyle.StandardPixmap.SP_ArrowForward),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "edit", QKeySequence.StandardKey.Find,
               QT_TRANSLATE_NOOP("Actions", "Search captives by any spelling, in any script"),
               QStyle.StandardPixmap.SP_FileDialogContentsView),
    ActionSpec("new_captive", QT_TRANSLATE_NOOP("Actions", "New &Captive…"), "captive", QKeySequence.StandardKey.New,
               QT_TRANSLATE_NOOP("Actions",
                                 "Add a captive to the case file"), QStyle.StandardPixmap.SP_FileDialogNewFolder,
               toolbar=True),
    ActionSpec("open_captive", QT_TRANSLATE_NOOP("Actions", "&Open Captive"), "captive", None,
               QT_TRANSLATE_NOOP("Actions", "Open the selected captive's file (Enter)")),
    ActionSpec("delete_captive", QT_TRANSLATE_NOOP("Actions", "&Delete Captive…"), "captive", None,
               QT_TRANSLATE_NOOP("Actions", "Delete the selected captive and everything recorded about them"),
               QStyle.StandardPixmap.SP_TrashIcon),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh"), "view", QKeySequence.StandardKey.Refresh,
               QT_TRANSLATE_NOOP("Actions",
                                 "Read the case file again"), QStyle.StandardPixmap.SP_BrowserReload, toolbar=True),
    ActionSpec("export_calendar", QT_TRANSLATE_NOOP("Actions", "&Export Calendar (.ics)…"), "deadlines",
               None, QT_TRANSLATE_NOOP("Actions", "Write open deadlines and coming hearings to a calendar file")),
    ActionSpec("rule_calculator", QT_TRANSLATE_NOOP("Actions", "Deadline &Calculator…"), "deadlines",
               None, QT_TRANSLATE_NOOP("Actions", "Compute any rule's deadline with the steps taken")),
    ActionSpec("daily_log", QT_TRANSLATE_NOOP("Actions", "&Daily Log…"), "deadlines", None,
               QT_TRANSLATE_NOOP("Actions", "Print what happened to the deadlines on a day (PDF, internal)")),
    ActionSpec("deadline_settings", QT_TRANSLATE_NOOP("Actions", "Deadline &Settings…"), "deadlines",
               None, QT_TRANSLATE_NOOP("Actions", "Jurisdiction, warning periods and the statutory maximum")),
    ActionSpec("dossier", QT_TRANSLATE_NOOP("Actions", "&Dossier…"), "reports", None,
               QT_TRANSLATE_NOOP("Actions", "Print a captive's dossier at a sensitivity level")),
    ActionSpec("status_report", QT_TRANSLATE_NOOP("Actions", "&Status Report…"), "reports", None,
               QT_TRANSLATE_NOOP("Actions", "Report on all captives, as PDF or spreadsheet")),
    ActionSpec("letter", QT_TRANSLATE_NOOP("Actions", "&Letter…"), "reports", None,
               QT_TRANSLATE_NOOP("Actions", "Write a letter from a Word template")),
    ActionSpec("lawyer_details", QT_TRANSLATE_NOOP("Actions", "Lawyer's &Details…"), "reports",
               None, QT_TRANSLATE_NOOP("Actions", "Who signs letters and authors dossiers")),
    ActionSpec("open_log_folder", QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"), "help", None,
               QT_TRANSLATE_NOOP("Actions", "CaseApp's support log: what ran and where errors happened, "
                                            "never case data")),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About CaseApp"), "help"),
)

MENUS = (("file", QT_TRANSLATE_NOOP("Actions", "&File")), ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
         ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
         ("captive", QT_TRANSLATE_NOOP("Actions", "&Captive")),
         ("deadlines", QT_TRANSLATE_NOOP("Actions", "&Deadlines")),
         ("reports", QT_TRANSLATE_NOOP("Actions", "&Reports")), ("help", QT_TRANSLATE_NOOP("Actions", "&Help")))


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


