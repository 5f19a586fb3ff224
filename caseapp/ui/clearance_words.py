"""A team login's clearance as a sentence names it ("shareable"): the team connection's line
and the refusals of what it may not do say it alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def label_of_clearance(who: object) -> str:
    """``who``'s clearance (a login with a ``clearance``) in lower case, "" without one."""
    clearance = getattr(who, "clearance", None)
    if clearance is None:
        return ""
    return {"internal": translate("TeamConnect", "internal"),
            "shareable": translate("TeamConnect", "shareable"),
            "public": translate("TeamConnect", "public")}[clearance.value]


__all__ = ["label_of_clearance"]
