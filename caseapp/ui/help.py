"""Help inside the app: a short guide for the lawyer (first steps, levels, deadlines,
backups and the passphrase, travelling, outputs and filings, lists and the team server) and
the list of keyboard shortcuts, generated from the table of commands (caseapp.ui.actions) so
that it never drifts from what the keys do."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from caseapp.ui.actions import ACTIONS, MENUS, WIDGET_KEYS
from caseapp.ui.actions import tr as tr_action
from caseapp.ui.widgets.screen_room import resize_within_screen

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def guide_sections() -> list[tuple[str, str, list[str]]]:
    """(anchor, title, paragraphs) of the guide, translated."""
    return [
        ("first-steps", translate("Help", "First steps"), [
            translate("Help", "A case file holds everything about the captives you represent. Create one from "
               "the welcome page or with File → New Case File…; to look around first, open the "
               "demo case file (File → Open Demo Case File): its people are fictional."),
            translate("Help", "Before the first captive, tell CaseApp how your cases are counted: Deadlines → "
               "Deadline Settings… sets the domestic procedure, the warning periods, the statutory "
               "maximum of custody and after how many days without news a captive is flagged. "
               "Reports → Lawyer's Details… sets who signs letters and authors dossiers."),
            translate("Help", "Add a captive with Captive → New Captive… (Ctrl+N). Give every spelling of the "
               "name you know, in any script: the search finds a captive by any of them. In the "
               "captive's file, record charges, detention orders, hearings, visits and other "
               "proof of life, international proceedings, advocacy and documents."),
            translate("Help", "Each morning, start from the Dashboard: “Needs attention” lists deadlines due "
               "this week, follow-ups of your interventions due today or overdue, detention orders "
               "about to expire with no hearing recorded, custody beyond the maximum and captives without "
               "proof of life for longer than your threshold."),
            translate("Help", "Adding and changing records, a spreadsheet's import and a merge of two "
               "captives can be undone (Edit → Undo, Ctrl+Z); the menu says what would be undone "
               "and for whom, and Edit → Redo does it again. A deletion cannot be undone: "
               "CaseApp asks first. Closing or locking the case file forgets what could be undone."),
        ]),
        ("levels", translate("Help", "Sensitivity levels"), [
            translate("Help", "Every record that can hold free text has a level: internal (you and your team "
               "only), shareable (people you work with) or public. An attached document takes "
               "the stricter of its own level and its record's."),
            translate("Help", "A dossier, report, letter or calendar is made at one level and contains nothing "
               "above it; every page of a PDF is marked with its level. What the level leaves out "
               "is never written into it."),
            translate("Help", "Nothing about a captive goes into a public output unless the captive's consent "
               "to publicity is recorded."),
        ]),
        ("deadlines", translate("Help", "Deadlines"), [
            translate("Help", "Deadlines are computed from rules, each with its source and whether it was "
               "checked against the text in force. When you record an order, a hearing or a "
               "decision, its deadlines are computed or moved; a date you set by hand is kept."),
            translate("Help", "Where it is not verified how a rule counts (for example whether a deadline moves "
               "to the next working day), CaseApp never shows a date later than the plain "
               "count: a day early costs a day, a day late can cost the case. Check each date "
               "against its source: the Deadlines view shows how it was computed, step by step."),
            translate("Help", "In the Deadlines view, mark a deadline done, dismiss it with a reason, snooze it "
               "or change its date. Deadlines → Export Calendar (.ics)… writes them, with the "
               "coming hearings, to a calendar file; exporting again updates the same events."),
            translate("Help", "While CaseApp runs, it reminds you of deadlines and follow-ups due today or "
               "overdue and of captives without news, when a file is opened and every half "
               "hour: in a banner at the top of the window and as a desktop notification where "
               "the desktop offers them."),
        ]),
        ("backups", translate("Help", "Backups and the passphrase"), [
            translate("Help", "A case file is encrypted with its passphrase, unless you chose a file "
               "without one when you created it (for fictional or public data only). CaseApp never "
               "stores the passphrase: if it is lost, nobody can open the file or its backups. Keep "
               "it in a password manager or another safe place."),
            translate("Help", "File → Lock (Ctrl+L) closes the file and clears the window until the passphrase "
               "is typed again; File → Security Settings… can lock it by itself after a time "
               "without use."),
            translate("Help", "CaseApp backs the file up when you close it and at most once a day while it is "
               "open. Each backup is checked after it is written and is encrypted like the case "
               "file. File → Backups… lists them, checks them, makes one now and restores one "
               "into a file you choose, never over the open case file; a damaged backup is never offered for restore."),
            translate("Help", "Backups are kept on this computer, in a folder of CaseApp's own that File → "
               "Backups… names (the newest 10; File → Security Settings… sets how many): a laptop lost or "
               "seized takes them with it. Keep a copy of the case file somewhere else too."),
            translate("Help", "File → Change Passphrase… changes the passphrase of the case file. Backups made "
               "before the change still open with the old passphrase only."),
            translate("Help", "If the passphrase may one day be lost, File → Set Up Passphrase Recovery… "
               "splits a recovery key into printed shares for trusted colleagues; enough of them "
               "together set a new passphrase with File → Recover a Lost Passphrase…. Keep the "
               "file that ends in .keys beside the case file: without it, a case file with "
               "recovery cannot be opened."),
        ]),
        ("travel", translate("Help", "Travelling and emergencies"), [
            translate("Help", "Before crossing a border, File → Travel Copy… writes a new case file with a "
               "passphrase of its own that holds only what is at or below the level you choose, "
               "public or shareable: a captive without consent to publicity is not in a public copy, and "
               "nothing internal travels, nor the history of changes. A travel copy is not a "
               "backup."),
            translate("Help", "Back home, File → Merge Travel Copy… brings the changes made in the copy "
               "into this case file. A record changed on both sides is listed as a conflict, with "
               "what the copy holds, and not applied: make that change by hand. Where a day that "
               "counts deadlines was changed on both sides, the earlier day is kept. Then File → "
               "Destroy Travel Copy… overwrites and deletes the copy."),
            translate("Help", "File → Emergency Lock (Ctrl+Shift+L) locks at once and empties the clipboard. "
               "File → Emergency Settings… can also wipe the case file after a countdown that "
               "follows it, or after a number of wrong passphrases in a row; both are off until you "
               "turn them on, and a wipe cannot be undone. On an SSD or a memory card a wipe "
               "cannot reach every old copy of the file: there its encryption protects it."),
            translate("Help", "After a device was seized or lost, Reports → Seizure Exposure Report… lists "
               "what it held and which passphrases, logins and recovery shares to replace."),
        ]),
        ("outputs", translate("Help", "Dossiers, letters and filings"), [
            translate("Help", "Reports → Dossier… prints one captive's dossier, Reports → Status Report… a "
               "report on all captives (PDF or spreadsheet) and Reports → Letter… a letter from a "
               "Word template; each is made at the level you choose."),
            translate("Help", "From a captive's file, Reports → Filing with the ECHR and the UN… drafts an "
               "application to the ECHR with its annexes, a Rule 39 request or a communication to "
               "a UN body, in English or French, into a folder you choose. Its level is shareable "
               "by default, as a filing leaves the team. These are drafts: read and complete them "
               "before you file."),
        ]),
        ("lists", translate("Help", "Spreadsheets and the team server"), [
            translate("Help", "File → Import Spreadsheet… brings in captives from a CSV, XLSX or ODS list, "
               "with headers in Armenian, Russian, English or Azerbaijani. Every row is previewed, "
               "with the cells that cannot be taken and the captives likely recorded already; "
               "nothing is written until you confirm. File → Export Captives List… writes the list "
               "back out."),
            translate("Help", "A team can work in one case file on a PostgreSQL server: File → Connect to "
               "Team Server… opens it under your own login. The server keeps from each person "
               "what is above their clearance (an assistant cleared for shareable sees nothing "
               "internal); deleting records and changing settings need internal clearance."),
        ]),
    ]


def guide_html() -> str:
    sections = guide_sections()
    parts = [f"<h2>{html.escape(translate('Help', 'CaseApp guide'))}</h2><p>"]
    links = [(anchor, title) for anchor, title, _p in sections]
    links.append(("shortcuts", translate("Help", "Keyboard shortcuts")))  # the table, at the end
    parts.append(" · ".join(f"<a href='#{anchor}'>{html.escape(title)}</a>" for anchor, title in links))
    parts.append("</p>")
    for anchor, title, paragraphs in sections:
        parts.append(f"<h3><a name='{anchor}'></a>{html.escape(title)}</h3>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    parts.append(shortcuts_html())
    return "".join(parts)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(keys, command, where) for every command with a shortcut, then the keys widgets
    handle themselves; keys as this platform writes them."""
    menus = dict(MENUS)
    rows = []
    for spec in ACTIONS:
        keys = ", ".join(typed_keys(spec.shortcut))
        if not keys:  # no key, or a standard key this platform leaves unbound (Quit on Windows)
            continue
        command = tr_action(spec.text).replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.append((keys, command, tr_action(menus[spec.menu]).replace("&", "")))
    native = QKeySequence.SequenceFormat.NativeText
    for keys, text in WIDGET_KEYS:
        shown = ", ".join(QKeySequence(k).toString(native) for k in keys.split(", "))
        rows.append((shown, tr_action(text), ""))
    return rows


