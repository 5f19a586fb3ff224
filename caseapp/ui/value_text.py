"""A stored value as the interface writes it in a sentence or a choice: a day in the
language's form, a status by its label, yes or no. Shared by the screens that set two
versions of a record side by side (a merge of two captives, a save over a newer version)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.dates import PartialDate
from caseapp.ui.formats import date_text, datetime_text, partial_date_text
from caseapp.ui.labels import label


def value_text(value: Any) -> str:
    """``value`` in words; "" for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (QCoreApplication.translate("ValueText", "Yes") if value
                else QCoreApplication.translate("ValueText", "No"))
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, PartialDate):
        return partial_date_text(value)
    return str(value)


def citation_text(charge: Any) -> str:
    """A charge's code, article and part as the interface writes them ("УК АР ст. 318(1)"):
    the stored citation said "Art." in every language."""
    article = charge.article + (f"({charge.part})" if charge.part else "")
    art = QCoreApplication.translate("ValueText", "Art. %1").replace("%1", article)
    return f"{charge.code} {art}".strip()
