"""What the parts mixed into a captive's file page use of the page, for mypy only: its tabs
(:mod:`captive_file_tabs`, :mod:`captive_documents`, :mod:`captive_risk`) and its actions
(:mod:`captive_actions`).

At run time :class:`TabOfCaptivePage` is ``object``: the mixins add methods to
:class:`~caseapp.ui.views.captive_file.CaptiveFileView`, after its ``View`` base, and reach
the page's widget (``self.tr``, a dialog's parent), its file (:class:`CaptivePage`) and its
tab builders through ``self``. To mypy the mixins are such a page, so that each of those uses
is checked against what the page declares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from caseapp.ui.dialogs.kind_declaration import Kind
    from caseapp.ui.views.captive_page import CaptivePage
    from caseapp.ui.views.captive_tabs import Section

    class TabOfCaptivePage(QWidget, CaptivePage):
        sections: dict[str, Section]

        def report_error(self, exc: BaseException) -> None: ...

        def _section(self, key: str, kind: Kind | None, columns: list, title: str,
                     placeholder: str, **kw: Any) -> Section: ...

        def _tab(self, widget: QWidget, title: str, tip: str, counted: str | None = None) -> None: ...

        # what the tabs' buttons call on the page (its actions)
        def change_status(self) -> None: ...

        def _edit_captive(self, kind: Kind) -> None: ...

        def _choose_photo(self) -> None: ...

        def _remove_photo(self) -> None: ...
else:
    TabOfCaptivePage = object
