"""A JSON export records which case file it was exported from (its identity and the day it
was created); importing it adds the records to the other file, which keeps its own identity."""

from __future__ import annotations

import json
from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.identity import this_case_file
from tests.conftest import TODAY


def test_an_export_names_its_case_file_and_an_import_keeps_the_files_own(
        case_file: CaseFile, tmp_path: Path) -> None:
    case_file.captives.create(names=["Vardanyan Armen"], status="held")
    ours = this_case_file(case_file.ctx)
    assert ours is not None and ours.created is not None
    target = tmp_path / "export.json"
    case_file.export_json(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["case_file"] == {"identity": ours.identity, "created": ours.created.isoformat()}
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        theirs = this_case_file(other.ctx)
        other.import_json(target)
        assert this_case_file(other.ctx) == theirs != ours
        assert [c.primary_name for c in other.captives.list()] == ["Vardanyan Armen"]
    finally:
        other.close()
