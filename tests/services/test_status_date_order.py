"""A status history typed out of order reads by its dates: the current status is the latest
by date, a change dated before it goes into the history without becoming the current status,
and every number read from the history (days in custody, releases) is the same whatever order
the changes were typed in or a JSON export listed them.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.domain.custody_periods import days_held, releases
from caseapp.domain.enums import CaptiveStatus as S
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.services.test_custody_days import HELD_DAYS, _every_number
from tests.services.test_interchange import NewFile, new_file  # noqa: F401 (a fixture)


def _captive(cf: CaseFile) -> int:
    return cf.captives.create(names=["Արամ Պետրոսյան"], capture="2026-01-01",
                              status="pre_trial", status_since="2026-01-01").id


def _read(cf: CaseFile, cid: int) -> dict[str, Any]:
    c = cf.captives.get(cid)
    report = next(r for r in build_status_report(cf).rows if r.id == cid)
    return {"status": (c.status, c.status_since), "numbers": _every_number(cf, cid),
            "history": [(h.new_status, h.effective_on)
                        for h in build_dossier(cf, cid, level="internal").status_history],
            "report": (report.status, report.days_in_custody)}


def test_a_release_and_a_trial_typed_in_either_order_read_the_same(
        new_file: NewFile) -> None:  # noqa: F811
    """"On trial" from 1 March typed after "Released" on 1 June: before, the captive read as
    on trial since 1 March (the last typed), still held, the release withdrawn."""
    seen = []
    for i, order in enumerate(((("on_trial", "2026-03-01"), ("released", "2026-06-01")),
                  (("released", "2026-06-01"), ("on_trial", "2026-03-01")))):
        cf = new_file(f"{i}.db")
        cid = _captive(cf)
        for status, day in order:
            cf.custody.set_status(cid, status, effective_on=day)
        seen.append(_read(cf, cid))
    assert seen[0] == seen[1]
    assert seen[0]["status"] == (S.RELEASED, date(2026, 6, 1))
    assert set(seen[0]["numbers"].values()) - {None} == {151}  # 1 January to 1 June
    assert [s for s, _d in seen[0]["history"]] == [S.PRE_TRIAL, S.ON_TRIAL, S.RELEASED]


def test_a_release_typed_after_the_re_arrest_keeps_the_captive_held(case_file: CaseFile) -> None:
    """The re-arrest of 1 October recorded first, the release of 1 March after it: before,
    the captive read as released since 1 March, 59 days held; now held, 59 + 57 days."""
    cid = _captive(case_file)
    case_file.custody.set_status(cid, "pre_trial", effective_on="2026-10-01")
    done = case_file.custody.set_status(cid, "released", effective_on="2026-03-01")
    assert done.backdated and done.day == date(2026, 3, 1)
    c = case_file.captives.get(cid)
    assert (c.status, c.status_since) == (S.PRE_TRIAL, date(2026, 10, 1))
    assert set(_every_number(case_file, cid).values()) == {HELD_DAYS}
    line = case_file.captives.status_history(cid)[1]
    assert (line.old_status, line.new_status, line.effective_on) == (
        S.PRE_TRIAL, S.RELEASED, date(2026, 3, 1))


def test_a_change_on_the_same_day_recorded_later_is_the_current_status(
        case_file: CaseFile) -> None:
    cid = _captive(case_file)
    case_file.custody.set_status(cid, "released", effective_on="2026-06-01")
    done = case_file.custody.set_status(cid, "on_trial", effective_on="2026-06-01")
    assert not done.backdated
    assert case_file.captives.get(cid).status is S.ON_TRIAL


def test_the_release_date_moved_earlier_is_a_correction(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    case_file.custody.set_status(cid, "released", effective_on="2026-06-03")
    done = case_file.custody.set_status(cid, "released", effective_on="2026-06-01")
    assert not done.backdated
    assert case_file.captives.get(cid).status_since == date(2026, 6, 1)


def test_a_json_export_with_the_history_reversed_imports_to_the_same_numbers(
        new_file: NewFile, tmp_path: Path) -> None:  # noqa: F811
    cf = new_file("exported.db")
    cid = _captive(cf)
    cf.custody.set_status(cid, "released", effective_on="2026-03-01")
    cf.custody.set_status(cid, "pre_trial", effective_on="2026-10-01")
    cf.export_json(tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    data["tables"]["status_changes"].reverse()
    (tmp_path / "reversed.json").write_text(json.dumps(data), encoding="utf-8")
    target = new_file("imported.db")
    target.import_json(tmp_path / "reversed.json")
    other = target.captives.list()[0].id
    assert _read(target, other) == _read(cf, cid)
    assert _every_number(target, other)["file"] == HELD_DAYS


def test_custody_periods_read_the_history_by_date() -> None:
    typed = [(S.PRE_TRIAL, date(2026, 1, 1)), (S.PRE_TRIAL, date(2026, 10, 1)),
             (S.RELEASED, date(2026, 3, 1))]
    assert releases(typed) == [date(2026, 3, 1)]
    assert days_held(date(2026, 1, 1), date(2026, 11, 27), typed) == HELD_DAYS
