"""An export written elsewhere can mark several names of one captive as primary, or none.

Two primary names showed two headlines for one captive (the list took one, the deadlines
list another and repeated the captive's deadlines once per primary name). The import keeps
the rule of a captive entered by hand: one primary name. Several are refused in one line
naming the captive and the names (nothing imported); none makes the first of the captive's
names in the file its primary name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from caseapp.db.models import CaptiveName
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.services.test_import_validation import CAPTIVE, valid_export, write

LATIN = "0a8a4c1e-0000-4000-8000-0000000000aa"


def _with_latin(primary: bool, armenian_primary: bool = True) -> dict[str, Any]:
    data = valid_export()
    names = data["tables"]["captive_names"]
    names[0]["is_primary"] = armenian_primary
    names.append({"uid": LATIN, "captive_uid": CAPTIVE, "full_name": "Artashes Mkrtchyan",
                  "script": "Latn", "language": "en", "kind": "transliteration",
                  "is_primary": primary})
    return data


def _names(cf: CaseFile) -> int:
    with cf.db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(CaptiveName)).scalar_one())


def test_two_primary_names_of_one_captive_are_refused_naming_the_captive_and_the_names(
        tmp_path: Path, case_file: CaseFile) -> None:
    with pytest.raises(ValidationError) as err:
        case_file.import_json(write(tmp_path, _with_latin(primary=True)))
    line = str(err.value)
    assert "\n" not in line
    assert CAPTIVE in line and "“Արտաշես Մկրտչյան”" in line and "“Artashes Mkrtchyan”" in line
    assert "primary" in line
    assert case_file.captives.list() == [] and _names(case_file) == 0


def test_a_captive_with_no_primary_name_gets_the_first_of_its_names_in_the_file(
        tmp_path: Path, case_file: CaseFile) -> None:
    case_file.import_json(write(tmp_path, _with_latin(primary=False, armenian_primary=False)))
    (captive,) = case_file.captives.list()
    assert captive.primary_name == "Արտաշես Մկրտչյան"
    shown = case_file.captives.get(captive.id)
    assert [n.full_name for n in shown.names if n.is_primary] == ["Արտաշես Մկրտչյան"]


def test_a_second_primary_name_for_a_captive_already_here_is_refused(
        tmp_path: Path, case_file: CaseFile) -> None:
    case_file.import_json(write(tmp_path, valid_export()))
    before = _names(case_file)
    with pytest.raises(ValidationError) as err:
        case_file.import_json(write(tmp_path, _with_latin(primary=True), "again.json"))
    assert CAPTIVE in str(err.value) and "“Artashes Mkrtchyan”" in str(err.value)
    assert _names(case_file) == before


def test_another_name_not_primary_for_a_captive_already_here_is_added(
        tmp_path: Path, case_file: CaseFile) -> None:
    case_file.import_json(write(tmp_path, valid_export()))
    case_file.import_json(write(tmp_path, _with_latin(primary=False), "again.json"))
    (captive,) = case_file.captives.list()
    shown = case_file.captives.get(captive.id)
    assert [n.full_name for n in shown.names if n.is_primary] == ["Արտաշես Մկրտչյան"]
    assert len(shown.names) == 2
