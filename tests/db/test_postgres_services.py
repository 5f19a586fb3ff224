"""The same calls of the services give the same case file on SQLite and on PostgreSQL: the
JSON export of both is the same record for record (apart from each record's random uid and
the moment it was written), with dates, times in their zones, levels, booleans, JSON
columns, document bytes and computed deadlines as the services wrote them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

# Values that differ by nature between two case files: identities (``uid``, ``…_uid``), write
# times, and who wrote (on the server: the database login; here: "tester").
VOLATILE = {"uid", "created_at", "updated_at", "at", "written_at", "exported_at", "hash",
            "prev_hash", "actor", "author", "recorded_by"}


def fill(cf: CaseFile) -> None:
    captive = cf.captives.create(
        names=["Վարդանյան Արմեն", "Vardanyan Armen"], birth="1990-03", capture="2020-12-13",
        status="pre_trial", sensitivity="shareable", consent_publicity=True,
        health="Needs insulin; “quoted” and 'single'", tags=["pow", "civilian"],
        field_levels={"health": "internal", "birth_date": "shareable"})
    prosecution = cf.prosecutions.create(captive_id=captive.id, case_number="1(101)-23/2021",
                                         court="Baku Military Court", sensitivity="shareable")
    cf.detention_orders.create(captive_id=captive.id, prosecution_id=prosecution.id,
                               start_date="2026-09-30", term_months=3)
    cf.hearings.create(starts_at="2026-12-03 10:30", timezone="Asia/Baku", court="Baku Court",
                       captive_ids=[captive.id], prosecution_id=prosecution.id)
    cf.documents.create(captive_id=captive.id, title="Ruling", filename="ruling.pdf",
                        content=bytes(range(256)) * 4, received_on="2026-10-02")
    cf.notes.create(captive_id=captive.id, title="Call", body="Line one\nLine two — Ա б c")
    cf.captives.update(captive.id, summary="Moved to the isolator.")


def export(cf: CaseFile, path: Path) -> dict[str, Any]:
    cf.export_json(path)
    return json.loads(path.read_text(encoding="utf-8"))


def _stable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: len(v) if k == "captives" else _stable(v)  # a list of uids: how many
                for k, v in value.items() if k not in VOLATILE and not k.endswith("_uid")}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    if isinstance(value, str) and value.startswith("{"):
        try:
            return _stable(json.loads(value))  # an audit entry's values
        except json.JSONDecodeError:
            return value  # a text that begins with a brace (a message's "{day}: {reason}")
    return value


def test_the_same_calls_give_the_same_export_on_both_engines(case_file: CaseFile, pg_url: str,
                                                             tmp_path: Path) -> None:
    server = open_case_file(Location(url=pg_url), actor="tester", today=lambda: TODAY)
    try:
        fill(case_file)
        fill(server)
        local = export(case_file, tmp_path / "local.json")
        remote = export(server, tmp_path / "server.json")
    finally:
        server.close()
    assert local["tables"]["deadlines"], "the order set deadlines off: they are compared too"
    assert local["tables"]["documents"][0]["content"]  # the bytes travel in the export
    assert _stable(remote["tables"]) == _stable(local["tables"])
    assert remote["schema_revision"] == local["schema_revision"]
