"""Every command of the main window, declared once: menus, toolbar and shortcuts are built
from this table (MusicBrainz Picard's habit), so a command is never wired twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from caseapp.domain.errors import CaseAppError
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP

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
    separator_after: bool = False  # in its menu


# The views of the sidebar, in its order: Ctrl+1 … Ctrl+7 and the View menu follow it.
VIEWS: tuple[tuple[str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("Actions", "Dashboard")),
    ("deadlines", QT_TRANSLATE_NOOP("Actions", "Deadlines")),
    ("captives", QT_TRANSLATE_NOOP("Actions", "Captives")),
    ("hearings", QT_TRANSLATE_NOOP("Actions", "Hearings")),
    ("contacts", QT_TRANSLATE_NOOP("Actions", "Contacts && organisations")),
    ("advocacy", QT_TRANSLATE_NOOP("Actions", "Advocacy log")),
    ("documents", QT_TRANSLATE_NOOP("Actions", "Documents")),
)


def view_action_id(view_id: str) -> str:
    return f"view_{view_id}"


def _view_actions() -> tuple[ActionSpec, ...]:
    last = len(VIEWS)
    return tuple(ActionSpec(view_action_id(vid), text, "view", f"Ctrl+{n}",
                            separator_after=n == last)
                 for n, (vid, text) in enumerate(VIEWS, 1))


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_file", QT_TRANSLATE_NOOP("Actions", "&New Case File…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Create a new, empty case file"), QStyle.StandardPixmap.SP_FileIcon),
    ActionSpec("open_file", QT_TRANSLATE_NOOP("Actions", "&Open Case File…"), "file", QKeySequence.StandardKey.Open,
               QT_TRANSLATE_NOOP("Actions", "Open another case file"), QStyle.StandardPixmap.SP_DialogOpenButton),
    ActionSpec("connect_server", QT_TRANSLATE_NOOP("Actions", "Connect to &Team Server…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Open a case file on a team server under your own login")),
    ActionSpec("open_demo", QT_TRANSLATE_NOOP("Actions", "Open &Demo Case File"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Open the demo case file: fictional captives to try CaseApp on")),
    ActionSpec("close_file", QT_TRANSLATE_NOOP("Actions", "&Close Case File"), "file", "Ctrl+W",
               QT_TRANSLATE_NOOP("Actions", "Close the case file (backed up first) and go back to the welcome page"),
               separator_after=True),
    ActionSpec("import_json", QT_TRANSLATE_NOOP("Actions", "&Import JSON…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Add the records of a CaseApp JSON export to this case file")),
    ActionSpec("import_sheet", QT_TRANSLATE_NOOP("Actions", "Import Spreads&heet…"), "file", None,
               QT_TRANSLATE_NOOP("Actions",
                                 "Bring in captives from a CSV, XLSX or ODS spreadsheet, row by row")),
    ActionSpec("export_sheet", QT_TRANSLATE_NOOP("Actions", "E&xport Captives List…"), "file", None,
               QT_TRANSLATE_NOOP("Actions",
                                 "Write the captives list to an XLSX or CSV file that Import Spreadsheet reads back")),
    ActionSpec("export_json", QT_TRANSLATE_NOOP("Actions", "&Export JSON…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Write the whole case file to a JSON file"), separator_after=True),
    # Security (issue 6): lock, passphrase, backups.
    ActionSpec("lock", QT_TRANSLATE_NOOP("Actions", "Loc&k"), "file", "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions",
                                 "Close the case file and clear the window until its passphrase is typed again"),
               QStyle.StandardPixmap.SP_DialogCloseButton, toolbar=True),
    # Field safety (issue 19): the emergency exit, travel copies.
    ActionSpec("panic", QT_TRANSLATE_NOOP("Actions", "Emergenc&y Lock"), "file", "Ctrl+Shift+L",
               QT_TRANSLATE_NOOP("Actions", "Lock at once and empty the clipboard (and wipe the "
                                            "case file after a countdown, if turned on)")),
    ActionSpec("change_passphrase", QT_TRANSLATE_NOOP("Actions", "Change &Passphrase…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Change the case file's passphrase, or encrypt an unencrypted case file")),
    ActionSpec("recovery_setup", QT_TRANSLATE_NOOP("Actions", "Set &Up Passphrase Recovery…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Split a recovery key into shares for trusted colleagues, printed")),
    ActionSpec("recovery_unlock", QT_TRANSLATE_NOOP("Actions", "Recover &a Lost Passphrase…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Set a new passphrase for a case file with enough colleagues' shares")),
    ActionSpec("backups", QT_TRANSLATE_NOOP("Actions", "&Backups…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "See, verify, make and restore backups of the case file")),
    ActionSpec("security_settings", QT_TRANSLATE_NOOP("Actions", "Security &Settings…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Auto-lock, clipboard clearing and how many backups to keep")),
    ActionSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "The language of the interface: Armenian, Russian or English")),
    ActionSpec("emergency_settings", QT_TRANSLATE_NOOP("Actions", "Emergency Settin&gs…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "The emergency wipe: off, after a panic, after wrong passphrases"),
               separator_after=True),
    ActionSpec("travel_copy", QT_TRANSLATE_NOOP("Actions", "Tra&vel Copy…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Write a new encrypted case file with only what is at a "
                                            "lower level, to cross a border with")),
    ActionSpec("travel_merge", QT_TRANSLATE_NOOP("Actions", "&Merge Travel Copy…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Bring the changes made in a travel copy into this case file")),
    # no underlined letter: the one destructive item is chosen, never hit by a stray key
    ActionSpec("travel_destroy", QT_TRANSLATE_NOOP("Actions", "Destroy Travel Copy…"), "file", None,
               QT_TRANSLATE_NOOP("Actions", "Overwrite and delete a travel copy"), separator_after=True),
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
    ActionSpec("merge_captives", QT_TRANSLATE_NOOP("Actions", "&Merge Captives…"), "captive", None,
               QT_TRANSLATE_NOOP("Actions", "Merge two selected captives recorded twice into one")),
    ActionSpec("likely_duplicates", QT_TRANSLATE_NOOP("Actions", "Likely D&uplicates…"), "captive", None,
               QT_TRANSLATE_NOOP("Actions", "List the captives likely recorded twice, to merge them")),
    ActionSpec("go_back", QT_TRANSLATE_NOOP("Actions", "&Back"), "view", "Alt+Left",
               QT_TRANSLATE_NOOP("Actions", "Go back to the view or captive's file shown before")),
    ActionSpec("go_forward", QT_TRANSLATE_NOOP("Actions", "&Forward"), "view", "Alt+Right",
               QT_TRANSLATE_NOOP("Actions", "Go forward again after going back"), separator_after=True),
    *_view_actions(),
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
    ActionSpec("filing", QT_TRANSLATE_NOOP("Actions", "&Filing with the ECHR and the UN…"), "reports",
               None, QT_TRANSLATE_NOOP("Actions", "ECHR application and Rule 39 packs, UN "
                                                  "submissions for the open captive")),
    ActionSpec("exposure_report", QT_TRANSLATE_NOOP("Actions", "Seizure &Exposure Report…"), "reports", None,
               QT_TRANSLATE_NOOP("Actions", "After a device was seized: what it held and what to revoke (PDF)")),
    ActionSpec("letter_templates", QT_TRANSLATE_NOOP("Actions", "Letter &Templates…"), "reports",
               None, QT_TRANSLATE_NOOP("Actions", "Add or remove your own Word templates for letters")),
    ActionSpec("lawyer_details", QT_TRANSLATE_NOOP("Actions", "La&wyer's Details…"), "reports",
               None, QT_TRANSLATE_NOOP("Actions", "Who signs letters and authors dossiers")),
    ActionSpec("open_log_folder", QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"), "help", None,
               QT_TRANSLATE_NOOP("Actions", "CaseApp's support log: what ran and where errors happened, "
                                            "never case data")),
    ActionSpec("help_guide", QT_TRANSLATE_NOOP("Actions", "CaseApp &Guide"), "help",
               QKeySequence.StandardKey.HelpContents,
               QT_TRANSLATE_NOOP("Actions", "First steps, levels, deadlines, backups, travel, filings "
                                            "and the team server"),
               QStyle.StandardPixmap.SP_DialogHelpButton),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "help", None,
               QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of CaseApp"), separator_after=True),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About CaseApp"), "help"),
)

# Keys that widgets handle themselves (not commands of the menus): listed with the
# shortcuts in Help, from here, so the list stays whole.
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    ("Down, Enter", QT_TRANSLATE_NOOP("Actions", "In a search box: move into its results")),
    ("Enter", QT_TRANSLATE_NOOP("Actions", "In the captives list: open the selected captive's file")),
    ("Enter", QT_TRANSLATE_NOOP("Actions", "In any other list: open the selected row, as a double-click does")),
    ("Delete", QT_TRANSLATE_NOOP("Actions", "In a list: delete the selected record (asks first)")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("Actions",
                                 "In the captives list: copy the selected row (taken off the clipboard again)")),
    ("Alt+Down, F4", QT_TRANSLATE_NOOP("Actions", "In a date field: open the calendar")),
    ("Ctrl+Tab, Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("Actions",
                                                   "In the help: go from link to link (Enter follows the link)")),
)

MENUS = (("file", QT_TRANSLATE_NOOP("Actions", "&File")), ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
         ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
         ("captive", QT_TRANSLATE_NOOP("Actions", "&Captive")),
         ("deadlines", QT_TRANSLATE_NOOP("Actions", "&Deadlines")),
         ("reports", QT_TRANSLATE_NOOP("Actions", "&Reports")), ("help", QT_TRANSLATE_NOOP("Actions", "&Help")))


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def build_actions(parent: QWidget, handlers: dict[str, Callable[[], object]],
                  report: Callable[[BaseException], None] | None = None) -> dict[str, QAction]:
    """One QAction per spec, connected to ``handlers[id]`` (missing handlers disable it).
    A sentence for the user that a handler raises (the case file replaced under the window,
    read before a dialog opens) goes to ``report``, not to the log alone."""
    actions: dict[str, QAction] = {}
    style = parent.style()
    for spec in ACTIONS:
        action = QAction(tr(spec.text), parent)
        action.setObjectName(f"action_{spec.id}")
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)  # every key the platform gives it (Redo: Ctrl+Y, Ctrl+Shift+Z)
        elif spec.shortcut is not None:
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
            action.triggered.connect(lambda _checked=False, h=handler: _run(h, report))
        actions[spec.id] = action
    return actions


def _run(handler: Callable[[], object], report: Callable[[BaseException], None] | None) -> None:
    try:
        handler()
    except CaseAppError as exc:
        if report is None:
            raise
        report(exc)


