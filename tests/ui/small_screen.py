"""The main window as the lawyer sees it on a 1024 × 768 screen, in a language, for the tests
that measure what fits there: made, sized and shown; and over a copy of the Armenian demo
(its long real values), closed again after the test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from caseapp.services.casefile import open_case_file
from caseapp.ui.language import apply_language
from tests.conftest import TODAY, copy_of

# maximised on a 1024 × 768 screen, inside the window manager's frame
MAXIMISED = (1016, 736)


def main_window(qtbot, tmp_path: Path, language: str, settings_name: str = "settings.ini",
                size: tuple[int, int] = MAXIMISED):
    """The window in ``language`` (put back after the test), its settings in ``tmp_path``."""
    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), language)
    settings = QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY,
                                                                   **kw),
                   demo_builder=lambda p: None, demo_path=tmp_path / "none.db")
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    return w


@contextmanager
def demo_window(qtbot, tmp_path: Path, language: str, template: Path,
                size: tuple[int, int] = MAXIMISED) -> Iterator:
    """:func:`main_window` with a copy of the demo ``template`` open; closed afterwards."""
    w = main_window(qtbot, tmp_path, language, size=size)
    assert w.open_path(copy_of(template, tmp_path / "demo-hy.db"))
    try:
        yield w
    finally:
        w.set_case_file(None, backup_previous=False)
        w.close()
