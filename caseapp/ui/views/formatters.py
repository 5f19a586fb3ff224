"""Small formatters shared by the views: dates, sizes, "3 of 12"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

CTX = "ViewsCommon"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, disambiguation, n)


def count_text(shown: int, total: int, all_text: str) -> str:
    """“3 of 12” while a filter hides some rows, ``all_text`` (“12 documents”) otherwise."""
    if shown == total:
        return all_text
    return tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def human_size(size: int) -> str:
    """1 536 bytes read as "1.5 KB"."""
    if size < 1024:
        return tr("%1 B").replace("%1", str(size))
    value = size / 1024
    for unit in (tr("KB"), tr("MB"), tr("GB")):
        if value < 1024 or unit == tr("GB"):
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} {tr('GB')}"
