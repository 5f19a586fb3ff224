"""The composition root of the desktop app: settings, case file, main window."""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, cast

from caseapp.config import (
    APP_NAME,
    Location,
    current_actor,
    default_path,
    is_text,
    resolve_location,
)
from caseapp.services.casefile import CaseFile, open_case_file

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from caseapp.db.migrate import Progress
    from caseapp.domain.messages import Message
    from caseapp.ui.main_window import MainWindow


def build_demo_file(path: Path) -> None:
    """Create the fictional demo case file at ``path`` (unencrypted: it holds no real person)."""
    from caseapp.demo.case_file import build_demo

    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    cf = open_case_file(Location(path=tmp), create=True, actor="CaseApp demo")
    try:
        build_demo(cf)
    finally:
        cf.close()
    tmp.replace(path)


def demo_path() -> Path:
    return default_path().with_name("demo.db")


def take_screenshots(case_file: CaseFile, out: Path, captive_id: int | None = None, *,
                     lang: str = "en") -> list[Path]:
    """PNG renderings of each main view and one captive's file (``caseapp screenshots``), in
    ``lang``."""
    from caseapp.ui.screenshots import take_screenshots as render

    return render(case_file, out, captive_id, lang=lang, open_fn=open_case_file,
                  demo_builder=build_demo_file, demo_path=demo_path())


def screenshot_names() -> tuple[str, ...]:
    from caseapp.ui.screenshots import SCREENSHOT_NAMES

    return SCREENSHOT_NAMES


def make_window(db: str | None = None, settings: QSettings | None = None) -> MainWindow:
    """Build the main window and open the case file the user asked for (or the last one)."""
    from caseapp.ui import settings as keys

    settings = settings if settings is not None else keys.open_settings()
    explicit = db or os.environ.get("CASEAPP_DB") or os.environ.get("CASEAPP_DATABASE_URL")
    location = resolve_location(db)
    passphrase = os.environ.get("CASEAPP_PASSPHRASE")
    if passphrase is not None and not is_text(passphrase):  # (set in a Latin-1 terminal)
        passphrase = None  # asked for, as when it is not set
    path: Path | None = None
    if location.path is not None and explicit:
        path = location.path
    elif not explicit:
        path = next((candidate for candidate in (last_file(settings), default_path())
                     if candidate is not None and candidate.exists()), None)
    # the Captives list shown first: its rows are read with the open (see OpenedEarly)
    list_first = str(settings.value(keys.LAST_VIEW, "dashboard")) == "captives"
    opened_early = OpenedEarly.start(path, passphrase, list_first=list_first)
    try:
        from caseapp.ui.main_window import MainWindow

        window = MainWindow(settings, opened_early or open_case_file, demo_builder=build_demo_file,
                            demo_path=demo_path())
        if location.url:
            from caseapp.domain.errors import CaseAppError

            try:
                window.set_case_file(open_case_file(location, actor=current_actor()))
            except CaseAppError as exc:
                window.report(exc)
        elif path is not None:
            window.open_path(path, passphrase=passphrase)
    finally:
        if opened_early is not None:
            opened_early.discard()
    return window


def last_file(settings: QSettings) -> Path | None:
    """The case file to reopen at start: the one open when the app was closed, if kept by
    its whole path."""
    from caseapp.ui import settings as keys

    last = keys.last_file(settings)
    return Path(last) if last else None


class OpenedEarly:
    """The case file the window opens first, opened on a thread of its own while the window
    is imported and built (the open's key derivation and integrity check run in C, beside
    Python's work on the window). Only a file the window would open without asking anything
    (not encrypted, or its passphrase given in the environment), after the language is
    chosen (the open's warnings are in it) and with the collection of garbage on the UI
    thread (:mod:`caseapp.ui.collector`): none of the window's objects is collected on this
    thread.

    Called as the window's open function: the first call for that file with the arguments
    of the early open gets what it gave, the case file or its error raised again, as if it
    had opened the file then; any other call opens as ever. With ``list_lang`` (the
    interface's language) the thread goes on to read the captives list in it once the file is open
    (:meth:`CaseFile.read_list_ahead`: the list shows first; the window's read of it waits
    for this one and takes its rows when nothing was written meanwhile)."""

    def __init__(self, location: Location, passphrase: str | None,
                 list_lang: str | None = None) -> None:
        kwargs: dict[str, object] = {"passphrase": passphrase, "create": False,
                                     "actor": current_actor()}
        self._call: tuple[Location, dict[str, object]] | None = (location, kwargs)
        self._opened: CaseFile | None = None
        self._error: BaseException | None = None
        self._told: Message | None = None  # what an upgrade of the file said last, not yet shown
        self._ready = threading.Event()  # the open has ended (the list may be read still)
        self._thread = threading.Thread(target=self._open, args=(location, kwargs, list_lang),
                                        name="caseapp-open-early", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, path: Path | None, passphrase: str | None, *,
              list_first: bool) -> OpenedEarly | None:
        """Begin opening ``path`` unless the window would ask for a passphrase first; with
        ``list_first`` (the Captives list shows first) read its rows too."""
        from PySide6.QtCore import QCoreApplication

        from caseapp.domain.errors import CaseFileError
        from caseapp.services.casefile import file_kind
        from caseapp.ui.collector import collect_on_ui_thread
        from caseapp.ui.i18n import current_language

        app = QCoreApplication.instance()
        if path is None or app is None:
            return None
        try:
            if file_kind(path) == "encrypted" and passphrase is None:
                return None
        except CaseFileError:  # not a file that can be opened: the window says why
            return None
        collect_on_ui_thread(app)
        return cls(Location(path=path), passphrase, current_language() if list_first else None)

    def _open(self, location: Location, kwargs: dict[str, object], list_lang: str | None) -> None:
        try:
            opened = self._opened = open_case_file(location, progress=self._tell,
                                                   **kwargs)  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - raised again on the UI thread
            self._error = exc
            self._ready.set()
            return
        try:
            if list_lang is not None:
                opened.read_list_ahead(list_lang, ready=self._ready.set)
        except Exception:  # noqa: BLE001 - the window's own read of it says what failed
            pass
        finally:
            self._ready.set()

    def _tell(self, message: Message) -> None:
        self._told = message  # on the thread: shown by the UI thread waiting in __call__

    def __call__(self, location: Location, **kwargs: object) -> CaseFile:
        progress = cast("Progress | None", kwargs.pop("progress", None))
        if self._call is None or (location, kwargs) != self._call:
            self.discard()
            return open_case_file(location, progress=progress, **kwargs)  # type: ignore[arg-type]
        self._call = None
        # An older file is brought up to date on the thread (a minute for a large one): what
        # it says is passed on to the window's notice while the UI thread waits.
        while not self._ready.wait(0.1):
            told, self._told = self._told, None
            if told is not None and progress is not None:
                progress(told)
        opened, error, self._opened, self._error = self._opened, self._error, None, None
        if error is not None:
            raise error
        assert opened is not None
        return opened

    def discard(self) -> None:
        """Close the case file opened early if the window has not taken it."""
        if self._call is not None:
            self._call = None
            self._thread.join()
            if self._opened is not None:
                self._opened.close()
            self._opened = self._error = None


