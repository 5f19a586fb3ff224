"""An earlier version let a hearing be saved adjourned to a day before its own, or held while
still ahead; the window now refuses both (tests/services/test_hearing_entries.py), but an
export holding them still imports whole (all or nothing: refused, it would bring nothing in),
for the lawyer to correct in the window."""

from __future__ import annotations

import io
import json
from pathlib import Path

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.enums import HearingState
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.interchange_export import export_data
from tests.conftest import TODAY, copy_of


def test_an_export_with_old_slips_imports_whole(case_file: CaseFile, tmp_path: Path,
                                                _empty_template: Path) -> None:
    captive = case_file.captives.create(names=["Vardanyan Armen"], capture="2024-08-22",
                                        status="on_trial").id
    for day in ("2027-03-03", "2027-03-10"):
        case_file.hearings.create(captive_ids=[captive], starts_at=f"{day}T11:00",
                                  timezone="Asia/Baku", kind="trial_session")
    case_file.hearings.create(captive_ids=[captive], starts_at="2027-03-20T11:00",
                              timezone="Asia/Baku", kind="verdict")
    data = export_data(case_file.ctx)
    ahead, adjourned, verdict = data["tables"]["hearings"]
    ahead["state"] = "held"
    adjourned.update(state="adjourned", next_date="2027-03-01")
    verdict["outcome"] = "Guilty: 8 years"  # typed ahead of its day, as it once could be
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    target = copy_of(_empty_template, tmp_path / "new.db")
    out, err = io.StringIO(), io.StringIO()
    code = main(["import", str(path), "--db", str(target)], out=out, err=err)
    assert (code, err.getvalue()) == (0, "")
    other = open_case_file(Location(path=target), actor="tester", today=lambda: TODAY)
    try:
        assert sorted((h.state, h.next_date and str(h.next_date), h.outcome)
                      for h in other.hearings.list()) == [
            (HearingState.ADJOURNED, "2027-03-01", ""), (HearingState.HELD, None, ""),
            (HearingState.SCHEDULED, None, "Guilty: 8 years")]
    finally:
        other.close()
