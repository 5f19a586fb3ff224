"""A deadline of an export written elsewhere whose trigger names a record that is neither in
the file nor in the case file (an order the other file never held, or one left out).

Imported as it was, it looked computed from an order: no record of the captive's file was
its source, nothing ever brought it up to date (an extension recorded afterwards closed the
steps of the orders in the file, never this one), and it stayed open, overdue in the end.
Now an open one is kept as a deadline set by hand (its date stays as the file gives it,
shown as set by hand), and the import says so naming it; a closed one (done, dismissed: the
app's own export of an order deleted since) is history and stays as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from tests.services.test_import_validation import CAPTIVE, ORDER, valid_export, write

GONE = "0a8a4c1e-0000-4000-8000-0000000000f0"
OPEN = "0a8a4c1e-0000-4000-8000-0000000000f1"
CLOSED = "0a8a4c1e-0000-4000-8000-0000000000f2"


def _with_deadlines() -> dict[str, Any]:
    data = valid_export()
    common = {"captive_uid": CAPTIVE, "title": "Detention order expires",
              "rule_id": "az.detention.expiry", "trigger_kind": "detention_order",
              "trigger_uid": GONE, "trigger_date": "2026-08-20", "overridden": False}
    data["tables"]["deadlines"] = [
        {**common, "uid": OPEN, "due_on": "2026-12-20", "status": "open"},
        {**common, "uid": CLOSED, "due_on": "2026-11-20", "status": "dismissed",
         "status_reason": "the order was deleted"}]
    return data


def test_an_open_deadline_counting_from_a_record_not_there_is_kept_as_set_by_hand(
        tmp_path: Path, case_file: CaseFile) -> None:
    report = case_file.import_json(write(tmp_path, _with_deadlines()))
    by_uid = {d.uid: d for d in case_file.deadlines.list()}
    kept, closed = by_uid[OPEN], by_uid[CLOSED]
    assert (kept.due_on, kept.status, kept.overridden) == (date(2026, 12, 20),
                                                          DeadlineStatus.OPEN, True)
    assert (closed.status, closed.overridden) == (DeadlineStatus.DISMISSED, False)
    (said,) = [line for line in report.notices if OPEN in line]
    assert "“Detention order expires”" in said and "set by hand" in said
    assert CLOSED not in " ".join(report.notices)

    # The captive's own order changes (a longer term): its deadlines follow it; the one
    # kept by hand keeps its date and stays open.
    (captive,) = case_file.captives.list()
    (order,) = [o for o in case_file.detention_orders.list(captive_id=captive.id)
                if o.uid == ORDER]
    case_file.detention_orders.update(order.id, term_months=5)
    again = {d.uid: d for d in case_file.deadlines.list()}[OPEN]
    assert (again.due_on, again.status, again.overridden) == (date(2026, 12, 20),
                                                             DeadlineStatus.OPEN, True)
