"""The window's views and the widgets in them keep Qt's own calls: an attribute named like a
method of the widget's Qt class hid that method, so that ``lower()`` on the Advocacy log (put
it under the widgets beside it) and ``actions()`` on a table of a captive's file (the
actions it holds) raised "object is not callable" instead of doing what Qt does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from caseapp.ui.views.advocacy import AdvocacyView
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.captives import CaptivesView
from caseapp.ui.views.contacts import ContactsView
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.views.deadlines import DeadlinesView
from caseapp.ui.views.documents import DocumentsView
from caseapp.ui.views.hearings import HearingsView

VIEWS = (AdvocacyView, CaptiveFileView, CaptivesView, ContactsView, DashboardView,
         DeadlinesView, DocumentsView, HearingsView)


def qt_methods(widget: QWidget) -> set[str]:
    """The methods ``widget`` has from its Qt classes (not its signals: PySide keeps those
    that were connected in the widget's own attributes)."""
    return {name for cls in type(widget).__mro__ if cls.__module__.startswith("PySide6")
            for name, value in vars(cls).items()
            if callable(value) and not isinstance(value, Signal)}


@pytest.mark.parametrize("view_class", VIEWS, ids=lambda c: c.__name__)
def test_no_widget_of_a_view_hides_a_qt_method(qtbot, ui, view_class) -> None:
    view = view_class(ui)
    qtbot.addWidget(view)
    hidden = sorted(f"{type(w).__name__}.{name}"
                    for w in (view, *view.findChildren(QWidget))
                    if type(w).__module__.startswith("caseapp.")
                    for name in set(vars(w)) & qt_methods(w))
    assert hidden == []


def test_the_advocacy_log_and_a_captive_table_answer_qt(qtbot, ui) -> None:
    log = AdvocacyView(ui)
    qtbot.addWidget(log)
    log.lower()  # raised TypeError: 'QSplitter' object is not callable
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    assert page.sections["documents"].actions() == []  # 'FlowLayout' object is not callable
