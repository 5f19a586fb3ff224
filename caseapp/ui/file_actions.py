"""The File menu's work: a new case file, opening one, the demo, JSON import and export, and
the security entries (passphrase, backups, security settings).

The main window only connects these to its actions and the welcome page; each takes the
window as its :class:`Shell`. Their texts keep the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QStatusBar, QWidget

from caseapp.domain.enums import AuditAction
from caseapp.services.casefile import CaseFile
from caseapp.services.told_apart import apart_text
from caseapp.ui import file_names
from caseapp.ui import settings as keys
from caseapp.ui.formats import fill
from caseapp.ui.i18n import plural
from caseapp.ui.opener import NewCaseFileDialog
from caseapp.ui.session import CaseFileSession
from caseapp.ui.widgets.save_target import ask_save_path, case_file_name, file_filter
from caseapp.ui.worker import Runner

if TYPE_CHECKING:
    from caseapp.domain.dto import ImportReport, LookAlike
    from caseapp.domain.messages import Message

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class Locking(Protocol):
    def apply_settings(self) -> None: ...


class Shell(Protocol):
    """What these actions use of the main window."""

    # read, never set, by these actions: read-only, so that the window's own kinds of them
    # (its welcome page, its elided label, its locker) are what they ask for
    @property
    def settings(self) -> QSettings: ...
    @property
    def session(self) -> CaseFileSession: ...
    @property
    def demo_path(self) -> Path: ...
    @property
    def demo_builder(self) -> Callable[[Path], None]: ...
    @property
    def welcome(self) -> QWidget: ...
    @property
    def file_label(self) -> QLabel: ...
    @property
    def locker(self) -> Locking: ...
    @property
    def case_file(self) -> CaseFile | None: ...
    @property
    def runner(self) -> Runner: ...
    def open_path(self, path: Path, *, create: bool = False, passphrase: str | None = None) -> bool: ...
    def report(self, exc: BaseException) -> None: ...
    def refresh(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def likely_duplicates(self) -> None: ...


def _widget(window: Shell) -> QWidget:
    assert isinstance(window, QWidget)
    return window


def new_file(window: Shell) -> None:
    parent = _widget(window)
    path, chosen = QFileDialog.getSaveFileName(parent, translate("MainWindow", "New case file"),
                                               str(Path.home() / "casefile.db"), file_filter())
    if not path:
        return
    path = case_file_name(path, chosen)
    if Path(path).exists():
        QMessageBox.warning(parent, translate("MainWindow", "New case file"),
                            translate("MainWindow", "%1 already exists. Choose another name.").replace("%1", path))
        return
    dialog = NewCaseFileDialog(path, parent)
    if dialog.exec():
        window.open_path(Path(path), create=True, passphrase=dialog.chosen_passphrase())


def open_file(window: Shell) -> None:
    path, _ = QFileDialog.getOpenFileName(_widget(window), translate("MainWindow", "Open case file"), str(Path.home()),
                                          file_filter())
    if path:
        window.open_path(Path(path))


def missing_file(window: Shell, path: Path) -> bool:
    """Opening ``path``, which is not there (a recent file moved, renamed or on a drive not
    connected): say so and offer to create a new case file there or open another one (the
    command line's advice, "caseapp init", means nothing here). Whether a file was opened."""
    parent = _widget(window)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Open case file"),
                      translate("MainWindow", "There is no case file at %1.").replace("%1", str(path)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("MainWindow", "It may have been moved, renamed or deleted, "
                                                   "or be on a drive that is not connected."))
    create = box.addButton(translate("MainWindow", "Create a New Case File There…"),
                           QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("MainWindow", "Open Another File…"),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is create:
        dialog = NewCaseFileDialog(str(path), parent)
        return bool(dialog.exec()) and window.open_path(path, create=True,
                                                        passphrase=dialog.chosen_passphrase())
    if box.clickedButton() is other:
        chosen, _ = QFileDialog.getOpenFileName(parent, translate("MainWindow", "Open case file"),
                                                str(path.parent), file_filter())
        return bool(chosen) and window.open_path(Path(chosen))
    return False


def open_demo(window: Shell) -> None:
    """Open the demo case file, building it first (in the background) if needed."""
    if window.demo_path.exists():
        window.open_path(window.demo_path)
        return
    window.statusBar().showMessage(translate("MainWindow", "Creating the demo case file…"))
    window.welcome.setEnabled(False)

    def done(_result: object) -> None:
        window.welcome.setEnabled(True)
        window.open_path(window.demo_path)

    def failed(exc: BaseException) -> None:
        window.welcome.setEnabled(True)
        window.report(exc)

    window.runner.submit(lambda: window.demo_builder(window.demo_path), done, failed)


def imported_text(count: int) -> str:
    return translate("MainWindow", "Imported %Ln record(s).", "", count)


def import_json(window: Shell) -> None:
    """Add the records of a JSON export (a write: on the operations worker); what the import
    says besides the count (settings taken or kept, records left out) is shown afterwards."""
    cf = window.case_file
    if cf is None:
        return
    parent = _widget(window)
    path, _ = QFileDialog.getOpenFileName(parent, translate("MainWindow", "Import JSON"), str(Path.home()),
                                          "JSON (*.json *.json.gz);;"
                                          + translate("QFileDialog", "All files (*)"))
    if not path:
        return

    def done(report: ImportReport) -> None:
        from caseapp.domain.dto import Changes

        window.statusBar().showMessage(imported_text(report.total_added), 8000)
        window.session.bus.publish(Changes("captives", AuditAction.CREATE, ()))
        window.refresh()
        said = list(report.notices)
        if report.settings_kept:  # (the report's line names no way of changing them)
            said.append(translate("MainWindow", "To change the case settings not taken from the "
                                  "export, use Deadlines → Deadline Settings… or Reports → "
                                  "Lawyer's Details… if the export is right."))
        if said:
            QMessageBox.information(parent, translate("MainWindow", "Import JSON"), "\n\n".join(said))
        if report.look_alikes:
            say_look_alikes(window, report.look_alikes)

    window.session.ops.worker.submit(lambda: cf.import_json(path), done, window.report)


LOOK_ALIKES_NAMED = 3  # the imported captives named in the box; the others counted


def say_look_alikes(window: Shell, found: tuple[LookAlike, ...]) -> None:
    """The imported captives that look like captives already there (another case file's copy
    of the same people), a few named, with a button to review and merge them in Likely
    Duplicates; the import merged nothing."""
    # Each named by what tells the two apart (the ids mean nothing to a lawyer; Likely
    # Duplicates, where they are merged, shows them in its tooltips).
    pair = translate("MainWindow", "%1 (%2) like %3 (%4)")
    named = "\n".join(fill(pair, a.imported_name, apart_text(a.imported_apart), a.existing_name,
                           apart_text(a.existing_apart))
                      for a in found[:LOOK_ALIKES_NAMED])
    more = len(found) - LOOK_ALIKES_NAMED
    if more > 0:
        and_more = translate("MainWindow", "and %n more", "", more)
        named += "\n" + and_more
    count = len(found)
    said = translate("MainWindow", "Likely the same people as captives already in the case file: %n "
                     "imported captive(s) (another copy of the same people?). Nothing was merged: "
                     "review them in Captive → Likely Duplicates… and merge each person recorded "
                     "twice.", "", count)
    box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Import JSON"),
                      said + "\n\n" + named, QMessageBox.StandardButton.Close, _widget(window))
    box.setObjectName("import_look_alikes")
    review = box.addButton(translate("MainWindow", "Likely Duplicates…"),
                           QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is review:
        window.likely_duplicates()


def export_said(count: int, path: str) -> str:
    """The status bar's line once ``count`` records are exported to ``path``, in the
    language's plural forms ("Exported 1 record", «Экспортировано 5 записей»)."""
    return plural(translate("MainWindow", "Exported %Ln record(s) to %1.", "", count),
                  count).replace("%1", path)


def export_json(window: Shell) -> None:
    cf = window.case_file
    if cf is None:
        return
    target = ask_save_path(_widget(window), translate("MainWindow", "Export JSON"),
                           Path.home() / file_names.export(cf.ctx.today()), "JSON (*.json)",
                           cf.output_guard)
    if target is None:
        return
    from caseapp.services import data_exports

    path = str(target)

    def exported(done: tuple[dict[str, int], Message | None]) -> None:
        counts, left_out = done
        said = export_said(sum(counts.values()), path)
        window.statusBar().showMessage(said, 8000)
        if left_out is not None:  # read at a level: say it is not a whole copy
            QMessageBox.information(_widget(window), translate("MainWindow", "Export JSON"),
                                    f"{said}\n\n{left_out}")

    window.runner.submit(lambda: (data_exports.export_json(cf, path), data_exports.export_left_out(cf)),
                         exported, window.report)


def change_passphrase(window: Shell) -> None:
    from caseapp.ui.dialogs.passphrase import ChangePassphraseDialog

    cf = window.case_file
    if cf is None or cf.db.path is None:
        return
    parent = _widget(window)
    dialog = ChangePassphraseDialog(cf, parent, prepare=window.runner.wait)
    if dialog.exec():
        window.file_label.setText("🔒 " + cf.label)
        text = translate("MainWindow", "The passphrase was changed; a backup with the new passphrase was made.")
        if dialog.backup_problem:
            text = translate("MainWindow", "The passphrase was changed, but the backup that follows failed: "
                      "%1").replace("%1", dialog.backup_problem)
        QMessageBox.information(parent, translate("MainWindow", "Passphrase"), text)


def show_backups(window: Shell) -> None:
    from caseapp.ui.dialogs.backups import BackupsDialog

    cf = window.case_file
    if cf is None or cf.db.path is None:
        return
    BackupsDialog(cf, window.runner, _widget(window),
                  open_restored=lambda path, secret: window.open_path(path, passphrase=secret)
                  ).exec()


def security_settings(window: Shell) -> None:
    from caseapp.ui.dialogs.security_settings import SecuritySettingsDialog

    if SecuritySettingsDialog(window.settings, _widget(window)).exec():
        window.locker.apply_settings()
        cf = window.case_file
        if cf is not None and cf.db.path is not None:
            cf.backups.store.keep = keys.backups_keep(window.settings)


def set_up_recovery(window: Shell) -> None:
    from caseapp.ui.dialogs.recovery import RecoverySetupDialog

    cf = window.case_file
    if cf is None or cf.db.path is None:
        return
    parent = _widget(window)
    if not cf.db.encrypted:
        QMessageBox.information(parent, translate("MainWindow", "Passphrase recovery"), translate("MainWindow",
            "This case file is not encrypted: give it a passphrase first (File → Change "
            "Passphrase…), then set up recovery."))
        return
    RecoverySetupDialog(cf, parent, prepare=window.runner.wait).exec()


def recover_passphrase(window: Shell) -> None:
    """Choose a case file whose passphrase is lost, type enough shares and a new passphrase,
    and open it with the new one."""
    from caseapp.services import recovery
    from caseapp.ui.dialogs.recovery import RecoverPassphraseDialog

    parent = _widget(window)
    path, _ = QFileDialog.getOpenFileName(parent, translate("MainWindow", "Case file whose passphrase is lost"),
                                          str(Path.home()), file_filter())
    if not path:
        return
    try:
        state = recovery.status(Path(path))
    except Exception as exc:  # noqa: BLE001 - a damaged key file: reported as any error
        window.report(exc)
        return
    if state is None:
        QMessageBox.warning(parent, translate("MainWindow", "Passphrase recovery"), translate("MainWindow",
            "%1 has no passphrase recovery set up (there is no key file beside it). Without its "
            "passphrase nobody can open it.").replace("%1", Path(path).name))
        return
    dialog = RecoverPassphraseDialog(Path(path), parent)
    if dialog.exec() and dialog.new_passphrase and window.open_path(
            Path(path), passphrase=dialog.new_passphrase):
        cf = window.case_file
        if cf is not None:
            cf.log_event("passphrase recovered", "with recovery shares")
        QMessageBox.information(parent, translate("MainWindow", "Passphrase recovery"), translate("MainWindow",
            "The case file has a new passphrase and is open. Set up recovery again if a share "
            "may have been seen by someone else."))
