"""A path that is no case file, or one CaseApp cannot open, opened in the window (the recent
files, File → Open, ``caseapp --db PATH``): one box says the line the command line says,
the window stays on its welcome page, nothing is raised and nothing is written."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from caseapp.cli import main
from tests.conftest import copy_of


def _future(path: Path, demo_template: Path) -> None:
    copy_of(demo_template, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999aaaa'")
    conn.close()


def make(what: str, path: Path, demo_template: Path) -> None:
    if what == "folder":
        path.mkdir()
    elif what == "loop":
        os.symlink(path.with_name("other.db"), path)
        os.symlink(path, path.with_name("other.db"))
    elif what == "empty":
        path.write_bytes(b"")
    elif what == "cut off":
        path.write_bytes(demo_template.read_bytes()[:100_000])
    else:
        _future(path, demo_template)


@pytest.mark.parametrize("what", ["folder", "loop", "empty", "cut off", "newer CaseApp"])
def test_the_window_says_what_the_command_line_says(
        qtbot, blank_window, tmp_path: Path, demo_template: Path, message_boxes,  # type: ignore[no-untyped-def]
        what: str) -> None:
    path = tmp_path / "Գործեր Дела.db"
    make(what, path, demo_template)
    err = io.StringIO()
    code = main(["captives", "list", "--db", str(path)], out=io.StringIO(), err=err)
    assert code in (1, 2) and err.getvalue().count("\n") == 1
    line = err.getvalue().removeprefix("caseapp: ").removesuffix("\n")
    assert not blank_window.open_path(path)
    assert message_boxes == [("box", line)]
    assert blank_window.pages.currentWidget() is blank_window.welcome


def test_wrong_passphrases_are_asked_again_then_said_as_on_the_command_line(
        qtbot, blank_window, tmp_path: Path, _encrypted_template: Path, message_boxes,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    path = copy_of(_encrypted_template, tmp_path / "secret.db")
    before = path.read_bytes()
    asked: list[str] = []

    def wrong(_parent: object, _title: str, text: str, *_args: object) -> tuple[str, bool]:
        asked.append(text)
        return "wrong passphrase", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(wrong))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "wrong passphrase")
    err = io.StringIO()
    assert main(["captives", "list", "--db", str(path)], out=io.StringIO(), err=err) == 2
    assert not blank_window.open_path(path)
    assert asked[0] == "Passphrase for secret.db:"
    # counted per file in the process: the command line's wrong passphrase, then three here
    assert asked[3].startswith("The passphrase was wrong (4 times in a row).")
    assert message_boxes == [("box", err.getvalue().removeprefix("caseapp: ").rstrip("\n"))]
    assert blank_window.pages.currentWidget() is blank_window.welcome
    assert path.read_bytes() == before
