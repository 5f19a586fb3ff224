"""What a captive's file page offers the sections and columns inside it.

:class:`~caseapp.ui.views.captive_file.CaptiveFileView` is such a page. The tables
(:mod:`captive_tabs`) and their columns (:mod:`captive_columns`) are written against this
protocol, not against the page itself: the page imports them, they never import it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QPalette

from caseapp.domain.dto import CaptiveFileDTO, DetentionOrderDTO
from caseapp.domain.order_standing import Standing
from caseapp.ui.session import UiContext


class CaptivePage(Protocol):
    ui: UiContext
    captive_id: int | None
    file: CaptiveFileDTO | None
    today: date
    message: SignalInstance  # text for the status bar

    def order_standing(self, order: DetentionOrderDTO) -> Standing: ...

    def co_defendants(self, record: Any, *, full: bool = False) -> str: ...

    def addressee(self, i: Any) -> str: ...

    def after_write(self, result: Any) -> Any: ...

    def palette(self) -> QPalette: ...
