"""The window's first file opened on a thread while the window is built
(:class:`caseapp.app.OpenedEarly`): the window gets what its own open would have given,
the case file with its list, or the same error; any other open is as ever."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from caseapp.app import OpenedEarly
from caseapp.config import Location, current_actor
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, copy_of


def _opened(opening: OpenedEarly, path: Path, passphrase: str | None = None) -> CaseFile:
    return opening(Location(path=path), passphrase=passphrase, create=False,
                   actor=current_actor())


def test_the_window_gets_the_file_and_the_list_the_open_gave(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read_on: list[str] = []
    read_list = CaseFile._list_on

    def reading(self: CaseFile, conn: Any, lang: str | None) -> Any:
        read_on.append(threading.current_thread().name)
        return read_list(self, conn, lang)

    monkeypatch.setattr(CaseFile, "_list_on", reading)
    path = copy_of(demo_template, tmp_path / "case.db")
    cf = _opened(OpenedEarly(Location(path=path), None, "en"), path)
    try:
        assert cf.db.path == path and not cf.db.engine_built
        rows, threshold = cf.captive_list(lang="en")  # waits for the read on the thread
        assert read_on == ["caseapp-open-early"] and len(rows) == 25
        assert (rows, threshold) == cf.captive_list(lang="en")  # a read of the file itself
        assert read_on == ["caseapp-open-early", threading.current_thread().name]
    finally:
        cf.close()


def test_the_window_gets_the_error_its_open_would_have_raised(tmp_path: Path,
                                                             _encrypted_template: Path) -> None:
    path = copy_of(_encrypted_template, tmp_path / "secret.db")
    with pytest.raises(CaseFileError) as direct:
        open_case_file(Location(path=path), passphrase="wrong", actor=current_actor())
    with pytest.raises(CaseFileError) as early:
        _opened(OpenedEarly(Location(path=path), "wrong", "en"), path, "wrong")
    assert str(early.value) == str(direct.value) and early.value.bad_input
    cf = _opened(OpenedEarly(Location(path=path), ENCRYPTED_PASSPHRASE, "en"), path,
                 ENCRYPTED_PASSPHRASE)
    cf.close()


def test_another_open_is_as_ever_and_the_early_file_closed(demo_template: Path,
                                                           tmp_path: Path) -> None:
    first = copy_of(demo_template, tmp_path / "first.db")
    other = copy_of(demo_template, tmp_path / "other.db")
    opening = OpenedEarly(Location(path=first), None, None)
    cf = _opened(opening, other)  # not the file opened early
    try:
        assert cf.db.path == other and cf._list_ahead is None
        again = _opened(opening, first)  # too late: opened as ever
        assert again.db.path == first
        again.close()
    finally:
        cf.close()


def test_a_file_opened_early_and_not_taken_is_closed(demo_template: Path, tmp_path: Path) -> None:
    path = copy_of(demo_template, tmp_path / "case.db")
    opening = OpenedEarly(Location(path=path), None, "en")
    opening._thread.join()
    early = opening._opened
    assert early is not None and not early.db._closed
    opening.discard()
    assert early.db._closed and opening._opened is None


def test_an_older_file_upgraded_on_the_thread_says_so_to_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's open passes ``progress`` (its notice, ui/opener.py): the file opened
    early is still the one it gets, and what the upgrade says on the thread is passed on to
    it on the window's thread while it waits."""
    from caseapp.db import migrate
    from tests.db.test_name_keys_migration import _at_0015

    path = tmp_path / "older.db"
    _at_0015(Location(path=path))
    shown = threading.Event()
    copy = migrate.backup_before_upgrade

    upgraded_on: list[str] = []

    def after_the_first_word_is_shown(*args: Any) -> Any:
        upgraded_on.append(threading.current_thread().name)
        assert shown.wait(30), "the first word of the upgrade never reached the window"
        return copy(*args)

    monkeypatch.setattr(migrate, "backup_before_upgrade", after_the_first_word_is_shown)
    told: list[tuple[str, str]] = []

    def progress(message: object) -> None:
        told.append((threading.current_thread().name, str(message)))
        shown.set()

    opening = OpenedEarly(Location(path=path), None, None)
    cf = opening(Location(path=path), passphrase=None, create=False, actor=current_actor(),
                 progress=progress)
    try:
        assert upgraded_on == ["caseapp-open-early"]  # opened on the thread, not again
        assert told and told[0][1].startswith(f"Updating {path}")
        assert {name for name, _ in told} == {threading.current_thread().name}
    finally:
        cf.close()
