"""Every dialog of the window, built over the open case file as the window builds it, for the
test that reads them under Armenian and Russian (tests/ui/test_no_english_left.py).

Each entry is opened, settled (background reads done), its texts read and closed: no PDF is
saved, nothing is written but one backup (so that the backups table has a row) and the
calculator's result (computed, never added)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import msg
from caseapp.services.records import StaleRecord


def every_dialog(window, captive_id: int, other_id: int, tmp_path: Path
                 ) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """(name, build) of every dialog a user opens; ``build`` returns it shown."""
    from caseapp.ui import language
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs import captive_kinds, filing_kinds, record_kinds
    from caseapp.ui.dialogs.about import AboutDialog
    from caseapp.ui.dialogs.backups import BackupsDialog
    from caseapp.ui.dialogs.conflict import ConflictDialog, differences
    from caseapp.ui.dialogs.custody_maxima import CustodyMaximumDialog
    from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog
    from caseapp.ui.dialogs.filing import FilingDialog
    from caseapp.ui.dialogs.kind_declaration import Env
    from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog
    from caseapp.ui.dialogs.letter_dialog import LetterDialog
    from caseapp.ui.dialogs.likely_duplicates import LikelyDuplicatesDialog
    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog
    from caseapp.ui.dialogs.passphrase import ChangePassphraseDialog
    from caseapp.ui.dialogs.recovery import RecoverySetupDialog
    from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog
    from caseapp.ui.dialogs.rule_calculator import RuleCalculator
    from caseapp.ui.dialogs.security_settings import SecuritySettingsDialog
    from caseapp.ui.dialogs.sheet_export import ExportSheetDialog
    from caseapp.ui.dialogs.sheet_import import SheetImportDialog
    from caseapp.ui.dialogs.travel import ExposureDialog, OpenTravelCopyDialog, TravelCopyDialog
    from caseapp.ui.opener import NewCaseFileDialog
    from caseapp.ui.panic import EmergencySettingsDialog, WipeCountdown
    from caseapp.ui.team_connect import ConnectDialog
    from caseapp.ui.widgets.captive_picker import CaptiveSource

    ui = window.session.ui
    cf = ui.case_file
    settings = window.settings

    def shown(dialog: QDialog) -> QDialog:
        dialog.show()
        return dialog

    kinds = {**vars(record_kinds), **vars(filing_kinds), **vars(captive_kinds)}
    # A record dialog of every kind, with its choices (enum labels, the case's hearings and
    # interventions by date).
    for name in ("NAME", "IDENTITY_DOCUMENT", "DETENTION_PLACE", "WELFARE_CONTACT", "DELIVERY",
                 "DETENTION_FACTS", "PROSECUTION", "CHARGE", "DETENTION_ORDER", "HEARING",
                 "INTERNATIONAL", "INTERVENTION", "DOCUMENT", "NOTE", "CAPTIVE_PERSON",
                 "CAPTIVE_CASE"):
        kind = kinds[name]  # every kind, from the module that declares it
        yield f"record {name}", lambda kind=kind: shown(dlg.make_add_dialog(ui, kind, captive_id=captive_id))

    def order_with_computed_expiry() -> QDialog:
        dialog = shown(dlg.make_add_dialog(ui, record_kinds.DETENTION_ORDER, captive_id=captive_id))
        dialog.widgets["start_date"].set_value(date(2026, 11, 30))
        dialog.widgets["start_date"].edit.textChanged.emit("2026-11-30")
        dialog.widgets["term_months"].setValue(3)  # the placeholder shows 28.02.2027 (Feb clamps)
        return dialog

    yield "detention order, expiry computed", order_with_computed_expiry

    def conflict() -> QDialog:
        fields = record_kinds.DETENTION_ORDER.fields(Env(ui, captive_id))
        initial = {"kind": None, "start_date": date(2026, 11, 1), "term_months": 2,
                   "appeal_filed_on": None, "sensitivity": Sensitivity.INTERNAL}
        mine = {**initial, "start_date": date(2026, 11, 2), "term_months": 1200}
        theirs = {**initial, "appeal_filed_on": date(2026, 11, 20), "sensitivity": Sensitivity.SHAREABLE}
        stale = StaleRecord(msg("detention order"), 1, by="Արմեն", at=datetime(2026, 11, 30, 9, 5, tzinfo=UTC),
                            yours=1, theirs=2)
        return shown(ConflictDialog(window, stale, differences(fields, initial, mine, theirs)))

    yield "conflict", conflict

    def backups() -> QDialog:
        cf.backups.backup_now("manual")
        return shown(BackupsDialog(cf, window.runner, window))

    yield "backups", backups

    def calculator() -> QDialog:
        dialog = RuleCalculator(cf.rule_set, date(2026, 12, 1), CaptiveSource(ui), window,
                                captive_id=captive_id, add=lambda *_a: None)
        dialog.set_rule("az.detention.expiry")
        dialog.params["term_months"].setValue(4)
        assert dialog.results, "the calculator computed nothing"
        return shown(dialog)

    yield "rule calculator", calculator

    sheet = tmp_path / "ցուցակ.csv"
    sheet.write_text("Անուն,Ծննդյան ամսաթիվ\nԳագիկ Պետրոսյան,1980-05-01\n", encoding="utf-8")
    yield from [
        ("language", lambda: shown(language.LanguageDialog("", window))),
        ("security settings", lambda: shown(SecuritySettingsDialog(settings, window))),
        ("emergency settings", lambda: shown(EmergencySettingsDialog(settings, window))),
        ("deadline settings", lambda: shown(DeadlineSettingsDialog(ui, window))),
        ("custody maximum", lambda: shown(CustodyMaximumDialog(ui, window))),
        ("lawyer", lambda: shown(LawyerDialog(cf, window, environ={}))),
        ("change passphrase", lambda: shown(ChangePassphraseDialog(cf, window))),
        ("recovery setup", lambda: shown(RecoverySetupDialog(cf, window))),
        ("new case file", lambda: shown(NewCaseFileDialog(str(tmp_path / "new.db"), window))),
        ("wipe countdown", lambda: shown(WipeCountdown(10, "case.db", window))),
        ("team connect", lambda: shown(ConnectDialog(settings, window))),
        ("export sheet", lambda: shown(ExportSheetDialog(ui, window))),
        ("import sheet", lambda: shown(SheetImportDialog(ui, sheet, window, mappings_folder=tmp_path))),
        ("travel copy", lambda: shown(TravelCopyDialog(
            [(captive_id, "Արմեն Օրինակյան", Sensitivity.INTERNAL, True)], window))),
        ("open travel copy", lambda: shown(OpenTravelCopyDialog(
            QCoreApplication.translate("TravelCopy", "Merge Travel Copy"), "", window))),
        ("exposure", lambda: shown(ExposureDialog(_qdate(2026, 12, 1), window))),
        ("dossier", lambda: shown(DossierDialog(ui, window, captive_id=captive_id))),
        ("status report", lambda: shown(StatusReportDialog(ui, window))),
        ("letter", lambda: shown(LetterDialog(ui, window, captive_id=captive_id))),
        ("filing", lambda: shown(FilingDialog(ui, window, captive_id=captive_id))),
        ("likely duplicates", lambda: shown(LikelyDuplicatesDialog(ui, window))),
        ("merge captives", lambda: shown(MergeCaptivesDialog(ui, captive_id, other_id, window))),
        ("about", lambda: shown(AboutDialog(window))),
        ("help", window.help_guide_dialog),
    ]


def _qdate(y: int, m: int, d: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    return QDate(y, m, d)


def close(dialog: QWidget) -> None:
    dialog.close()
    dialog.deleteLater()
