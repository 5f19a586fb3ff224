"""Eight lawyers on one team server saving the same captive 200 times each, as fast as they
can, every save based on what each last read: no save overwrites another unseen (each one
that went through starts from the value the one before it left), every refused one is
reported, and the audit chain stays one line that ``caseapp check`` accepts."""

from __future__ import annotations

import io
import threading

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.records import StaleRecord
from tests.conftest import TODAY

WRITERS = 8
EDITS = 200  # attempts per writer


@pytest.mark.slow
def test_eight_writers_lose_no_update_and_keep_the_chain(pg_url: str) -> None:
    race(pg_url, "captives", {"names": ["Առաքելյան Նարեկ", "Arakelyan Narek"]}, "summary",
         "captive", EDITS)


def test_eight_writers_on_one_organisation_quickly(pg_url: str) -> None:
    """The same race, short (a few seconds, for every run): 8 writers x 12 saves of one
    organisation's notes."""
    race(pg_url, "organisations", {"name": "Комитет «Ереван» / Երևան"}, "notes",
         "organisation", 12)


def race(pg_url: str, service: str, values: dict[str, object], field: str, noun: str,
         edits: int) -> None:
    lawyers = [open_case_file(Location(url=pg_url), actor=f"w{n}", today=lambda: TODAY)
               for n in range(WRITERS)]
    captive = getattr(lawyers[0], service).create(**values)
    start = threading.Barrier(WRITERS)
    saved: list[list[str]] = [[] for _ in range(WRITERS)]
    refused: list[list[str]] = [[] for _ in range(WRITERS)]
    failures: list[BaseException] = []

    def write(n: int, cf: CaseFile) -> None:
        try:
            start.wait()
            records = getattr(cf, service)
            for i in range(edits):
                version = records.version(captive.id)
                text = f"Writer {n}, edit {i}: Ղ ж ə"
                try:
                    records.update(captive.id, expected_version=version, **{field: text})
                except StaleRecord as exc:
                    refused[n].append(str(exc))
                else:
                    saved[n].append(text)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(n, cf)) for n, cf in enumerate(lawyers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert failures == []
        n_saved = sum(map(len, saved))
        n_refused = sum(map(len, refused))
        assert n_saved + n_refused == WRITERS * edits  # every attempt ended one way or the other
        assert n_saved > 0 and n_refused > 0  # saves went through, and eight at once collide
        # Every refusal is the one line naming the record.
        assert all(f"{noun} with ID {captive.id} was changed by " in m and "\n" not in m
                   for writer in refused for m in writer)
        cf = lawyers[0]
        # The record counted each save once: version 1 at creation, one more per save.
        records = getattr(cf, service)
        assert records.version(captive.id) == 1 + n_saved
        # The summaries in the audit trail form one line: each save replaced the value the
        # save before it left (an unseen overwrite would break the line), and they are
        # exactly the saves the writers were told went through.
        changes = [(e.old_value or "", e.new_value or "")
                   for e in cf.audit.for_record(captive.uid) if e.field == field]
        assert len(changes) == n_saved
        assert changes[0][0] == ""
        assert all(changes[i][0] == changes[i - 1][1] for i in range(1, len(changes)))
        assert sorted(c[1] for c in changes) == sorted(text for writer in saved for text in writer)
        assert getattr(records.get(captive.id), field) == changes[-1][1]
        out, err = io.StringIO(), io.StringIO()
        assert main(["check", "--db", pg_url], out=out, err=err) == 0, err.getvalue()
    finally:
        for lawyer in lawyers:
            lawyer.close()
