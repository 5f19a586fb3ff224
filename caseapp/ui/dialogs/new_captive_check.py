"""New Captive's check for a person recorded already: before a new captive is saved, the
captives likely the same person (every spelling typed against every name and alias recorded,
in any script, with the dates typed: :func:`caseapp.services.sheet_duplicates.recorded_alikes`)
are named, and the lawyer chooses to record a new captive anyway or to go back to the form.
A second record of one person splits the file: deadlines, hearings and letters on two."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.dates import PartialDate
from caseapp.domain.messages import Message
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_duplicates import recorded_alikes
from caseapp.services.told_apart import apart_text
from caseapp.ui.formats import fill
from caseapp.ui.ops import captive_display_name
from caseapp.ui.session import UiContext

# The form's fields that hold a spelling of the name.
NAME_FIELDS = ("native_name", "latin_name", "cyrillic_name")


def _date(value: Any) -> PartialDate | None:
    return value if isinstance(value, PartialDate) else None


def recorded_already(ui: UiContext, values: dict[str, Any], parent: QWidget | None) -> bool:
    """Whether the person typed in ``values`` may be recorded already and the lawyer chose
    not to record them again (False: record them). The case file is read on the operations'
    worker (every captive's names: a second at tens of thousands, on a server longer), the
    window painting meanwhile, as a save waits."""
    names = [str(values.get(f) or "") for f in NAME_FIELDS]
    birth, capture = _date(values.get("birth")), _date(values.get("capture"))

    def look(cf: CaseFile) -> list[tuple[str, tuple[Message, ...]]]:  # on the ops' worker
        return [(captive_display_name(cf, [captive_id]), apart)
                for captive_id, apart in recorded_alikes(cf.ctx, names, birth, capture)]

    found = ui.ops.run(look).value
    if not found:
        return False
    lines = [fill(QCoreApplication.translate("NewCaptiveCheck", "• %1 (%2)"), name,
                  apart_text(apart)) if apart else "• " + name for name, apart in found]
    typed = next(n for n in names if n.strip())
    text = fill(QCoreApplication.translate(
        "NewCaptiveCheck",
        "%1 may be recorded already:\n%2\n\nRecord a new captive anyway? Two records of one "
        "person split deadlines, hearings and letters between them; they can be merged later "
        "(Captive → Merge Captives…)."), typed, "\n".join(lines))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("NewCaptiveCheck", "Recorded already?"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer != QMessageBox.StandardButton.Yes
