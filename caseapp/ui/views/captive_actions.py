"""What the header and the profile of a captive's file page do to the captive: its dossier,
letter and filing, its status (offered or changed), its particulars and its photo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.errors import CaseAppError
from caseapp.domain.implied_status import StatusSuggestion
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.kind_declaration import Kind
from caseapp.ui.literal_text import literal
from caseapp.ui.views import captive_status_offer as status_offer
from caseapp.ui.views.captive_tab_host import TabOfCaptivePage

# lupdate reads every translate("Context", "source") call: these texts keep the page's context
translate = QCoreApplication.translate


class CaptiveActions(TabOfCaptivePage):
    """Mixed into :class:`~caseapp.ui.views.captive_file.CaptiveFileView`, after the view's
    QWidget base (whose ``window``, ``message`` and ``after_write`` these methods use)."""

    def open_dossier(self) -> None:
        from caseapp.ui import reports_ui

        if self.captive_id is not None:
            reports_ui.open_dossier(self.ui, self.window(), self.captive_id)

    def open_letter(self) -> None:
        from caseapp.ui import reports_ui

        if self.captive_id is not None:
            reports_ui.open_letter(self.ui, self.window(), self.captive_id)

    def open_filing(self) -> None:
        from caseapp.ui.dialogs.filing import open_filing

        open_filing(self.ui, self.window(), self.captive_id)

    def accept_status_offer(self, suggestion: StatusSuggestion) -> None:
        if self.file is None:
            return
        try:
            self.after_write(status_offer.accept(self.ui, self.file.captive, suggestion))
        except CaseAppError as exc:
            QMessageBox.warning(self, translate("CaptiveFileView", "Change status"), literal(str(exc)))

    def change_status(self) -> None:
        if self.file is not None:
            self.after_write(dlg.change_status(self.ui, self.file.captive, self))

    def _edit_captive(self, kind: Kind) -> None:
        if self.file is not None:
            self.after_write(dlg.edit_record(self.ui, kind, self.file.captive, file=self.file,
                                             parent=self))

    def _choose_photo(self) -> None:
        if self.captive_id is not None and dlg.choose_photo(self.ui, self.captive_id, self):
            self.message.emit(translate("CaptiveFileView", "Photo saved."))

    def _remove_photo(self) -> None:
        if self.captive_id is None:
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, translate("CaptiveFileView", "Remove photo"),
                                      translate("CaptiveFileView", "Remove the photo from the file?"),
                                      buttons.Yes | buttons.No, buttons.No)
        if answer == buttons.Yes:
            captive_id = self.captive_id
            try:
                self.ui.ops.write(lambda cf: cf.captives.update(captive_id, photo=None))
            except CaseAppError as exc:
                QMessageBox.warning(self, translate("CaptiveFileView", "Remove photo"), literal(str(exc)))
