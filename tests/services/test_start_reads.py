"""What the window's start reads with plain SQL on the connection the open verified, before
SQLAlchemy is imported (:meth:`CaseFile.captive_list`, the audit anchor's comparison, the
travel mark of the title): the same as the services read through SQLAlchemy."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.config import Location
from caseapp.db import audit_anchor
from caseapp.db.anchor_check import raw_problems
from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY

ARAM = "Արամ Վարդանյան"


def _fill(cf: CaseFile) -> dict[str, int]:
    """Captives named in Armenian, Cyrillic, Latin and Georgian letters, with aliases, one
    without any Latin name, places, hearings, contacts and a threshold of the lawyer's."""
    made = {
        "aram": cf.captives.create(names=[
            dict(full_name="Արամո", language="hy", kind="alias"),
            dict(full_name=ARAM, language="hy", is_primary=True),
            dict(full_name="Арам Варданян", language="ru", kind="transliteration"),
            dict(full_name="Aram Vardanyan", language="en", kind="transliteration")],
            status="pre_trial", capture="2023-01-01").id,
        "sergei": cf.captives.create(names=["Сергей Иванов"], status="missing").id,
        "juergen": cf.captives.create(names=[
            dict(full_name="Jürgen Müller", language="de", is_primary=True),
            dict(full_name="Jürgi", language="de", kind="alias"),
            dict(full_name="Юрген Мюллер", language="ru", kind="transliteration")],
            status="released", capture="2024-03-01", status_since="2024-04-10").id,
        "nika": cf.captives.create(names=["ნიკა ბერიძე"], status="held",  # no Latin name
                                   capture="2026-11-01").id,
        "quote": cf.captives.create(names=["O'Brien; DROP TABLE captives --"],
                                    status="held").id,
    }
    cf.detention_places.create(captive_id=made["aram"], facility="Kürdəxanı", from_date="2023-02-01")
    cf.detention_places.create(captive_id=made["aram"], facility="Baku SSS", from_date="2023-01-02",
                               to_date="2023-02-01")
    cf.hearings.create(captive_ids=[made["aram"], made["nika"]], starts_at="2099-03-01 10:00",
                       timezone="Asia/Baku")
    cf.hearings.create(captive_ids=[made["aram"]], starts_at="2099-05-01 10:00",
                       timezone="Asia/Baku")
    cf.hearings.create(captive_ids=[made["sergei"]], starts_at="2020-05-01 10:00",
                       timezone="Asia/Baku")  # past: not the next
    cf.welfare_contacts.create(captive_id=made["aram"], contact_on="2026-11-20",
                               kind="icrc_visit", confirmed=True)
    cf.welfare_contacts.create(captive_id=made["aram"], contact_on="2026-11-25",
                               kind="family_call", confirmed=False)
    cf.settings.set("welfare_threshold_days", 17)
    return made


def _reopened(cf: CaseFile) -> CaseFile:
    path, passphrase = cf.db.path, cf.db.passphrase
    cf.close()
    assert path is not None
    return open_case_file(Location(path=path), passphrase=passphrase, actor="tester",
                          today=lambda: TODAY)


@pytest.mark.parametrize("fixture", ["case_file", "encrypted_case_file"])
def test_the_start_reads_the_rows_and_threshold_the_services_read(
        request: pytest.FixtureRequest, fixture: str) -> None:
    ids = _fill(request.getfixturevalue(fixture))
    cf = _reopened(request.getfixturevalue(fixture))
    try:
        assert not cf.db.engine_built  # read on the open's own connection
        for lang in ("hy", "ru", "en", None):
            rows, threshold = cf.captive_list(lang=lang)
            assert rows == cf.overview.captive_rows(lang=lang)
            assert threshold == cf.settings.current().welfare_threshold_days == 17
        rows, _ = cf.captive_list(lang="hy")
        by_id = {r.id: r for r in rows}
        assert sorted(by_id) == sorted(ids.values())
        aram, nika = by_id[ids["aram"]], by_id[ids["nika"]]
        assert (aram.primary_name, aram.latin_name, aram.place) == (ARAM, "Aram Vardanyan",
                                                                    "Kürdəxanı")
        assert [n.full_name for n in aram.spellings] == ["Արամո", ARAM]  # record order
        # 1 January 2023 to 27 November 2026: 365 + 366 + 365 + 330 days
        assert aram.status is CaptiveStatus.PRE_TRIAL and aram.days_in_custody == 1426
        # the confirmed contact of 20 November, 7 days before; the 25th was not confirmed
        assert (str(aram.last_contact), aram.days_since_contact) == ("2026-11-20", 7)
        # the earlier of the two hearings to come, in the court's time zone
        baku = ZoneInfo("Asia/Baku")
        assert aram.next_hearing == datetime(2099, 3, 1, 10, 0, tzinfo=baku)
        assert str(aram.next_hearing.tzinfo) == "Asia/Baku"
        # no Latin spelling recorded: the Georgian one romanised; held 1 to 27 November
        assert (nika.primary_name, nika.latin_name, nika.days_in_custody) == (
            "ნიკა ბერიძე", "Nika Beridze", 26)
        assert by_id[ids["sergei"]].next_hearing is None  # its only hearing is past
        # captured 1 March 2024, released 10 April 2024: 31 days of March + 9 of April
        assert by_id[ids["juergen"]].days_in_custody == 40
        assert by_id[ids["quote"]].primary_name == "O'Brien; DROP TABLE captives --"
    finally:
        cf.close()


