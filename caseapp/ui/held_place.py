"""How the window names a captive's place of detention: the open stay's place, or, once
custody is over (released, repatriated, dead) with that stay left open, where they were last
held (the rule: :func:`caseapp.domain.stays.held_there_now`). The header of their file and
the captives list say it with the same sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.stays import held_there_now

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def place_shown(status: CaptiveStatus | None, place: str) -> str:
    """``place`` (the open stay's facility) as the window shows it for a captive of
    ``status``: "Last held at Baku Pre-trial Detention Centre No. 1" once custody is over."""
    if place and not held_there_now(status):
        return translate("CaptiveFacts", "Last held at %1").replace("%1", place)
    return place
