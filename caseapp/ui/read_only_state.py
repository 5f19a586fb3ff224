"""The window's state while the case file is open read-only (on a read-only disk, in a
folder the user may not write to, on a full disk: :mod:`caseapp.db.read_only`): a banner
above the views says so and why, the title says so, and the commands that would change the
file are disabled with the reason as their tip. A change tried elsewhere (a form's Save) is
refused by the services with one line, shown as any refusal is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from caseapp.domain.messages import text_of
from caseapp.services.casefile import CaseFile
from caseapp.ui.action_limits import disable, give_back
from caseapp.ui.widgets.banner import Banner

# The commands that change the case file (or replace it), disabled while it is read-only.
WRITES = ("new_captive", "delete_captive", "merge_captives", "import_json", "import_sheet",
          "travel_copy", "travel_merge", "deadline_settings", "lawyer_details",
          "change_passphrase", "recovery_setup")
_MARK = "read_only_limited"  # property of an action disabled here (and its old tip)


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def reason_of(case_file: CaseFile | None) -> str | None:
    """Why ``case_file`` is open read-only, in the user's language; None when it is not."""
    if case_file is None or case_file.db.read_only is None:
        return None
    return text_of(case_file.db.read_only.reason)


def title(base: str, case_file: CaseFile) -> str:
    """The window's title ``base`` with “(read-only)” when the file is open read-only."""
    if reason_of(case_file) is None:
        return base
    return translate("ReadOnly", "%1 (read-only)").replace("%1", base)


def limit_actions(actions: dict[str, QAction], case_file: CaseFile | None) -> None:
    """Disable the commands that change the file while ``case_file`` is read-only; give back
    those disabled for an earlier file."""
    writes = [actions[action_id] for action_id in WRITES if action_id in actions]
    give_back(writes, _MARK)
    reason = reason_of(case_file)
    if reason is not None:
        disable(writes, _MARK, translate("ReadOnly", "The case file is open read-only (%1): it "
                                                     "cannot be changed.").replace("%1", reason))


class ReadOnlyBanner(Banner):
    """The banner above the views while the case file is open read-only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("read_only", ("#fef9e7", "#b7950b", "#4d3d03"), parent)

    def show_for(self, case_file: CaseFile | None) -> None:
        """Shown, saying why, while ``case_file`` is open read-only; hidden otherwise."""
        reason = reason_of(case_file)
        if reason is None:
            self.hide()
            return
        self.text.setText(self.tr(
            "This case file is open read-only (%1). You can read it, print from it and export "
            "it, but nothing in it can be changed. To change it, copy it to a folder you can "
            "write to and open the copy.").replace("%1", reason))
        self.show()