def run_gui(db: str | None = None, *, lang: str | None = None) -> int:
    """The desktop app; ``lang`` (this run only) or else the language chosen in File → Language…"""
    from caseapp.malloc_arenas import share_one_malloc_arena

    share_one_malloc_arena()  # before any thread: the start's threads share the window's heap
    _import_before_qt()
    from PySide6.QtWidgets import QApplication

    forget_sources_read_by_pyside()

    from caseapp.ui import settings as keys
    from caseapp.ui.language import apply_language, chosen
    from caseapp.ui.theme import ensure_fonts, follow_system_palette

    # The modules and classes imported so far live as long as the process: out of the
    # collector's sight before the window is built, so that the full collection after it
    # shows (below) looks only at the window's objects (it looked at all, 0.1-0.4 s).
    gc.freeze()
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CaseApp")
    _identify(app)
    apply_language(app, lang if lang is not None else chosen(keys.open_settings()))
    ensure_fonts()
    follow_system_palette(app)
    window = make_window(db)
    from caseapp.ui.unexpected_errors import UnexpectedErrors

    UnexpectedErrors(window)  # an error no code expected: said, not only logged
    window.show()
    from caseapp.ui.collector import freeze_start_up_objects

    freeze_start_up_objects()  # automatic collection stays on; start-up objects are left out
    return app.exec()


# What the start imports of CaseApp's own modules before PySide6 (none imports Qt, nor
# SQLAlchemy): the open, its checks and the reads of what the first view shows, on the
# connection the open verified. SQLAlchemy, the models and the services are imported once
# the view the window opens on shows its rows: the reminders, the full check and the rules
# begin then (the window's ``_after_first_view``), on the runner's threads, and import
# them there; a view that needs them imports them when it is built.
_BEFORE_QT = (
    "caseapp.services.casefile", "caseapp.services.backup", "caseapp.services.output_guard",
    "caseapp.services.wipe", "caseapp.services.security", "caseapp.services.setting_values",
    "caseapp.db.captive_rows", "caseapp.db.plain_reads", "caseapp.db.anchor_check",
    "caseapp.db.migrate",
)


def _import_before_qt() -> None:
    """Import the start's own modules before PySide6: once imported, PySide6 reads the
    source of every module imported after it (its ``__feature__`` import hook), a fifth
    more for these modules."""
    from importlib import import_module

    for name in _BEFORE_QT:
        import_module(name)


def forget_sources_read_by_pyside() -> None:
    """PySide6's import hook reads the source of every module imported after it, to see
    whether it uses PySide's ``__feature__`` switches: its test is whether the text holds
    "PySide6". It reads it with ``inspect.getsource``, which keeps each file's text in
    ``linecache`` for the life of the process (24 MiB for the services and SQLAlchemy, which
    the window imports once its first view has its rows) and costs about 30 ms of the
    start for the window's 120 modules. The same test is made here on the file's bytes,
    read and dropped; a module without a ``.py`` file (or one that cannot be read) is left
    to PySide's own reading, its text dropped again afterwards (``linecache`` reads a file
    again when a traceback needs it). Nothing is changed if this PySide6 does it otherwise."""
    import linecache

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    reads = getattr(feature, "_mod_uses_pyside", None)
    if reads is None or getattr(reads, "forgets_sources", False):
        return

    def uses_pyside(module: ModuleType) -> object:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        try:
            return reads(module)
        finally:
            if isinstance(path, str):
                linecache.cache.pop(path, None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def _identify(app: QApplication) -> None:
    """The window icon, and the desktop entry the window belongs to (Wayland's app id, the
    taskbar's grouping): packaging/linux installs it under this name."""
    from PySide6.QtGui import QIcon

    from caseapp import APP_ID
    from caseapp.resources import resource

    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "caseapp.svg"))))


__all__ = ["CaseFile", "build_demo_file", "demo_path", "make_window", "run_gui"]
