"""Whole-day deadlines an earlier version wrote without their court's zone get it when the
case file is opened: an Azerbaijani appeal written then is due by the end of its day in
Baku from the next opening, as one written now is (on SQLite and on a team's server)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY
from tests.services.test_expiry_recount import reopened


def test_an_appeal_written_without_a_zone_keeps_bakus_once_the_file_is_opened(
        any_case_file: CaseFile) -> None:
    cf = any_case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    made = cf.deadline_engine.from_rule(captive_id=c.id, rule_id="az.verdict.appeal",
                                        trigger=TODAY - timedelta(days=20))
    appeal = next(d.id for d in made if d.rule_id == "az.verdict.appeal")
    echr = cf.deadline_engine.from_rule(captive_id=c.id, rule_id="echr.application",
                                        trigger=TODAY)[0].id  # a calendar of no country
    own = cf.deadlines.create(title="Call the family", due_on=TODAY.isoformat()).id
    with cf.ctx.transaction() as s:  # as an earlier version wrote them (and no mark)
        s.execute(text("UPDATE deadlines SET timezone = ''"))
        s.execute(text("DELETE FROM file_events WHERE kind = 'court zones'"))
    assert cf.deadlines.get(appeal).timezone == ""
    again = reopened(cf)
    try:
        assert again.deadlines.get(appeal).timezone == "Asia/Baku"
        assert again.deadlines.get(appeal).due_on == TODAY  # its date unchanged
        assert again.deadlines.get(echr).timezone == ""
        assert again.deadlines.get(own).timezone == ""
    finally:
        again.close()
    with cf.ctx.transaction() as s:  # looked at once: the next opening reads no rule
        s.execute(text("UPDATE deadlines SET timezone = ''"))
    third = reopened(cf)
    try:
        assert third.deadlines.get(appeal).timezone == ""
    finally:
        third.close()


def test_an_appeal_imported_from_an_older_export_keeps_bakus(case_file: CaseFile,
                                                             tmp_path) -> None:
    """A JSON export of an earlier version wrote the appeal's zone as "": imported, the appeal
    is due by the end of its day in Baku at once, not from the next opening."""
    import json

    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    cf.deadline_engine.from_rule(captive_id=c.id, rule_id="az.verdict.appeal",
                                 trigger=TODAY - timedelta(days=20))
    path = tmp_path / "old.json"
    cf.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for d in data["tables"]["deadlines"]:
        d["timezone"] = ""
    path.write_text(json.dumps(data), encoding="utf-8")
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="tester",
                           today=lambda: TODAY)
    try:
        other.import_json(path)
        [appeal] = [d for d in other.deadlines.list() if d.rule_id == "az.verdict.appeal"]
        assert appeal.timezone == "Asia/Baku"
    finally:
        other.close()


def test_a_member_of_lower_clearance_opening_first_leaves_the_unseen_to_one_who_sees_all(
        server_case_file: CaseFile, pg_url: str) -> None:
    """A colleague with shareable clearance is the first to open the team's server with this
    version: the appeal she sees keeps Baku's zone at once, and the internal appeal she cannot
    see gets it when the owner opens the file next (she cannot mark the file looked at)."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.postgres import login_url, unique_login

    cf = server_case_file
    appeals = []
    for name in ("Tigran Vardanyan", "Armen Petrosyan"):
        c = cf.captives.create(names=[name], capture="2026-11-02", status="convicted",
                               sensitivity="shareable")
        made = cf.deadline_engine.from_rule(captive_id=c.id, rule_id="az.verdict.appeal",
                                            trigger=TODAY - timedelta(days=20))
        appeals.append(next(d.id for d in made if d.rule_id == "az.verdict.appeal"))
    seen, unseen = appeals
    with cf.ctx.transaction() as s:  # as an earlier version wrote them (and no mark)
        s.execute(text("UPDATE deadlines SET timezone = ''"))
        s.execute(text("UPDATE deadlines SET sensitivity = 'internal' WHERE id = :id"),
                  {"id": unseen})
        s.execute(text("DELETE FROM file_events WHERE kind = 'court zones'"))
    cf.team.init()
    login = unique_login("ani")
    cf.team.add_user(login, clearance="shareable", password="Zones-Pass-0001")
    member = open_case_file(Location(url=login_url(pg_url, login, "Zones-Pass-0001")),
                            actor="ani", today=lambda: TODAY)
    try:  # what she sees is due by the end of the day in Baku at once
        assert member.deadlines.get(seen).timezone == "Asia/Baku"
    finally:
        member.close()
    again = reopened(cf)
    try:
        assert again.deadlines.get(unseen).timezone == "Asia/Baku"
        assert again.deadlines.get(seen).timezone == "Asia/Baku"
    finally:
        again.close()
