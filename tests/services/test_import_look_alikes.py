"""An export of the same captives made from another case file (a colleague's copy: other
uids, the same names and birth dates) is added as new people, and the import says how many
of them look like captives already there (the score of ``caseapp duplicates``), naming them:
on SQLite and on PostgreSQL. An export of other people says nothing; nothing is merged."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of

SAME_PEOPLE = [  # (as this case file has them, as the colleague's has them, birth)
    ("Արամ Վարդանյան", "Aram Vardanyan", "1980-03-02"),  # another script
    ("Сурен Петросян", "Сурен Петросян", "1975-07-14"),
    ("Gevorg Manukyan", "Gevorg Manukyan", "1990-01-20"),
]
OTHER_PEOPLE = [("Karen Hakobyan", "1985-05-05"), ("Ани Григорян", "1993-11-30")]


@pytest.fixture
def colleague(tmp_path: Path, _empty_template: Path):
    """``colleague(people)``: the path of an export of another case file holding ``people``
    ((name, birth) pairs)."""
    def export(people: list[tuple[str, str]], name: str = "colleague") -> Path:
        cf = open_case_file(Location(path=copy_of(_empty_template, tmp_path / f"{name}.db")),
                            actor="colleague", today=lambda: TODAY)
        try:
            for full_name, birth in people:
                cf.captives.create(names=[full_name], birth=birth, status="held")
            out = tmp_path / f"{name}.json"
            cf.export_json(out)
        finally:
            cf.close()
        return out
    return export


def _fill(cf: CaseFile) -> dict[str, int]:
    ids = {}
    for ours, _theirs, birth in SAME_PEOPLE:
        ids[ours] = cf.captives.create(names=[ours], birth=birth, status="held").id
    cf.captives.create(names=["Նարեկ Ավագյան"], birth="1970", status="held")
    return ids


def test_a_colleagues_copy_of_the_same_captives_is_said_to_look_alike(
        any_case_file: CaseFile, colleague) -> None:
    cf = any_case_file
    ids = _fill(cf)
    report = cf.import_json(colleague([(theirs, birth) for _o, theirs, birth in SAME_PEOPLE]))
    assert report.added["captives"] == 3  # added, never merged by the import
    found = {a.existing_name: a for a in report.look_alikes}
    assert set(found) == set(ids)
    for ours, theirs, _birth in SAME_PEOPLE:
        assert found[ours].existing_id == ids[ours]
        assert found[ours].imported_name == theirs
        assert found[ours].imported_id not in ids.values()
    assert len(cf.captives.list()) == 7


def test_an_export_of_other_people_says_nothing(any_case_file: CaseFile, colleague) -> None:
    cf = any_case_file
    _fill(cf)
    report = cf.import_json(colleague(OTHER_PEOPLE))
    assert report.added["captives"] == 2
    assert report.look_alikes == ()
    again = cf.import_json(colleague(OTHER_PEOPLE, "same-again"))  # other uids: new people
    assert len(again.look_alikes) == 2


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_cli_import_names_the_look_alikes_and_where_to_merge_them(
        case_file: CaseFile, colleague) -> None:
    ids = _fill(case_file)
    db = case_file.db.path
    case_file.close()
    same = colleague([(theirs, birth) for _o, theirs, birth in SAME_PEOPLE])
    code, out, err = run("import", "--db", str(db), str(same))
    assert (code, err) == (0, "")
    line = next(x for x in out.splitlines() if "look like" in x)
    assert line.startswith("3 imported captives look like captives already in the case file")
    # alike in every fact: each named by when it was recorded, the id after it
    assert re.search(rf"Aram Vardanyan \(recorded [^;]+; ID {max(ids.values()) + 2}\) like "
                     rf"Արամ Վարդանյան \(recorded [^;]+; ID {ids['Արամ Վարդանյան']}\)", line), line
    assert "caseapp duplicates" in line and "caseapp merge" in line
    code, out, _ = run("import", "--db", str(db), str(colleague(OTHER_PEOPLE, "other")))
    assert code == 0 and "look like" not in out and "looks like" not in out
    code, out, _ = run("import", "--db", str(db), str(same))  # the same file again: nothing
    assert code == 0 and "look" not in out
    assert json.loads(same.read_text(encoding="utf-8"))["tables"]["captives"]


def test_the_look_alikes_are_named_by_what_tells_them_apart_the_id_after(
        case_file: CaseFile, _empty_template: Path, tmp_path: Path) -> None:
    """The imported captive and the one it looks like are named by the facts in which they
    differ (as `caseapp duplicates` names a pair), the id after them for `caseapp merge`."""
    theirs = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "theirs.db")),
                            actor="colleague", today=lambda: TODAY)
    theirs.captives.create(names=["Aram Vardanyan"], birth="1980-03-02", capture_place="Hadrut")
    export = tmp_path / "theirs.json"
    theirs.export_json(export)
    theirs.close()
    ours = case_file.captives.create(names=["Արամ Վարդանյան"], birth="1980-03-02",
                                     capture_place="Shushi").id
    db = case_file.db.path
    case_file.close()
    code, out, err = run("import", "--db", str(db), str(export))
    assert (code, err) == (0, "")
    line = next(x for x in out.splitlines() if "looks like" in x)
    assert (f"Aram Vardanyan (captured in Hadrut; ID {ours + 1}) like Արամ Վարդանյան "
            f"(captured in Shushi; ID {ours})") in line, line
