"""A case file whose proceedings an earlier version recorded decided, rejected or closed kept
their open reminders (the Government's reply, the friendly settlement) until each was saved
again: opening the file closes them as a save would, saying why (importing its export did
already), and leaves the judgment's deadlines and every other proceeding's alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from caseapp.config import Location
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def _open(path: Path) -> CaseFile:
    return open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)


def _states(cf: CaseFile) -> dict[tuple[int, str], DeadlineStatus]:
    return {(d.captive_id, d.rule_id): d.status for d in cf.deadlines.list()}


def _as_an_earlier_version_left_it(case_file: CaseFile, db_path: Path) -> tuple[int, int]:
    """Two captives with a communicated ECHR application each; the first one's recorded
    decided (with its judgment) by an earlier version, which closed nothing."""
    ids = [case_file.captives.create(names=[n], status="convicted").id
           for n in ("Պողոսյան Արմեն", "Петросян Давид")]
    for cid in ids:
        case_file.international_proceedings.create(
            captive_id=cid, body="echr", kind="application", reference=f"{cid}00/24",
            lodged_on="2024-05-02", communicated_on="2026-10-01", status="communicated")
    case_file.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE international_proceedings SET status = 'decided', "
                     "judgment_on = '2026-11-10' WHERE captive_id = ?", (ids[0],))
    return ids[0], ids[1]


def test_opening_closes_the_reminders_of_a_proceeding_an_earlier_version_left_decided(
        case_file: CaseFile, db_path: Path) -> None:
    decided, pending = _as_an_earlier_version_left_it(case_file, db_path)
    cf = _open(db_path)
    try:
        states = _states(cf)
        settlement = "echr.communication.friendly_settlement"
        assert states[(decided, settlement)] is DeadlineStatus.DISMISSED
        assert states[(pending, settlement)] is DeadlineStatus.OPEN
        reason = next(d.status_reason for d in cf.deadlines.list(captive_id=decided)
                      if d.rule_id == settlement)
        assert "decided" in str(reason)
        # its judgment's deadlines are open (set off as a save would), not closed
        assert states[(decided, "echr.judgment.referral")] is DeadlineStatus.OPEN
        assert not [r for r in cf.reminders.due(120) if r.deadline.captive_id == decided
                    and r.deadline.rule_id == settlement]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_importing_an_export_that_kept_them_open_closes_them(
        case_file: CaseFile, tmp_path: Path, _empty_template: Path) -> None:
    """An export an earlier version made of an application recorded decided, its reminders
    still open in it (no judgment date: that field is new), imports with them closed (the
    import computes each proceeding's deadlines as a save does)."""
    cid = case_file.captives.create(names=["Պողոսյան Արմեն"], status="convicted").id
    case_file.international_proceedings.create(
        captive_id=cid, body="echr", kind="application", reference="100/24",
        lodged_on="2024-05-02", communicated_on="2026-10-01", status="communicated")
    export = tmp_path / "old.json"
    case_file.export_json(export)
    data = json.loads(export.read_text(encoding="utf-8"))
    for row in data["tables"]["international_proceedings"]:
        row["status"] = "decided"
        row.pop("judgment_on", None)
    export.write_text(json.dumps(data), encoding="utf-8")
    target_path = tmp_path / "target.db"
    target_path.write_bytes(_empty_template.read_bytes())
    target = _open(target_path)
    try:
        target.import_json(export)
        [deadline] = [d for d in target.deadlines.list()
                      if d.rule_id == "echr.communication.friendly_settlement"]
        assert deadline.status is DeadlineStatus.DISMISSED
        assert [p.status.value for p in target.international_proceedings.list()] == ["decided"]
    finally:
        target.close()


def test_the_opening_looks_for_the_statuses_the_rule_closes() -> None:
    """The opening's plain-SQL look (no engine built when there is nothing to do) asks for the
    statuses whose reasons the rule gives, no fewer."""
    from caseapp.domain.enums import ENDED_PROCEEDING_STATUSES
    from caseapp.services.ended_proceedings import ENDED_REASONS

    assert set(ENDED_REASONS) == ENDED_PROCEEDING_STATUSES
