"""The emergency exit: lock at once and empty the clipboard (Ctrl+Shift+L, File menu); and,
when the lawyer turned it on, an emergency wipe of the case file after a countdown that can
be cancelled, or at once after a number of wrong passphrases in a row (on the lock page or
when the file is opened; counted per file across restarts of the app, so quitting and
starting again does not start the count afresh).

The wipe (:mod:`caseapp.services.wipe`) overwrites and removes the case file, the files SQLite
keeps beside it and, if chosen, its automatic backups; then every entry of the app's settings
that names the file (recent files, the last file) is removed. Both wipe settings are off by
default and each asks for confirmation when turned on. What a wipe can and cannot promise on
SSDs is said in the README ("Travelling and emergencies") and in the settings dialog.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import WrongPassphrase
from caseapp.services.backup import default_backup_root
from caseapp.services.wipe import WipeResult, wipe_case_file
from caseapp.ui.clipboard import guard
from caseapp.ui.formats import fill
from caseapp.ui.locker import Locker
from caseapp.ui.session import CaseFileSession
from caseapp.ui.settings import whole_number
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.field_texts import special_text_whole
from caseapp.ui.widgets.screen_room import never_cut
from caseapp.ui.widgets.wrapped_check import WrappedCheck
from caseapp.ui.wipe_text import say_wiped

WIPE_ENABLED = "safety/wipe_enabled"  # the emergency wipe after a panic: off by default
WIPE_BACKUPS = "safety/wipe_backups"  # the automatic backups too
WIPE_COUNTDOWN = "safety/wipe_countdown_seconds"
WIPE_AFTER_FAILURES = "safety/wipe_after_failed_unlocks"  # 0: never
DEFAULT_COUNTDOWN = 10
FAILED_UNLOCKS = "safety/failed_unlocks"  # per file (by a hash of its path): wrong passphrases in a row


def _bool(settings: QSettings, key: str) -> bool:
    value = settings.value(key, False)
    return value is True or str(value).lower() in ("true", "1")


def _int(settings: QSettings, key: str, default: int) -> int:
    return max(0, whole_number(settings, key, default))


def clear_clipboard() -> None:
    """Empty the clipboard (and the X11 selection), whatever put what there."""
    guard().clear()
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def _failures_key(path: Path) -> str:
    digest = hashlib.sha256(os.path.abspath(path).encode("utf-8")).hexdigest()[:16]
    return f"{FAILED_UNLOCKS}/{digest}"  # no name of the file in the settings


def note_wrong_passphrase(settings: QSettings, path: Path) -> bool:
    """Count a wrong passphrase given for the file at ``path``; True when that makes the
    number set in Emergency Settings (the count then starts again). Never true when the
    setting is off."""
    limit = _int(settings, WIPE_AFTER_FAILURES, 0)
    if not limit:
        return False
    key = _failures_key(path)
    count = _int(settings, key, 0) + 1
    if count >= limit:
        settings.remove(key)
    else:
        settings.setValue(key, count)
    settings.sync()
    return count >= limit


def reset_wrong_passphrases(settings: QSettings, path: Path) -> None:
    settings.remove(_failures_key(path))
    settings.sync()


def forget_file(settings: QSettings, path: Path) -> list[str]:
    """Remove from ``settings`` every value that names the file at ``path`` (a whole value, or
    an item of a list); returns the keys changed."""
    names = {str(path), str(Path(os.path.abspath(path)))}
    settings.remove(_failures_key(path))

    def names_it(value: object) -> bool:
        return any(n in str(value) for n in names)

    changed = []
    for key in settings.allKeys():
        value = settings.value(key)
        if isinstance(value, list):
            kept = [v for v in value if not names_it(v)]
            if len(kept) != len(value):
                settings.setValue(key, kept)
                changed.append(key)
        elif value is not None and names_it(value):
            settings.remove(key)
            changed.append(key)
    settings.sync()
    return changed


class WipeCountdown(QDialog):
    """“The case file will be wiped in N s” with Cancel (focused; Esc cancels too)."""

    def __init__(self, seconds: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wipe_countdown")
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.remaining = max(1, seconds)
        self.name = name
        self.label = QLabel(self)
        self.label.setObjectName("wipe_countdown_label")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"font-size: 15pt; font-weight: 600; {error_style()}")
        self.cancel_button = QPushButton(self.tr("Cancel the wipe"), self)
        self.cancel_button.setObjectName("wipe_cancel")
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self.setMinimumWidth(520)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._tick)
        self._show_remaining()

    def start(self) -> None:
        self.timer.start()
        self.show()
        self.cancel_button.setFocus()

    def _show_remaining(self) -> None:
        self.label.setText(fill(self.tr("%1 and its side files will be overwritten and deleted in "
                                   "%2 s. Press Esc or Cancel to keep them."), self.name, str(self.remaining)))

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.timer.stop()
            self.accept()
            return
        self._show_remaining()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)


class EmergencyExit(QObject):
    """The panic command of one window and the wipes it may set off."""

    wiped = Signal(object)  # WipeResult

    def __init__(self, window: QMainWindow, session: CaseFileSession, locker: Locker):
        super().__init__(window)
        self.window, self.session, self.locker = window, session, locker
        self.backups_root: Path | None = None  # None: the user's backups folder
        self.countdown: WipeCountdown | None = None
        self._wipe_after_lock = False
        locker.locked_changed.connect(self._locked_changed)
        session.unlock_failed.connect(self._unlock_failed)
        session.unlocked.connect(self._reset_failures)

    @property
    def settings(self) -> QSettings | None:
        return self.session.settings

    def panic(self) -> None:
        """Lock at once, empty the clipboard; count down to the wipe if it is turned on."""
        clear_clipboard()
        settings = self.settings
        wipe = settings is not None and _bool(settings, WIPE_ENABLED)
        if self.locker.locked:
            if wipe:
                self._start_countdown()
            return
        self._wipe_after_lock = wipe
        self.locker.lock()

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            clear_clipboard()
        if locked and self._wipe_after_lock:
            self._wipe_after_lock = False
            self._start_countdown()

    def _start_countdown(self) -> None:
        location = self.session.location
        if location is None or location.path is None or self.countdown is not None:
            return
        assert self.settings is not None
        seconds = _int(self.settings, WIPE_COUNTDOWN, DEFAULT_COUNTDOWN) or DEFAULT_COUNTDOWN
        self.countdown = WipeCountdown(seconds, location.path.name, self.window)
        self.countdown.finished.connect(self._countdown_over)
        self.countdown.start()

    def _countdown_over(self, result: int) -> None:
        countdown, self.countdown = self.countdown, None
        if countdown is not None:
            countdown.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.wipe_now()
        else:
            self.window.statusBar().showMessage(self.tr("The emergency wipe was cancelled; "
                                                        "the case file is locked."), 8000)

    def wipe_now(self) -> WipeResult | None:
        """Close the case file (locked or not, no backup) and wipe it; forget it in the
        settings."""
        location = self.session.location
        if location is None and self.session.case_file is not None:
            location_path = self.session.case_file.db.path
        else:
            location_path = location.path if location is not None else None
        if location_path is None:
            return None
        path = Path(location_path)
        if self.session.is_locked:
            self.locker.close_file()
        else:
            self.session.close(backup=False)
            self.locker.left_closed.emit()
        settings = self.settings
        with_backups = settings is not None and _bool(settings, WIPE_BACKUPS)
        result = wipe_case_file(path, backups_root=self.backups_root or default_backup_root(),
                                include_backups=with_backups)
        if settings is not None:
            forget_file(settings, path)
        self.window.setWindowTitle(self.tr("CaseApp"))
        say_wiped(self.window, self.tr("Emergency wipe done: %Ln file(s) overwritten and deleted.",
                                       "", len(result.removed)), result)
        self.wiped.emit(result)
        return result

    # -- wrong passphrases: on the lock page, and when the file is opened --
    def _locked_path(self) -> Path | None:
        location = self.session.location
        return location.path if location is not None else None

    def _reset_failures(self) -> None:
        path, settings = self._locked_path(), self.settings
        if path is not None and settings is not None:
            reset_wrong_passphrases(settings, path)

    def _unlock_failed(self, exc: BaseException) -> None:
        settings, path = self.settings, self._locked_path()
        if settings is None or path is None or not isinstance(exc, WrongPassphrase):
            return
        if note_wrong_passphrase(settings, path):
            QTimer.singleShot(0, self.wipe_now)  # after the lock page said what was wrong

    def wrong_passphrase_at_open(self, path: Path) -> bool:
        """A wrong passphrase given to open ``path`` (no file open here): counted with those
        of the lock page; at the set number the file is wiped and True returned."""
        settings = self.settings
        if settings is None or not note_wrong_passphrase(settings, path):
            return False
        with_backups = _bool(settings, WIPE_BACKUPS)
        result = wipe_case_file(path, backups_root=self.backups_root or default_backup_root(),
                                include_backups=with_backups)
        forget_file(settings, path)
        self.wiped.emit(result)
        return True

    def opened(self, path: Path) -> None:
        settings = self.settings
        if settings is not None:
            reset_wrong_passphrases(settings, path)


class EmergencySettingsDialog(QDialog):
    """Turn the emergency wipe on or off (confirmed when turned on), its countdown, the
    backups, and the wipe after wrong passphrases with a plain warning."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergency_settings")
        self.setWindowTitle(self.tr("Emergency Settings"))
        self.settings = settings
        intro = QLabel(self.tr(
            "The panic command (Ctrl+Shift+L) always locks the case file at once and empties "
            "the clipboard. It can also wipe the case file after a countdown."), self)
        intro.setWordWrap(True)
        # the sentences wrap: in Russian the first ran off the dialog's right edge
        wipe = WrappedCheck.with_text(self, self.tr(
            "Wipe the case file after a panic (with a countdown that can be cancelled)"),
            "wipe_enabled")
        self.wipe = wipe.box
        self.wipe.setChecked(_bool(settings, WIPE_ENABLED))
        self.wipe.toggled.connect(self._confirm_wipe)  # also when its sentence is clicked
        backups = WrappedCheck.with_text(
            self, self.tr("Wipe its automatic backups on this computer too"), "wipe_backups")
        self.backups = backups.box
        self.backups.setChecked(_bool(settings, WIPE_BACKUPS))
        self.countdown = QSpinBox(self)
        self.countdown.setObjectName("wipe_countdown_seconds")
        self.countdown.setRange(3, 120)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setValue(_int(settings, WIPE_COUNTDOWN, DEFAULT_COUNTDOWN) or
                                DEFAULT_COUNTDOWN)
        self.failures = QSpinBox(self)
        self.failures.setObjectName("wipe_after_failures")
        self.failures.setRange(0, 50)
        special_text_whole(self.failures, self.tr("never"))
        self.failures.setValue(_int(settings, WIPE_AFTER_FAILURES, 0))
        self.failures.valueChanged.connect(self._confirm_failures)
        warning = QLabel(self.tr(
            "Warning: a wipe cannot be undone. After the set number of wrong passphrases on "
            "the lock page the case file is wiped at once, without a countdown — also when "
            "you mistype it yourself, or a child or a colleague tries. Keep a backup somewhere "
            "else. On an SSD or a memory card the drive may keep old blocks a wipe cannot "
            "reach: they stay as safe as the case file's encryption."), self)
        warning.setObjectName("wipe_warning")
        warning.setWordWrap(True)
        warning.setStyleSheet(error_style())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(wipe)
        layout.addLayout(backups)
        for caption, box in ((self.tr("Countdown before the wipe:"), self.countdown),
                             (self.tr("Wipe after this many wrong passphrases in a row:"),
                              self.failures)):
            label = QLabel(caption, self)
            label.setBuddy(box)  # the number read out by its caption
            layout.addWidget(label)
            layout.addWidget(box)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        never_cut(self)  # the red warning whole, never painted over the boxes above it

    def _confirm_wipe(self, checked: bool) -> None:
        if not checked:
            return
        answer = QMessageBox.warning(
            self, self.tr("Emergency wipe"),
            self.tr("After a panic, the case file will be overwritten and deleted when the "
                    "countdown ends, unless you cancel it. This cannot be undone. Turn the "
                    "emergency wipe on?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.wipe.setChecked(False)

    def _confirm_failures(self, value: int) -> None:
        if value and not _int(self.settings, WIPE_AFTER_FAILURES, 0) and \
                not getattr(self, "_failures_confirmed", False):
            answer = QMessageBox.warning(
                self, self.tr("Emergency wipe"),
                self.tr("Wrong passphrases will wipe the case file without a countdown, even "
                        "if they are your own typing mistakes. Turn this on?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.failures.blockSignals(True)
                self.failures.setValue(0)
                self.failures.blockSignals(False)
                return
            self._failures_confirmed = True

    def accept(self) -> None:
        self.settings.setValue(WIPE_ENABLED, self.wipe.isChecked())
        self.settings.setValue(WIPE_BACKUPS, self.backups.isChecked())
        self.settings.setValue(WIPE_COUNTDOWN, self.countdown.value())
        self.settings.setValue(WIPE_AFTER_FAILURES, self.failures.value())
        self.settings.sync()
        super().accept()


__all__ = ["EmergencyExit", "EmergencySettingsDialog", "WipeCountdown", "clear_clipboard",
           "forget_file"]
