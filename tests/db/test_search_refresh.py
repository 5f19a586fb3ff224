"""The search index after writes through the connection (an import, a travel copy's merge):
the records written are indexed alone, and the index is then the one a rebuild makes; many
records at once rebuild it in one pass. Importing one captive into a file of 10,000 rebuilt
the whole index (2 s) before (docs/performance-history.md, session 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.config import Location
from caseapp.db import search
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def index_of(cf: CaseFile) -> list[tuple[Any, ...]]:
    with cf.db.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT entity, record_id, captive_id, is_name, keys, sounds FROM search_entries"))


def rebuilt_index_of(cf: CaseFile) -> list[tuple[Any, ...]]:
    with cf.db.engine.begin() as conn:
        search.rebuild(conn)
    return index_of(cf)


def _export_of_two_captives(tmp_path: Path) -> Path:
    other = open_case_file(Location(path=tmp_path / "colleague.db"), create=True, actor="c",
                           today=lambda: TODAY)
    try:
        first = other.captives.create(names=["Ղուկասյան Վահե", "Ghukasyan Vahe"], status="held")
        other.captives.create(names=["Сафарян Нарек", "Safaryan Narek"], status="missing",
                              summary="Last seen near Zangelan")
        other.detention_places.create(captive_id=first.id, facility="Baku SIZO-1",
                                      from_date=date(2024, 2, 1))
        other.notes.create(captive_id=first.id, title="Call with his sister",
                           body="Asked about the parcel")
        other.export_json(tmp_path / "two.json")
    finally:
        other.close()
    return tmp_path / "two.json"


def test_an_import_indexes_only_what_it_added_and_the_index_is_a_rebuilds(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(30):
        captive = case_file.captives.create(names=[f"Held Person{n}"], status="held")
        case_file.detention_places.create(captive_id=captive.id, facility=f"Colony {n}",
                                          from_date=date(2024, 1, 1))
    export = _export_of_two_captives(tmp_path)
    rebuilds: list[object] = []
    monkeypatch.setattr(search, "rebuild", lambda conn, real=search.rebuild: (
        rebuilds.append(conn), real(conn))[1])

    report = case_file.import_json(export)

    assert report.added["captives"] == 2 and report.added["notes"] == 1
    assert rebuilds == []  # a few records into a larger index: indexed alone
    found = {name: case_file.search.captive_ids(name) for name in (
        "ghukasyan", "Ղուկասյան", "gukasian", "safarian", "Zangelan", "SIZO", "parcel")}
    assert all(len(ids) == 1 for ids in found.values()), found
    assert found["ghukasyan"] == found["parcel"] == found["SIZO"] != found["safarian"]
    assert len(case_file.search.captive_ids("person")) == 30  # the others still found
    assert index_of(case_file) == rebuilt_index_of(case_file)


def test_an_import_of_many_records_rebuilds_the_index_in_one_pass(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_file.captives.create(names=["Held Alone"], status="held")
    export = _export_of_two_captives(tmp_path)
    rebuilds: list[object] = []
    monkeypatch.setattr(search, "rebuild", lambda conn, real=search.rebuild: (
        rebuilds.append(conn), real(conn))[1])
    case_file.import_json(export)
    assert len(rebuilds) == 1
    assert len(case_file.search.captive_ids("ghukasyan")) == 1
    assert len(case_file.search.captive_ids("alone")) == 1
