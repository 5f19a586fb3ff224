"""The audit log on a server with several writers at once: the hash chain stays one line
(every entry follows the one before it by id), nothing is lost, and ``check`` says so."""

from __future__ import annotations

import threading
from pathlib import Path

from caseapp.config import Location
from caseapp.db import audit_chain
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

WRITES = 25  # per writer


def test_two_concurrent_writers_keep_the_chain_linear(pg_url: str) -> None:
    writers = [open_case_file(Location(url=pg_url), actor="x", today=lambda: TODAY)
               for _ in range(2)]
    start = threading.Barrier(len(writers))
    failures: list[BaseException] = []

    def write(n: int) -> None:
        try:
            start.wait()
            for i in range(WRITES):
                captive = writers[n].captives.create(names=[f"Writer{n} Captive{i}"])
                writers[n].captives.update(captive.id, summary=f"written by {n}, #{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(len(writers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert failures == []
        with writers[0].db.engine.connect() as conn:
            assert audit_chain.first_break(conn) is None
            rows = conn.exec_driver_sql(
                "SELECT prev_hash, hash FROM audit_entries ORDER BY id").fetchall()
        # Each writer wrote 2 entries per captive (create, then one changed field).
        assert len(rows) == 2 * 2 * WRITES
        assert rows[0][0] == ""
        assert all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
        assert len({prev for prev, _ in rows}) == len(rows)  # no entry has two successors
        report = writers[0].check()
        assert report.problems == ()
    finally:
        for cf in writers:
            cf.close()


def test_check_finds_an_entry_changed_on_the_server(pg_url: str) -> None:
    cf = open_case_file(Location(url=pg_url), actor="x", today=lambda: TODAY)
    try:
        for name in ("Hakobyan Lilit", "Grigoryan Aram", "Sargsyan Narek"):
            cf.captives.create(names=[name])
        with cf.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_entries SET summary = 'edited with psql' "
                                 "WHERE id = (SELECT min(id) + 1 FROM audit_entries)")
        problems = cf.check().problems
        assert len(problems) == 1
        assert "was changed outside CaseApp" in problems[0] and "edited with psql" in problems[0]
    finally:
        cf.close()


def test_an_import_into_a_server_chains_its_entries_and_check_finds_none_broken(
        pg_url: str, case_file: CaseFile, tmp_path: Path) -> None:
    """An export's audit entries imported into a team server's case file are chained there
    (their hashes written by the import's own UPDATE on PostgreSQL, not SQLite's path) after
    the server's own entries; `caseapp check` finds nothing wrong, and finds an entry edited
    afterwards. (The mutation check: deleting that UPDATE was noticed by no test.)"""
    for name in ("Hakobyan Lilit", "Grigoryan Aram"):
        c = case_file.captives.create(names=[name])
        case_file.captives.update(c.id, summary=f"about {name}")
    export = tmp_path / "theirs.json"
    case_file.export_json(export)
    cf = open_case_file(Location(url=pg_url), actor="x", today=lambda: TODAY)
    try:
        cf.captives.create(names=["Sargsyan Narek"])  # the server's own entry first
        cf.import_json(export)
        with cf.db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT prev_hash, hash FROM audit_entries ORDER BY id").fetchall()
            assert audit_chain.first_break(conn) is None
        assert len(rows) >= 1 + 4 and all(h for _, h in rows)
        assert all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
        assert cf.check().problems == ()
        with cf.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_entries SET summary = 'edited with psql' "
                                 "WHERE id = (SELECT max(id) - 1 FROM audit_entries)")
        assert cf.check().problems != ()
    finally:
        cf.close()
