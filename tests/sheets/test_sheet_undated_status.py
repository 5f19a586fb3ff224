"""A status a sheet's status column gives without its date is recorded with no date, never as
of the day of the import: merged into a captive already there or on a new captive, by the
service and by ``caseapp import-sheet`` (the preview says so, in the user's language); and
such an undated end of custody neither counts days in custody up to today nor settles a
detention order's steps as of a day before today."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from caseapp.cli import main
from caseapp.domain.enums import CaptiveStatus, DeadlineStatus
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_import_undo import undo_import
from caseapp.services.sheet_preview import preview
from tests.conftest import TODAY
from tests.sheets.makers import write_csv

RELEASED = [["ФИО", "Дата рождения", "Статус"], ["Саргсян Давид", "12.03.1985", "освобожден"]]
NOTICE = "1 row gives a status but no date of it: the status is recorded with no date"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_merged_release_without_a_date_records_none(case_file: CaseFile,
                                                       tmp_path: Path) -> None:
    # The merge dated the release the day of the import: released "today".
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      capture="2026-08-01", status="pre_trial",
                                      status_since="2026-08-01")
    pv = preview(case_file, write_csv(tmp_path / "v2.csv", RELEASED))
    assert any(NOTICE in n for n in pv.notices)
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    got = case_file.captives.get(there.id)
    assert (got.status, got.status_since) == (CaptiveStatus.RELEASED, None)
    last = case_file.captives.status_history(there.id)[-1]
    assert (last.new_status, last.effective_on) == (CaptiveStatus.RELEASED, None)
    # Held from 1 August to a day not recorded: the days in custody are not known (they
    # were counted up to today, as if the release were today).
    assert got.days_in_custody is None
    undo_import(case_file, result)
    back = case_file.captives.get(there.id)
    assert (back.status, back.status_since) == (CaptiveStatus.PRE_TRIAL, date(2026, 8, 1))
    assert back.days_in_custody == (TODAY - date(2026, 8, 1)).days


def test_a_merged_status_with_its_date_keeps_that_date(case_file: CaseFile,
                                                       tmp_path: Path) -> None:
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      status="held")
    rows = [[*RELEASED[0], "Дата статуса"], [*RELEASED[1], "02.10.2026"]]
    pv = preview(case_file, write_csv(tmp_path / "v2.csv", rows))
    assert not any("no date of it" in n for n in pv.notices)
    import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    assert case_file.captives.get(there.id).status_since == date(2026, 10, 2)


def test_a_new_captive_from_such_a_row_has_no_status_date(case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    pv = preview(case_file, write_csv(tmp_path / "v1.csv", RELEASED))
    assert any(NOTICE in n for n in pv.notices)
    (created,) = import_rows(case_file, pv, decisions_for(pv)).created
    got = case_file.captives.get(created)
    assert (got.status, got.status_since) == (CaptiveStatus.RELEASED, None)
    assert [h.effective_on for h in case_file.captives.status_history(created)] == [None]


def test_an_undated_release_settles_no_step_due_before_today(case_file: CaseFile,
                                                            tmp_path: Path) -> None:
    """A release with no date ended custody on some day up to today: the order's steps due
    after today are closed (custody certainly ended before them), those due earlier stay as
    they were (it may have ended after them), as a dated release today would leave them."""
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      capture="2026-08-01", status="pre_trial",
                                      status_since="2026-08-01")
    case_file.detention_orders.create(captive_id=there.id, start_date="2026-08-01",
                                      term_months=4)
    before = {d.id: d.status for d in case_file.deadlines.list(captive_id=there.id)}
    pv = preview(case_file, write_csv(tmp_path / "v2.csv", RELEASED))
    import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    after = {d.id: d for d in case_file.deadlines.list(captive_id=there.id)}
    assert set(after) == set(before)
    later = [d for d in after.values() if d.due_on > TODAY]
    assert later and all(d.status is DeadlineStatus.DISMISSED
                         and "custody ended" in str(d.status_reason) for d in later)
    assert all(d.status is before[d.id] for d in after.values() if d.due_on <= TODAY)


def test_an_undated_conviction_notes_no_day_on_the_orders_steps(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    # The note named the day of the import: "Convicted on 27 Nov 2026".
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      capture="2026-08-01", status="pre_trial",
                                      status_since="2026-08-01")
    case_file.detention_orders.create(captive_id=there.id, start_date="2026-08-01",
                                      term_months=4)
    rows = [RELEASED[0], ["Саргсян Давид", "12.03.1985", "осужден"]]
    pv = preview(case_file, write_csv(tmp_path / "v2.csv", rows))
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    steps = case_file.deadlines.list(captive_id=there.id)
    later = [d for d in steps if d.due_on > TODAY]
    assert later and all(d.status is DeadlineStatus.OPEN for d in later)
    assert all(d.notes.startswith("Convicted (the day is not recorded): ") for d in later)
    assert not any("Convicted on" in (d.notes or "") for d in steps)
    assert not any(d.notes for d in steps if d.due_on <= TODAY)
    undo_import(case_file, result)  # the note goes with the conviction
    assert not any(d.notes for d in case_file.deadlines.list(captive_id=there.id))


def test_the_cli_records_no_date_and_says_so_in_russian(db: Path, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "v1.csv", [["ФИО", "Дата рождения", "Статус"],
                                            ["Саргсян Давид", "12.03.1985", "в плену"]])
    assert _run("import-sheet", str(first), "--db", str(db))[0] == 0
    second = write_csv(tmp_path / "v2.csv", RELEASED)
    code, out, err = _run("--lang", "ru", "import-sheet", str(second), "--dry-run",
                          "--db", str(db))
    assert (code, err) == (0, "")
    assert ("1 строка даёт статус без его даты: статус записывается без даты, а не днём "
            "импорта.") in out
    assert "no date" not in out
    code, out, err = _run("import-sheet", str(second), "--on-duplicate", "merge",
                          "--db", str(db))
    assert (code, err) == (0, ""), err
    code, out, _ = _run("captives", "show", "1", "--format", "json", "--db", str(db))
    shown = json.loads(out)["captive"]
    assert (shown["status"], shown["status_since"]) == ("released", None)


def test_an_older_sheets_status_dated_before_the_release_leaves_the_release(
        case_file: CaseFile, tmp_path: Path) -> None:
    """Released on 5 October; last spring's list says detained pre-trial since 1 March:
    merged, the captive read as detained again (the release overwritten by an older list).
    Now the list's status goes into the history by its date; the release stays current."""
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      capture="2026-01-10", status="pre_trial",
                                      status_since="2026-01-10")
    case_file.custody.set_status(there.id, "released", effective_on="2026-10-05")
    rows = [[*RELEASED[0], "Дата статуса"],
            ["Саргсян Давид", "12.03.1985", "в предварительном заключении",
             "01.03.2026"]]
    pv = preview(case_file, write_csv(tmp_path / "spring.csv", rows))
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    got = case_file.captives.get(there.id)
    assert (got.status, got.status_since) == (CaptiveStatus.RELEASED, date(2026, 10, 5))
    assert [(h.new_status, h.effective_on) for h in case_file.captives.status_history(
        there.id)][1:] == [(CaptiveStatus.PRE_TRIAL, date(2026, 3, 1)),
                           (CaptiveStatus.RELEASED, date(2026, 10, 5))]
    undo_import(case_file, result)
    assert len(case_file.captives.status_history(there.id)) == 2
    assert case_file.captives.get(there.id).status is CaptiveStatus.RELEASED


