"""An export imported into a case file that holds its records already, but otherwise: a
colleague's export corrected since, or an export edited by hand. An import only adds, so the
case file keeps its version — and says which records the file gives otherwise, with the file's
values (it said “Nothing to add: every record in the file is already in the case file”, and
the correction was lost without a word). The same export imported again says nothing of the
kind, nor does a moment written at another offset."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from caseapp.config import Location
from caseapp.services import data_exports
from caseapp.services.casefile import CaseFile, open_case_file
from tests.cli.cli_run import run
from tests.conftest import TODAY
from tests.services.test_interchange import fill


@pytest.fixture
def pair(any_case_file: CaseFile, tmp_path: Path) -> tuple[CaseFile, dict[str, Any]]:
    """A case file (SQLite, then PostgreSQL) and its own export: every uid is present."""
    fill(any_case_file)
    any_case_file.export_json(tmp_path / "export.json")
    return any_case_file, json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))


def _import(cf: CaseFile, data: dict[str, Any], path: Path) -> Any:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return cf.import_json(path)


def _row(data: dict[str, Any], table: str, **match: Any) -> dict[str, Any]:
    return next(r for r in data["tables"][table] if all(r.get(k) == v for k, v in match.items()))


def test_the_same_export_again_says_nothing_differs(pair: tuple[CaseFile, dict[str, Any]],
                                                     tmp_path: Path) -> None:
    cf, data = pair
    report = _import(cf, data, tmp_path / "again.json")
    assert report.added == {} and report.differing == ()
    moved = copy.deepcopy(data)  # the same moment written at Baku's offset
    _row(moved, "hearings")["starts_at"] = "2024-01-30T10:00:00+04:00"
    assert _row(data, "hearings")["starts_at"] == "2024-01-30T06:00:00+00:00"
    assert _import(cf, moved, tmp_path / "moved.json").differing == ()
    # an export at a level: what the level left out (a field, an addressee) is no difference
    for level in ("public", "shareable"):
        data_exports.export_json(cf, tmp_path / f"{level}.json", level=level)
        report = cf.import_json(tmp_path / f"{level}.json")
        assert report.read_at_level is not None and report.differing == (), level


def test_records_the_case_file_holds_otherwise_are_named_with_the_files_values(
        pair: tuple[CaseFile, dict[str, Any]], tmp_path: Path) -> None:
    cf, data = pair
    edited = copy.deepcopy(data)
    _row(edited, "welfare_contacts", kind="icrc_visit")["notes"] = "Seen, lost weight"
    _row(edited, "hearings")["outcome"] = "Extended by three months"
    _row(edited, "documents")["content"] = "JVBERi0xLjQgb3RoZXI="  # other bytes: named only
    report = _import(cf, edited, tmp_path / "edited.json")
    assert report.added == {}
    assert report.differing == (
        "Welfare contact “ICRC visit, 1\u00a0Mar\u00a02024 — Արամ Վարդանյան”: Notes: Seen, lost "
        "weight",
        "Hearing “Other, 30\u00a0Jan\u00a02024 — Сурен Петросян, Արամ Վարդանյան”: Outcome: "
        "Extended by three months",
        "Document “Decision — Արամ Վարդանյան”: Content")
    # the case file keeps its own version
    assert [w.notes for w in cf.welfare_contacts.list() if w.kind.value == "icrc_visit"] == [""]
    assert [h.outcome for h in cf.hearings.list()] == ["extended by four months"]
    (notice,) = report.notices  # one notice: the window shows it in one paragraph
    head, *lines = notice.split("\n")
    assert head.startswith("3 records of the file are in the case file already, which holds "
                           "them otherwise")
    assert lines == [f"  {line}" for line in report.differing]


def test_the_command_line_prints_the_records_the_case_file_holds_otherwise(
        tmp_path: Path) -> None:
    cf = open_case_file(Location(path=tmp_path / "case.db"), create=True, actor="tester",
                        today=lambda: TODAY)
    try:
        fill(cf)
        cf.export_json(tmp_path / "export.json")
    finally:
        cf.close()
    data = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    edited = copy.deepcopy(data)
    _row(edited, "identity_documents")["number"] = "AM001"
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    code, out, err = run("import", "--db", str(tmp_path / "case.db"), "--lang", "en", str(path))
    assert (code, err) == (0, "")
    assert "1 record of the file is in the case file already, which holds it otherwise" in out
    assert "  Identity document “AM000 — Արամ Վարդանյան”: Number: AM001\n" in out


def test_a_long_list_names_twenty_records_and_counts_the_rest() -> None:
    from caseapp.domain.dto import ImportReport

    (notice,) = ImportReport(differing=tuple(f"Note “{n}”: Text: new" for n in range(23))).notices
    lines = notice.split("\n")
    assert lines[0].startswith("23 records of the file are in the case file already")
    assert lines[1:21] == [f"  Note “{n}”: Text: new" for n in range(20)]
    assert lines[21:] == ["  … and 3 more records."]
