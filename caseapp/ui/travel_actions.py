"""The main window's field-safety commands: travel copy, merge back, destroy, exposure report,
emergency settings. Each asks in a dialog (:mod:`caseapp.ui.dialogs.travel`) and runs the
service off the UI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from caseapp.config import current_actor
from caseapp.domain.enums import AuditAction, Sensitivity
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import current_language
from caseapp.services.backup import default_backup_root
from caseapp.services.told_apart import apart_text
from caseapp.ui.captive_names import CaptiveName
from caseapp.ui.dialogs.travel import (
    ExposureDialog,
    OpenTravelCopyDialog,
    TravelCopyDialog,
    confirm_destroy,
    confirm_destroy_damaged,
    confirm_destroy_unmerged,
    show_merge_report,
)
from caseapp.ui.formats import fill
from caseapp.ui.i18n import plural
from caseapp.ui.wipe_text import say_wiped


def travel_choices(cf: Any) -> list[tuple[int, str, Sensitivity, bool]]:
    """The captives the travel copy offers: id, name as the lists show it (the spelling in
    the interface's script, the Latin one beside it), level, consent to publicity."""
    return [(c.id, CaptiveName(c.id, c.primary_name, c.latin_name, tuple(c.names)).full,
             c.sensitivity, c.consent_publicity) for c in cf.captives.list()]


def make_travel_copy(window: Any) -> None:
    cf = window.case_file
    if cf is None:
        return
    from caseapp.services.data_exports import travel_copy as make

    dialog = TravelCopyDialog(travel_choices(cf), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    values = dialog.values()
    if not values["target"]:
        QMessageBox.warning(window, QCoreApplication.translate("TravelCopy", "Travel Copy"),
                            QCoreApplication.translate("TravelCopy",
                                                       "Choose where to write the travel copy."))
        return
    if values["captive_ids"] == []:
        QMessageBox.warning(window, QCoreApplication.translate("TravelCopy", "Travel Copy"),
                            QCoreApplication.translate("TravelCopy", "Tick at least one captive."))
        return

    def done(made: Any) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("TravelCopy", "Travel copy written to %1. Merge it back "
                                                     "when you return, then destroy it.")
            .replace("%1", str(made.path)), 15000)

    window.session.ops.worker.submit(lambda: make(cf, **values), done, window.report)


def merge_travel_copy(window: Any) -> None:
    cf = window.case_file
    if cf is None:
        return
    from caseapp.services.travel_merge import merge_travel_copy as merge
    from caseapp.services.travel_merge import open_travel_copy

    explain = QCoreApplication.translate(
        "TravelCopy", "The records added or changed in the travel copy are brought into this "
        "case file. A record changed here too since the copy was made is a conflict: it is "
        "listed and not applied.")
    dialog = OpenTravelCopyDialog(QCoreApplication.translate("TravelCopy", "Merge Travel Copy"),
                                  explain, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path.text().strip():
        return
    path, passphrase = dialog.path.text().strip(), dialog.passphrase.text() or None

    def run() -> Any:
        travel = open_travel_copy(path, passphrase, actor=current_actor())
        try:
            return merge(cf, travel)
        finally:
            travel.close()

    def done(report: Any) -> None:
        from caseapp.domain.dto import Changes

        window.session.bus.publish(Changes("captives", AuditAction.UPDATE, ()))
        window.refresh()
        added, changed = sum(report.added.values()), sum(report.updated.values())
        # the case file took the changes but the copy is not marked merged: said first
        lines = [str(report.copy_not_marked)] if report.copy_not_marked is not None else []
        lines += [QCoreApplication.translate("TravelCopy", "Added: %Ln record(s).", "", added),
                 QCoreApplication.translate("TravelCopy", "Changed: %Ln record(s).", "", changed)]
        # one bullet per conflict: a line wrapped in the box still shows where the next begins
        lines += [f"• {c.line()}" for c in report.conflicts]
        kept = QCoreApplication.translate("TravelCopy", "Deleted in the travel copy, kept here: %1")
        lines += ["• " + kept.replace("%1", k) for k in report.kept_in_main]
        lines += [f"• {line}" for line in report.earlier_kept]  # the earlier of two days
        lines += look_alike_lines(report.look_alikes)
        show_merge_report(window, lines, len(report.conflicts), bool(report.earlier_kept))

    window.session.ops.worker.submit(run, done, window.report)


LOOK_ALIKES_NAMED = 3  # the captives named in the merge's report; the others counted


def look_alike_lines(found: tuple[Any, ...]) -> list[str]:
    """The captives added from the travel copy that look like one already in the case file
    (the same person entered on both sides), a few named by what tells each pair apart, with
    where to review and merge them; the merge merged none."""
    if not found:
        return []
    count = len(found)
    said = plural(QCoreApplication.translate(
        "TravelCopy", "%n captive(s) added from the travel copy may be recorded here already "
        "(the same person entered on both sides?). Nothing was merged: review them in Captive → "
        "Likely Duplicates… and merge each person recorded twice.", "", count), count)
    pair = QCoreApplication.translate("MainWindow", "%1 (%2) like %3 (%4)")
    lines = ["• " + said]
    lines += ["   " + fill(pair, a.imported_name, apart_text(a.imported_apart), a.existing_name,
                           apart_text(a.existing_apart)) for a in found[:LOOK_ALIKES_NAMED]]
    if count > LOOK_ALIKES_NAMED:
        lines.append("   " + QCoreApplication.translate("MainWindow", "and %n more", "",
                                                        count - LOOK_ALIKES_NAMED))
    return lines


def destroy_travel_copy(window: Any) -> None:
    from caseapp.services.travel_destroy import UnmergedChanges
    from caseapp.services.travel_destroy import destroy_travel_copy as destroy

    explain = QCoreApplication.translate(
        "TravelCopy", "The travel copy is overwritten and deleted, with its backups on this "
        "computer. Merge it back first: a copy with changes not merged back is not destroyed.")
    dialog = OpenTravelCopyDialog(QCoreApplication.translate("TravelCopy", "Destroy Travel Copy"),
                                  explain, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path.text().strip():
        return
    path, passphrase = dialog.path.text().strip(), dialog.passphrase.text() or None
    cf = window.case_file
    if cf is not None and cf.db.path is not None and Path(path).resolve() == \
            Path(cf.db.path).resolve():
        QMessageBox.warning(window, QCoreApplication.translate("TravelCopy", "Destroy Travel Copy"),
                            QCoreApplication.translate("TravelCopy", "This is the open case file, not a travel copy."))
        return
    if not confirm_destroy(window, path):
        return

    def run(damaged_ok: bool, unmerged_ok: bool = False) -> None:
        window.runner.submit(
            lambda: destroy(path, passphrase, actor=current_actor(),
                            backups_root=default_backup_root(), damaged_ok=damaged_ok,
                            unmerged_ok=unmerged_ok),
            lambda result: say_wiped(window, destroyed_text(len(result.removed)), result),
            failed)

    def failed(exc: BaseException) -> None:
        """A copy too damaged to open (or whose passphrase does not open it), or holding
        changes not merged back, is destroyed once confirmed, as on the command line; any
        other refusal is shown."""
        if isinstance(exc, CaseFileError) and exc.damaged and \
                confirm_destroy_damaged(window, path, str(exc)):
            run(True)
        elif isinstance(exc, UnmergedChanges):
            if confirm_destroy_unmerged(window, path, str(exc)):
                run(False, unmerged_ok=True)
        else:
            window.report(exc)

    run(False)


def destroyed_text(count: int) -> str:
    return QCoreApplication.translate(
        "TravelCopy", "Travel copy destroyed: %Ln file(s) overwritten and deleted.", "", count)


def exposure_report(window: Any) -> None:
    from caseapp.services import outputs
    from caseapp.services.identity import OtherCaseFile

    cf = window.case_file
    today = cf.ctx.today() if cf is not None else date.today()
    dialog = ExposureDialog(QDate(today.year, today.month, today.day), window)
    if cf is None:
        dialog.from_backup.setChecked(True)
        dialog.from_audit.setEnabled(False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    target = dialog.target.text().strip()
    if not target:
        QMessageBox.warning(window, dialog.windowTitle(), QCoreApplication.translate(
            "TravelCopy", "Choose where to save the report."))
        return
    author = current_actor()
    lang = current_language()  # the window's, the language its name was offered in
    if dialog.from_backup.isChecked():
        backup, passphrase = dialog.backup.text().strip(), dialog.passphrase.text() or None

        def run(other_case_file: bool = False) -> Any:
            return outputs.exposure(cf, backup=backup, passphrase=passphrase, author=author,
                                    actor=author, target=target, lang=lang,
                                    other_case_file=other_case_file)
    else:
        day = cast(date, dialog.day.date().toPython())  # (PySide6 types it as object)

        def run(other_case_file: bool = False) -> Any:
            return outputs.exposure(cf, as_of=day, author=author, target=target, lang=lang)

    def saved(made: Any) -> None:
        notes = getattr(made.record, "notes", ())
        if notes:
            QMessageBox.information(window, dialog.windowTitle(),
                                    "\n".join(str(n) for n in notes))
        window.statusBar().showMessage(QCoreApplication.translate(
            "TravelCopy", "Exposure report saved to %1.").replace("%1", target), 15000)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, OtherCaseFile):
            window.report(exc)
            return
        answer = QMessageBox.question(
            window, dialog.windowTitle(), QCoreApplication.translate(
                "TravelCopy", "%1\n\nWrite the report from this backup anyway?")
            .replace("%1", str(exc)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            window.runner.submit(lambda: run(True), saved, window.report)

    window.runner.submit(run, saved, failed)


def emergency_settings(window: QMainWindow, settings: Any) -> None:
    from caseapp.ui.panic import EmergencySettingsDialog

    EmergencySettingsDialog(settings, window).exec()