def typed_keys(shortcut: QKeySequence.StandardKey | str | None) -> list[str]:
    """The keys a command answers, as this platform writes them: of a standard command, each
    the platform gives it that a usual keyboard types (Ctrl+Y and Ctrl+Shift+Z for Redo), not
    the keys of their own some keyboards have ("Redo", F14)."""
    if shortcut is None:
        return []
    native = QKeySequence.SequenceFormat.NativeText
    if not isinstance(shortcut, QKeySequence.StandardKey):
        return [k for k in [QKeySequence(shortcut).toString(native)] if k]
    keys = [k.toString(native) for k in QKeySequence.keyBindings(shortcut)]
    return [k for k in keys if "+" in k or re.fullmatch(r"F([1-9]|1[0-2])", k)]


def shortcuts_html() -> str:
    head = (f"<h3><a name='shortcuts'></a>{html.escape(translate('Help', 'Keyboard shortcuts'))}</h3>"
            "<table cellspacing='0' cellpadding='4'>")
    body = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(command)}</td>"
                   f"<td>{html.escape(where)}</td></tr>" for keys, command, where in shortcut_rows())
    return head + body + "</table>"


class HelpText(QTextBrowser):
    """The help's text: Tab leaves it, as every other text box of the app (a text browser
    takes Tab to go from link to link, a dozen stops before Close); Ctrl+Tab and
    Ctrl+Shift+Tab go from link to link instead (past the last, on to Close), Enter follows
    the link chosen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleDescription(translate(
            "Help", "Tab leaves the text. Ctrl+Tab and Ctrl+Shift+Tab go from link to link; "
                    "Enter follows the link chosen."))

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # out of the text, not to a link

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # the text browser's own way from link to link
            QTextBrowser.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab
                                            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)


class HelpDialog(QDialog):
    """A browsable page of help, kept open beside the window."""

    def __init__(self, title: str, page: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = HelpText(self)
        self.browser.setObjectName("help_text")
        self.browser.setAccessibleName(title)  # read out by the page's title, not "text"
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 680, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _show(parent: QWidget, name: str, title: str, page: str, anchor: str = "") -> HelpDialog:
    dialog = parent.findChild(HelpDialog, name)
    if dialog is None:
        dialog = HelpDialog(title, page, parent)
        dialog.setObjectName(name)
    if anchor:
        dialog.browser.scrollToAnchor(anchor)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_guide(parent: QWidget) -> HelpDialog:
    return _show(parent, "help_guide", translate("Help", "CaseApp guide"), guide_html())


def show_shortcuts(parent: QWidget) -> HelpDialog:
    return _show(parent, "help_shortcuts", translate("Help", "Keyboard shortcuts"), shortcuts_html())
