"""CASEAPP_PASSPHRASE set in a terminal of another encoding than UTF-8 reaches Python as bytes
that are no text. The command line names the variable in one line; the window, started from
that terminal, stopped with a traceback from the key derivation (UnicodeEncodeError) before
it showed. It now leaves the variable aside and asks for the passphrase, as when it is not
set."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from caseapp import app
from tests.conftest import copy_of


def test_a_passphrase_variable_that_is_no_text_is_left_aside_and_the_passphrase_asked(
        qtbot, tmp_path: Path, _encrypted_template: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    path = copy_of(_encrypted_template, tmp_path / "secret.db")
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_args: object) -> tuple[str, bool]:
        asked.append(text)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(cancel))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "caf\udce9 granite")  # Latin-1 "café"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.make_window(str(path), settings)
    qtbot.addWidget(window)
    assert asked == ["Passphrase for secret.db:"]
    assert window.case_file is None
