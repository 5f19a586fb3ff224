"""The captives list read ahead (:meth:`CaseFile.read_list_ahead`, the window's start):
the window's read of it gets those rows only while the file is as it was when they were
read, and in the language they were read for; else it reads the file again."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def _reopened(cf: CaseFile) -> CaseFile:
    """The file opened anew, SQLAlchemy not in use (as the window's start opens it)."""
    path = cf.db.path
    cf.close()
    assert path is not None
    return open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)


def _filled(case_file: CaseFile) -> CaseFile:
    case_file.captives.create(names=["Արամ Վարդանյան", "Aram Vardanyan"], status="held",
                              capture="2024-01-02")
    case_file.captives.create(names=["Сергей Иванов"], status="missing")
    return _reopened(case_file)


def _ahead(cf: CaseFile, lang: str | None) -> tuple[list, int]:
    ready: list[bool] = []
    cf.read_list_ahead(lang, ready=lambda: ready.append(True))
    assert ready == [True]
    assert cf._list_ahead is not None
    return cf._list_ahead[3]


def test_the_list_read_ahead_is_the_list_read_then(case_file: CaseFile) -> None:
    cf = _filled(case_file)
    try:
        ahead = _ahead(cf, "hy")
        given = cf.captive_list(lang="hy")
        assert given is ahead  # not read again
        assert not cf.db.engine_built
        assert given == cf.captive_list(lang="hy")  # the same read anew (given once)
        assert given[0] == cf.overview.captive_rows(lang="hy")
        assert [r.spellings[0].full_name for r in given[0] if r.spellings] == ["Արամ Վարդանյան"]
    finally:
        cf.close()


def test_a_list_read_ahead_in_another_language_is_read_again(case_file: CaseFile) -> None:
    cf = _filled(case_file)
    try:
        ahead = _ahead(cf, "hy")
        given = cf.captive_list(lang="en")
        assert given is not ahead
        assert given[0] == cf.overview.captive_rows(lang="en") != ahead[0]
    finally:
        cf.close()


def test_a_write_after_the_read_ahead_is_read(case_file: CaseFile) -> None:
    cf = _filled(case_file)
    try:
        _ahead(cf, "en")
        added = cf.captives.create(names=["Anna Petrosyan"], status="held")
        rows, _threshold = cf.captive_list(lang="en")
        assert added.id in {r.id for r in rows} and len(rows) == 3
    finally:
        cf.close()


def test_a_write_by_another_program_after_the_read_ahead_is_read(case_file: CaseFile) -> None:
    cf = _filled(case_file)
    try:
        _ahead(cf, "en")
        assert cf.db.path is not None
        other = sqlite3.connect(Path(cf.db.path))
        with other:  # another process's commit: the status changed outside this window
            other.execute("UPDATE captives SET status = 'released'")
        other.close()
        rows, _threshold = cf.captive_list(lang="en")
        assert {r.status.value for r in rows} == {"released"}
        assert not cf.db.engine_built
    finally:
        cf.close()


def test_the_start_reads_the_open_s_connection_while_the_list_is_read_ahead(
        case_file: CaseFile, monkeypatch) -> None:
    import caseapp.db.captive_rows as reader

    cf = _filled(case_file)
    read = reader.read_captive_rows

    def reading(*args: Any, **kwargs: Any) -> Any:
        cf.travel_mark()  # the window's title, read meanwhile on the UI thread
        return read(*args, **kwargs)

    monkeypatch.setattr(reader, "read_captive_rows", reading)
    try:
        cf.read_list_ahead("en", ready=lambda: None)
        assert not cf.db.engine_built  # the title read the open's connection: no SQLAlchemy
        assert len(cf.captive_list(lang="en")[0]) == 2
    finally:
        cf.close()
