"""Rendering every main view and one captive's file to PNG (for review and the README)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from caseapp.ui.png import save_png

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.opener import OpenFn

VIEWS = ("dashboard", "deadlines", "captives", "hearings", "contacts", "advocacy", "documents")
SMALL = (1024, 600)  # the smallest screen the window is made for
EXTRA_NAMES = ("captive.png", "window-1024x600.png", "help.png", "first-steps.png")
SCREENSHOT_NAMES = (*(f"{view}.png" for view in VIEWS), *EXTRA_NAMES)


@contextmanager
def app_state_kept(app: QApplication) -> Iterator[None]:
    """Whatever the block changes in the application's global state -- its font, palette,
    style, CaseApp's translators and the default locale -- is put back afterwards (the
    screenshots use English and the bundled fonts; the process may go on with others)."""
    from caseapp.ui import i18n

    font, palette, style = QApplication.font(), QApplication.palette(), app.style().name()
    locale, translators, language = QLocale(), list(i18n._installed), list(i18n._language)
    try:
        yield
    finally:
        i18n._language[:] = language
        if i18n._installed != translators:
            for translator in i18n._installed:
                app.removeTranslator(translator)
            i18n._installed[:] = translators
            for translator in translators:
                app.installTranslator(translator)
        if QLocale() != locale:
            QLocale.setDefault(locale)
        if app.style().name() != style:
            app.setStyle(style)
        if QApplication.palette() != palette:
            QApplication.setPalette(palette)
        if QApplication.font() != font:
            QApplication.setFont(font)


def settle(window: MainWindow, ms: int = 300) -> None:
    """Let background loads finish and the window repaint."""
    for _ in range(50):
        window.runner.wait()
        loop = QEventLoop()
        QTimer.singleShot(ms // 5, loop.quit)
        loop.exec()
        if window.runner.active == 0:
            break
    QCoreApplication.processEvents()


def render(window: MainWindow, out: Path, captive_id: int | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    window.resize(1360, 860)
    window.show()
    settle(window)
    for view_id in VIEWS:
        if view_id not in window.views:
            continue
        window.show_view(view_id)
        settle(window)
        path = out / f"{view_id}.png"
        save_png(window, path)
        written.append(path)
    if "captive" in window.views and captive_id is not None:
        window.open_captive(captive_id)
        settle(window)
        path = out / "captive.png"
        save_png(window, path)
        written.append(path)
        window.resize(*SMALL)  # the same file on a small laptop's screen
        settle(window)
        path = out / "window-1024x600.png"
        save_png(window, path)
        written.append(path)
    guide = window.help_guide_dialog()
    guide.resize(760, 620)
    settle(window)
    path = out / "help.png"
    save_png(guide, path)
    guide.close()
    written.append(path)
    if captive_id is not None and window.session.ui is not None:
        from caseapp.ui.dialogs.dialog_screenshots import render_dialogs

        written += render_dialogs(window.session.ui, out, captive_id, lambda: settle(window))
    return written


def render_first_steps(window: MainWindow, out: Path) -> Path:
    """The dashboard of a new, empty case file: the first-run checklist."""
    window.resize(1360, 860)
    window.show()
    window.show_view("dashboard")
    settle(window)
    path = out / "first-steps.png"
    save_png(window, path)
    return path


def take_screenshots(case_file: CaseFile, out: Path, captive_id: int | None = None, *, lang: str = "en",
                     open_fn: OpenFn, demo_builder: Callable[[Path], None],
                     demo_path: Path) -> list[Path]:
    """Render the views over ``case_file`` (opened by the caller: no dialog is ever shown).
    ``open_fn``, ``demo_builder`` and ``demo_path`` are what the composition root gives every
    main window (:mod:`caseapp.app`)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseapp.ui.language import apply_language
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.theme import apply_palette, ensure_fonts

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication), "the screenshots draw widgets"
    with app_state_kept(app), tempfile.TemporaryDirectory() as scratch:
        # ``lang`` (English by default) and the bundled fonts; the user's settings are left alone.
        apply_language(app, lang)
        ensure_fonts()
        apply_palette(app)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, open_fn, demo_builder=demo_builder, demo_path=demo_path)
        window.set_case_file(case_file)
        if captive_id is None:
            rows = case_file.overview.captive_rows()
            captive_id = rows[0].id if rows else None
        try:
            written = render(window, out, captive_id)
        finally:
            window.close()
            window.deleteLater()
        # A new case file, unencrypted and thrown away with the scratch folder (never backed up).
        from caseapp.config import Location

        empty = open_fn(Location(path=Path(scratch) / "new.db"), create=True, actor="screenshots")
        window = MainWindow(settings, open_fn, demo_builder=demo_builder, demo_path=demo_path)
        window.set_case_file(empty)
        try:
            written.append(render_first_steps(window, out))
        finally:
            window.set_case_file(None, backup_previous=False)
            window.close()
            window.deleteLater()
        return written