def test_the_preview_says_a_rows_status_would_go_into_the_history(
        case_file: CaseFile, tmp_path: Path) -> None:
    """The same spring list: the preview said nothing of it, the lawyer learnt only after the
    import that the list's status went into the history. It says so on the row's date cell."""
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      capture="2026-01-10", status="pre_trial",
                                      status_since="2026-01-10")
    case_file.custody.set_status(there.id, "released", effective_on="2026-10-05")
    rows = [[*RELEASED[0], "Дата статуса"],
            ["Саргсян Давид", "12.03.1985", "в предварительном заключении", "01.03.2026"],
            ["Саргсян Давид", "12.03.1985", "в предварительном заключении", "01.11.2026"]]
    pv = preview(case_file, write_csv(tmp_path / "spring.csv", rows))
    said = {r.row: [w.reason for w in r.warnings if w.field == "status_since"]
            for r in pv.rows}
    assert said[2] == ["goes into the status history by its date if the row is merged into "
                       "this captive: David Sargsyan. The captive's current status is dated "
                       "later and stays as it is."]
    assert said[3] == []  # dated after the release: it becomes the current status


def test_a_status_date_known_to_its_month_asks_for_the_first_day_known(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "06.2026" was "is not a day (write 17.05.2024)", as if it were no date at all.
    rows = [[*RELEASED[0], "Дата статуса"], [*RELEASED[1], "06.2026"],
            ["Петросян Арам", "01.02.1980", "освобожден", "июнь 2026"]]
    pv = preview(case_file, write_csv(tmp_path / "month.csv", rows))
    assert [e.reason for r in pv.rows for e in r.errors] == [
        "gives only a month: a day is needed here; give the first day known, such as "
        "01.06.2026"] * 2
