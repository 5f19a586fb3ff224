"""Whether someone else wrote to an open case file since it was last looked at: another
program on the same file (the command line, a scheduled import, a second window), never
the file's own writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.outside_writes import OutsideWrites
from tests.conftest import TODAY


@pytest.fixture
def other(case_file: CaseFile) -> CaseFile:
    """The same file opened a second time: another program writing to it."""
    assert case_file.db.path is not None
    cf = open_case_file(Location(path=Path(case_file.db.path)), actor="colleague",
                        today=lambda: TODAY)
    yield cf
    cf.close()


def _watching(cf: CaseFile) -> OutsideWrites:
    watch = OutsideWrites(cf)
    watch.start()
    return watch


def test_nothing_written_is_no_change(case_file: CaseFile) -> None:
    watch = _watching(case_file)
    assert watch.check() is False
    assert watch.check() is False


def test_another_program_s_write_is_a_change_once(case_file: CaseFile, other: CaseFile) -> None:
    watch = _watching(case_file)
    other.captives.create(names=["Vardanyan Armen"], capture="2026-06-01")
    assert watch.check() is True
    assert watch.check() is False  # told once


def test_the_file_s_own_writes_are_no_change(case_file: CaseFile) -> None:
    watch = _watching(case_file)
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-06-01").id
    case_file.captives.update(cid, consent_notes="power of attorney signed")
    with case_file.ctx.batch():  # an import: many calls, one commit
        case_file.captives.create(names=["Petrosyan Mher"], capture="2026-06-02")
        case_file.captives.create(names=["Hakobyan Lilit"], capture="2026-06-03")
    assert watch.check() is False


@pytest.mark.parametrize("order", ["outside first", "own first"])
def test_another_program_s_write_among_the_file_s_own_is_a_change(
        case_file: CaseFile, other: CaseFile, order: str) -> None:
    watch = _watching(case_file)
    writes = [lambda: case_file.captives.create(names=["Vardanyan Armen"], capture="2026-06-01"),
              lambda: other.captives.create(names=["Petrosyan Mher"], capture="2026-06-02")]
    for write in (writes if order == "own first" else writes[::-1]):
        write()
    assert watch.check() is True
    case_file.captives.create(names=["Hakobyan Lilit"], capture="2026-06-03")
    assert watch.check() is False


def test_a_write_of_the_other_program_seen_by_it_is_no_change_there(
        case_file: CaseFile, other: CaseFile) -> None:
    """Each open file tells only what others wrote: the other program's own write is not a
    change to it, the first file's is."""
    mine, theirs = _watching(case_file), _watching(other)
    other.captives.create(names=["Petrosyan Mher"], capture="2026-06-02")
    assert (mine.check(), theirs.check()) == (True, False)
    case_file.captives.create(names=["Vardanyan Armen"], capture="2026-06-01")
    assert (mine.check(), theirs.check()) == (False, True)


def test_on_a_team_server_a_colleague_s_write_is_a_change_and_one_s_own_is_not(
        server_case_file: CaseFile, pg_url: str) -> None:
    colleague = open_case_file(Location(url=pg_url), actor="colleague", today=lambda: TODAY)
    try:
        watch = _watching(server_case_file)
        server_case_file.captives.create(names=["Vardanyan Armen"], capture="2026-06-01")
        assert watch.check() is False
        colleague.captives.create(names=["Petrosyan Mher"], capture="2026-06-02")
        assert watch.check() is True
        assert watch.check() is False
    finally:
        colleague.close()


def test_a_member_below_internal_who_may_not_read_the_audit_log_is_told_nothing(
        server_case_file: CaseFile, pg_url: str) -> None:
    """(Such a window hears of colleagues' writes from the server's live notices.)"""
    from tests.postgres import login_url, unique_login

    server_case_file.team.init()
    login = unique_login("clerk")
    server_case_file.team.add_user(login, clearance="public", password="Outside-Test-Pass 7")
    clerk = open_case_file(Location(url=login_url(pg_url, login, "Outside-Test-Pass 7")),
                           actor=login, today=lambda: TODAY)
    try:
        watch = _watching(clerk)
        server_case_file.captives.create(names=["Petrosyan Mher"], capture="2026-06-02",
                                         sensitivity="public")
        assert watch.check() is False  # no read refused, no error
    finally:
        clerk.close()