def test_an_empty_case_file_lists_no_rows_and_the_default_threshold(case_file: CaseFile) -> None:
    cf = _reopened(case_file)
    try:
        assert cf.captive_list(lang="ru") == ([], 30)  # the default of 30 days
        assert not cf.db.engine_built
        assert cf.overview.captive_rows(lang="ru") == []
    finally:
        cf.close()


def test_the_audit_anchor_is_compared_alike_with_and_without_sqlalchemy(
        case_file: CaseFile) -> None:
    case_file.captives.create(names=["Ани Саргсян"], status="held")
    case_file.captives.create(names=["Լիլիթ"], status="missing")
    with case_file.db.engine.begin() as conn:  # two entries removed outside CaseApp
        conn.exec_driver_sql("DELETE FROM audit_entries WHERE id IN "
                             "(SELECT id FROM audit_entries ORDER BY id DESC LIMIT 2)")
    cf = _reopened(case_file)
    try:
        with cf.db.reading() as raw:
            plain = raw_problems(raw)
        assert cf.warnings == tuple(plain)
        assert len(plain) == 1 and "2 audit entries were removed" in plain[0]
        with cf.db.engine.connect() as conn:
            assert audit_anchor.problems(conn) == plain
    finally:
        cf.close()


def test_a_travel_copy_says_so_before_the_services_are_imported(
        case_file: CaseFile, tmp_path: Path) -> None:
    from caseapp.domain.enums import Sensitivity
    from caseapp.services.travel_copy import make_travel_copy, read_mark

    case_file.captives.create(names=["Արամ"], status="held")
    copy = tmp_path / "travel.db"
    make_travel_copy(case_file, copy, level="public", passphrase="lantern granite orchard 77")
    travel = open_case_file(Location(path=copy), passphrase="lantern granite orchard 77",
                            actor="tester", today=lambda: TODAY)
    try:
        mark = travel.travel_mark()
        assert not travel.db.engine_built
        assert mark is not None and mark.level is Sensitivity.PUBLIC
        assert mark == read_mark(travel.ctx)
        assert case_file.travel_mark() is None  # the main file is no travel copy
    finally:
        travel.close()


def test_an_encrypted_file_opens_its_engine_on_the_verified_connection(
        encrypted_case_file: CaseFile) -> None:
    cf = _reopened(encrypted_case_file)
    try:
        assert cf.db.passphrase == ENCRYPTED_PASSPHRASE
        cf.captives.create(names=["Тигран"], status="held")  # the engine, built now, writes
        assert [r.primary_name for r in cf.captive_list(lang="ru")[0]] == ["Тигран"]
    finally:
        cf.close()


def test_a_read_on_the_open_connection_keeps_its_snapshot_and_holds_nothing_up(
        case_file: CaseFile) -> None:
    cf = _reopened(case_file)
    try:
        with cf.db.reading() as conn:  # the connection the open verified, lent for this read
            assert conn.execute("SELECT count(*) FROM captives").fetchone() == (0,)
            # a write meanwhile: the engine is built on a connection of its own
            cf.captives.create(names=["Ани Саргсян"], status="held")
            assert conn.execute("SELECT count(*) FROM captives").fetchone() == (0,)
        assert [r.primary_name for r in cf.captive_list(lang="ru")[0]] == ["Ани Саргсян"]
    finally:
        cf.close()


def test_a_team_servers_rows_are_read_alike_through_the_services(
        case_file: CaseFile, pg_url: str) -> None:
    """The one reader of the rows on PostgreSQL's driver (``%s`` parameters, dates and
    times as values): the same rows as the same records give in a SQLite file."""
    server = open_case_file(Location(url=pg_url), actor="tester", today=lambda: TODAY)
    try:
        local_ids, server_ids = _fill(case_file), _fill(server)
        assert list(local_ids) == list(server_ids)
        for lang in ("hy", "ru", None):
            local, threshold = case_file.captive_list(lang=lang)
            remote, remote_threshold = server.captive_list(lang=lang)
            assert threshold == remote_threshold == 17
            ids = dict(zip(server_ids.values(), local_ids.values(), strict=True))
            assert {(ids[r.id], r.primary_name, r.latin_name, r.status, r.place,
                     r.days_in_custody, r.next_hearing, r.last_contact, r.days_since_contact,
                     r.spellings) for r in remote} == {
                (r.id, r.primary_name, r.latin_name, r.status, r.place, r.days_in_custody,
                 r.next_hearing, r.last_contact, r.days_since_contact, r.spellings)
                for r in local}
        aram = next(r for r in server.captive_list(lang="hy")[0] if r.id == server_ids["aram"])
        assert aram.next_hearing == datetime(2099, 3, 1, 10, 0, tzinfo=ZoneInfo("Asia/Baku"))
    finally:
        server.close()
