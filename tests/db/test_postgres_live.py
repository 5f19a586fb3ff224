"""Live changes on a team server (caseapp.db.live): a write committed by one CaseApp reaches
the others as the same Changes value it published locally, within two seconds, and only
once committed; its own writes are not echoed back; a lost connection is reported, retried
and reported back, and a save tried meanwhile is refused whole with one line."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from caseapp.config import Location
from caseapp.db.live import MAX_PAYLOAD, decode, encode
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import CaseAppError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

LIVE_S = 2.0


class Heard:
    """What a listener heard, and the connection states it reported, waited for in turn."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.states: list[tuple[bool, str, bool]] = []
        self.event = threading.Condition()

    def change(self, change: Changes) -> None:
        with self.event:
            self.changes.append(change)
            self.event.notify_all()

    def state(self, connected: bool, reason: str, refused: bool) -> None:
        with self.event:
            self.states.append((connected, reason, refused))
            self.event.notify_all()

    def wait(self, what: str, count: int, timeout: float) -> bool:
        with self.event:
            return self.event.wait_for(lambda: len(getattr(self, what)) >= count, timeout)


@pytest.fixture
def pair(server_case_file: CaseFile, pg_url: str) -> Iterator[tuple[CaseFile, CaseFile, Heard]]:
    """Anna's case file, and Boris's listening to the server."""
    boris = open_case_file(Location(url=pg_url), actor="Boris", today=lambda: TODAY)
    heard = Heard()
    listener = boris.watch(heard.change, heard.state)
    assert listener is not None
    yield server_case_file, boris, heard
    listener.stop()
    boris.close()


def test_a_committed_write_reaches_the_other_case_file(pair) -> None:  # type: ignore[no-untyped-def]
    anna, _boris, heard = pair
    started = time.monotonic()
    captive = anna.captives.create(names=["Վարդանյան Արմեն", "Vardanyan Armen"])
    assert heard.wait("changes", 1, LIVE_S)
    assert time.monotonic() - started < LIVE_S
    assert heard.changes[0] == Changes("captives", AuditAction.CREATE, (captive.id,), (captive.id,))

    anna.captives.update(captive.id, summary="Held in Baku.")
    assert heard.wait("changes", 2, LIVE_S)
    assert heard.changes[1] == Changes("captives", AuditAction.UPDATE, (captive.id,), (captive.id,))
    assert heard.states == []  # the connection never dropped


def test_its_own_writes_and_refused_writes_are_not_heard(pair) -> None:  # type: ignore[no-untyped-def]
    anna, boris, heard = pair
    boris.captives.create(names=["Own Write"])  # Boris's own: his window already knows
    with pytest.raises(CaseAppError):
        anna.captives.create(names=[])  # refused: nothing committed, nothing to hear
    marker = anna.organisations.create(name="ICRC Yerevan")  # then one that commits
    assert heard.wait("changes", 1, LIVE_S)
    # Only Anna's committed write arrived; Boris's own and the refused one did not.
    assert [c.entity for c in heard.changes] == ["organisations"]
    assert heard.changes[0].ids == (marker.id,)


def test_a_lost_connection_is_reported_retried_and_a_save_meanwhile_is_refused(
        pair, pg_server: str, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    anna, _boris, heard = pair
    captive = anna.captives.create(names=["Petrosyan Ani"])
    assert heard.wait("changes", 1, LIVE_S)
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))
    # Reported lost, then back by itself (the server is still up).
    assert heard.wait("states", 2, 10)
    assert heard.states[0][0] is False and heard.states[0][1]
    assert heard.states[0][2] is False  # lost, not refused: the login is still let in
    assert heard.states[1] == (True, "", False)
    # Every pooled connection was cut too; the next save reconnects and is heard.
    anna.captives.update(captive.id, summary="After the cut.")
    assert anna.captives.get(captive.id).summary == "After the cut."
    assert heard.wait("changes", 2, LIVE_S)


def test_a_save_whose_connection_breaks_is_refused_whole(server_case_file: CaseFile,
                                                         pg_server: str) -> None:
    """The connection dies in the middle of a save's transaction: one line, no traceback,
    and nothing of the save is kept."""
    cf = server_case_file
    captive = cf.captives.create(names=["Sargsyan Hayk"], summary="Before.")
    original = cf.captives.after_write

    def cut(session, obj):  # type: ignore[no-untyped-def]
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        with psycopg.connect(pg_server.replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return original(session, obj) if original else None

    cf.captives.after_write = cut
    with pytest.raises(CaseAppError) as refused:
        cf.captives.update(captive.id, summary="Half saved?")
    cf.captives.after_write = original
    message = str(refused.value)
    assert "connection to the team server was lost" in message and "nothing was saved" in message
    assert "\n" not in message
    assert cf.captives.get(captive.id).summary == "Before."


def test_a_server_that_stopped_taking_connections_is_one_line_and_nothing_half_saved(
        server_case_file: CaseFile, pg_server: str, pg_url: str) -> None:
    """As when the server is stopped: its sessions ended, and no new connection taken. Before,
    the save and the read after it failed with the driver's own three lines ("(psycopg.
    OperationalError) connection failed: … Background on this error at: https://sqlalche.me…"),
    as the pool's new connection failed before any statement."""
    cf = server_case_file
    captive = cf.captives.create(names=["Sargsyan Hayk"], summary="Before.")
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        try:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))
            for done in (lambda: cf.captives.update(captive.id, summary="Half saved?"),
                         cf.captives.list):
                with pytest.raises(CaseAppError) as refused:
                    done()
                assert str(refused.value) == (
                    "The connection to the team server was lost; nothing was saved. CaseApp is "
                    "reconnecting: try again in a moment.")
        finally:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    assert cf.captives.get(captive.id).summary == "Before."
    cf.captives.update(captive.id, summary="Once it is back.")  # the pool connects again
    assert cf.captives.get(captive.id).summary == "Once it is back."


def test_a_notice_of_very_many_records_names_only_its_table() -> None:
    many = Changes("deadlines", AuditAction.UPDATE, tuple(range(1, 5001)), (7,))
    payload = encode(many, "origin-1")
    assert len(payload.encode()) <= MAX_PAYLOAD
    assert decode(payload) == ("origin-1", Changes("deadlines", AuditAction.UPDATE, (), ()))
    few = Changes("hearings", AuditAction.DELETE, (3, 4), (9,))
    assert decode(encode(few, "o")) == ("o", few)
    assert decode('{"not": "ours"}') is None and decode("plain text") is None
