"""A hearing recorded as adjourned or cancelled is not to come: no reader presents it as the
captive's next hearing (the file's clock, the captives list, the status report, the dashboard,
the letters), the calendar marks it cancelled, the documents say what became of it in words,
the deadlines it set off are closed saying why, and the JSON export carries the state."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.enums import DeadlineStatus, HearingState
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import text_of
from caseapp.domain.stored_messages import shown_text, stored_text
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.letter_data import prepare_letter, resolve_template
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY, copy_of
from tests.services.filing_data import captive_with_case
from tests.services.test_filing_echr import _facts
from tests.services.test_old_exports import _text

ADJOURNED, CONTINUED = date(2027, 1, 28), date(2027, 2, 15)
CANCELLED, LATER = date(2027, 1, 20), date(2027, 3, 1)
LAWYER = LawyerProfile(name="A. Avetisyan")


def _day(when: datetime | None) -> date | None:
    return None if when is None else when.date()


@pytest.fixture
def ids(case_file: CaseFile) -> dict[str, int]:
    """Armen's trial session of 28 January is adjourned to 15 February (recorded too); Anahit's
    hearing of 20 January is cancelled, her next is on 1 March; Mher's only hearing is
    cancelled."""
    cf = case_file
    out = {key: cf.captives.create(names=[name], capture="2024-08-22", status="pre_trial").id
           for key, name in (("armen", "Vardanyan Armen"), ("anahit", "Davtyan Anahit"),
                             ("mher", "Petrosyan Mher"))}

    def hearing(who: str, day: date, **kw: object) -> int:
        return cf.hearings.create(captive_ids=[out[who]], starts_at=f"{day}T11:00",
                                  timezone="Asia/Baku", kind="trial_session",
                                  court="Baku Military Court", **kw).id
    out["adjourned"] = hearing("armen", ADJOURNED, state="adjourned", next_date=CONTINUED)
    hearing("armen", CONTINUED)
    out["cancelled"] = hearing("anahit", CANCELLED, state="cancelled")
    hearing("anahit", LATER)
    hearing("mher", CANCELLED, state="cancelled")
    return out


def test_no_reader_takes_an_adjourned_or_cancelled_hearing_for_the_next(
        case_file: CaseFile, ids: dict[str, int]) -> None:
    cf = case_file
    expected = {ids["armen"]: CONTINUED, ids["anahit"]: LATER, ids["mher"]: None}
    assert {cid: _day(cf.deadline_engine.clock(cid).next_hearing) for cid in expected} == expected
    rows = {r.id: _day(r.next_hearing) for r in cf.overview.captive_rows()}
    assert rows == expected
    report = build_status_report(cf, hearing_days=120)
    assert {r.id: _day(r.next_hearing) for r in report.rows} == expected
    # listed, the called-off ones saying so, never as the next hearing
    assert sorted((h.starts_at.date(), h.state) for h in report.upcoming_hearings) == [
        (CANCELLED, "cancelled"), (CANCELLED, "cancelled"), (ADJOURNED, "adjourned"),
        (CONTINUED, None), (LATER, None)]
    dashboard = cf.overview.dashboard(hearing_days=120)
    assert sorted(h.starts_at.date() for h in dashboard.upcoming_hearings) == [CONTINUED, LATER]
    template = resolve_template("icrc_request_en")
    assert prepare_letter(cf, template, ids["mher"], lawyer=LAWYER)["next_hearing"] == ""
    assert prepare_letter(cf, template, ids["armen"], lawyer=LAWYER)["next_hearing"].startswith(
        "15 February 2027")


def test_the_calendar_keeps_a_called_off_hearing_marked_cancelled(
        case_file: CaseFile, ids: dict[str, int]) -> None:
    """An earlier export put the sitting in the lawyer's calendar: the new one must cancel it
    there, not leave it out (an imported event is not removed by its absence)."""
    events = case_file.reminders.calendar(level="internal", within_days=120)
    states = sorted((h.starts_at.date(), h.state) for h in events.hearings)
    assert states == [(CANCELLED, HearingState.CANCELLED), (CANCELLED, HearingState.CANCELLED),
                      (ADJOURNED, HearingState.ADJOURNED), (CONTINUED, HearingState.SCHEDULED),
                      (LATER, HearingState.SCHEDULED)]


def test_a_cancelled_verdict_hearing_closes_its_deadlines_saying_why(
        case_file: CaseFile) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2024-08-22",
                             status="on_trial").id
    hid = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20T11:00",
                             timezone="Asia/Baku", kind="verdict", court="Baku Military Court",
                             outcome="Sentenced to 15 years").id
    opened = [d for d in cf.deadlines.list(captive_id=cid) if d.status is DeadlineStatus.OPEN]
    assert opened
    due = {d.id: d.due_on for d in opened}
    cf.hearings.update(hid, state="cancelled")
    after = {d.id: d for d in cf.deadlines.list(captive_id=cid)}
    for did, day in due.items():
        assert after[did].status is DeadlineStatus.DISMISSED
        assert after[did].due_on == day  # closed, never moved
        reason = after[did].status_reason  # a message, read in each reader's language
        assert text_of(reason, "en") == "The hearing they were computed from was cancelled."
        assert shown_text(stored_text(reason), "en") == text_of(reason, "en")
    assert not [d for d in cf.deadlines.list(captive_id=cid) if d.status is DeadlineStatus.OPEN]


@pytest.mark.parametrize(("lang", "adjourned", "cancelled"), [
    ("en", "Adjourned to 15 Feb 2027", "Cancelled"),
    ("hy", "Հետաձգված է մինչև 15.02.2027", "Չեղարկված է"),
    ("ru", "Отложено до 15.02.2027", "Отменено"),
])
def test_the_dossier_says_what_became_of_each_hearing(
        case_file: CaseFile, ids: dict[str, int], lang: str, adjourned: str,
        cancelled: str) -> None:
    cf = case_file
    cf.hearings.create(captive_ids=[ids["armen"]], starts_at="2027-01-10T11:00",
                       timezone="Asia/Baku", kind="preliminary", state="cancelled")
    text = " ".join(_text(outputs.dossier(cf, ids["armen"], level="internal", author="t",
                                          lawyer=LAWYER, lang=lang).data).split())
    assert adjourned in text and cancelled in text


def test_the_echr_facts_say_adjourned_and_cancelled_not_scheduled(
        case_file: CaseFile, tmp_path: Path) -> None:
    cf = case_file
    cid = captive_with_case(cf)
    today = cf.ctx.today()
    first, second = date(today.year + 1, 1, 28), date(today.year + 1, 2, 3)
    cf.hearings.create(captive_ids=[cid], starts_at=f"{first} 11:00", timezone="Asia/Baku",
                       court="Nasimi District Court", kind="detention_extension",
                       state="adjourned", next_date=second)
    cf.hearings.create(captive_ids=[cid], starts_at=f"{second} 10:00", timezone="Asia/Baku",
                       court="Baku Court of Appeal", kind="appeal", state="cancelled")
    facts = _facts(cf, cid, tmp_path / "pack")
    assert (f"The detention extension hearing before Nasimi District Court set for "
            f"{first.day} January {first.year} was adjourned to {second.day} February "
            f"{second.year}.") in facts
    assert (f"The appeal hearing before Baku Court of Appeal set for {second.day} February "
            f"{second.year} was cancelled.") in facts
    assert "is scheduled for" not in facts


def test_the_export_carries_the_state_and_an_import_keeps_it(
        case_file: CaseFile, ids: dict[str, int], tmp_path: Path, _empty_template: Path) -> None:
    case_file.export_json(tmp_path / "out.json")
    rows = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["tables"]["hearings"]
    assert sorted(r["state"] for r in rows) == ["adjourned", "cancelled", "cancelled",
                                                "scheduled", "scheduled"]
    other = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "other.db")),
                           actor="t", today=lambda: TODAY)
    try:
        other.import_json(tmp_path / "out.json")
        assert sorted(h.state for h in other.hearings.list()) == sorted(
            h.state for h in case_file.hearings.list())
    finally:
        other.close()


def test_a_called_off_cassation_hearing_is_no_final_decision(case_file: CaseFile) -> None:
    """The ECHR's four months run from a final decision: not from a cassation hearing that
    was adjourned or cancelled, whatever its outcome field says."""
    from caseapp.services.filing_time_limit import final_decisions
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], status="convicted").id
    h = cf.hearings.create(captive_ids=[cid], starts_at="2026-10-01T11:00",
                           timezone="Asia/Baku", kind="cassation", outcome="Postponed")
    today = cf.ctx.today()
    assert final_decisions(cf.hearings.list(), today) == {h.uid: date(2026, 10, 1)}
    for state in ("adjourned", "cancelled"):
        cf.hearings.update(h.id, state=state)
        assert final_decisions(cf.hearings.list(), today) == {}


@pytest.mark.parametrize(("lang", "adjourned", "cancelled"), [
    ("en", "Adjourned to 15 Feb 2027", "Cancelled"),
    ("ru", "Отложено до 15.02.2027", "Отменено"),
])
def test_the_status_report_lists_a_called_off_hearing_in_words(
        case_file: CaseFile, ids: dict[str, int], lang: str, adjourned: str,
        cancelled: str) -> None:
    text = " ".join(_text(outputs.status_report(case_file, level="internal", author="t",
                                                lang=lang, hearing_days=120).data).split())
    assert adjourned in text and cancelled in text


def _verdict(cf: CaseFile) -> tuple[int, int]:
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2024-08-22",
                             status="on_trial").id
    hid = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20T11:00",
                             timezone="Asia/Baku", kind="verdict", court="Baku Military Court",
                             outcome="Sentenced to 15 years").id
    return cid, hid


def test_a_called_off_verdict_put_back_opens_exactly_what_it_closed_and_undo_is_symmetrical(
        case_file: CaseFile) -> None:
    """Recording a verdict hearing as cancelled by mistake and correcting it (or undoing
    either step: the GUI's undo writes the old state back) gives the appeal deadline back,
    open, on the same day, saying why; never a day later."""
    cf = case_file
    cid, hid = _verdict(cf)
    before = {d.id: d.due_on for d in cf.deadlines.list(captive_id=cid)
              if d.status is DeadlineStatus.OPEN}
    assert before
    for state, closed in (("cancelled", True), ("held", False), ("adjourned", True),
                          ("scheduled", False), ("cancelled", True), ("scheduled", False)):
        cf.hearings.update(hid, state=state)
        now = {d.id: d for d in cf.deadlines.list(captive_id=cid)}
        assert set(now) == set(before)  # none added, none lost
        for did, day in before.items():
            assert now[did].due_on == day
            assert now[did].status is (DeadlineStatus.DISMISSED if closed
                                        else DeadlineStatus.OPEN), state
            if not closed:
                assert text_of(now[did].status_reason, "en") == (
                    "Open again: the hearing they were computed from is no longer recorded "
                    "as adjourned or cancelled.")
    # Done afterwards without a note: the reason it was open again does not stay on it.
    done = cf.deadline_engine.mark_done(next(iter(before)))
    assert done.status is DeadlineStatus.DONE and done.status_reason == ""


def test_putting_a_verdict_back_leaves_the_lawyers_own_closings_alone(
        case_file: CaseFile) -> None:
    cf = case_file
    cid, hid = _verdict(cf)
    mine = next(d for d in cf.deadlines.list(captive_id=cid) if d.status is DeadlineStatus.OPEN)
    cf.deadline_engine.dismiss(mine.id, "Appeal filed by the co-counsel.")
    cf.hearings.update(hid, state="cancelled")
    cf.hearings.update(hid, state="held")
    after = cf.deadlines.get(mine.id)
    assert after.status is DeadlineStatus.DISMISSED
    assert after.status_reason == "Appeal filed by the co-counsel."


def test_a_verdicts_outcome_cleared_by_mistake_and_entered_again_gives_the_appeal_back(
        case_file: CaseFile) -> None:
    """Clearing the outcome closes the appeal deadline (the rules no longer give it); entering
    it again opens that deadline again, saying why, and it follows the hearing's day."""
    cf = case_file
    cid, hid = _verdict(cf)
    (first,) = cf.deadlines.list(captive_id=cid)
    cf.hearings.update(hid, outcome="")
    assert cf.deadlines.get(first.id).status is DeadlineStatus.DISMISSED
    cf.hearings.update(hid, outcome="Sentenced to 15 years")
    again = cf.deadlines.get(first.id)
    assert again.status is DeadlineStatus.OPEN and again.due_on == first.due_on
    assert text_of(again.status_reason, "en") == (
        "Open again: the rules give this deadline again for its trigger.")
    cf.hearings.update(hid, starts_at="2026-11-19T11:00")  # an earlier day: an earlier term
    moved = cf.deadlines.get(first.id)
    assert moved.status is DeadlineStatus.OPEN and moved.due_on < first.due_on
    assert [d.id for d in cf.deadlines.list(captive_id=cid)] == [first.id]


def test_the_daily_log_says_why_a_deadline_is_open_again(case_file: CaseFile) -> None:
    from datetime import UTC

    from caseapp.services import deadline_log

    cf = case_file
    _cid, hid = _verdict(cf)
    cf.hearings.update(hid, state="cancelled")
    cf.hearings.update(hid, state="held")
    today = datetime.now(UTC).date()  # the audit trail's clock
    log = deadline_log.daily_log(cf.ctx, today, zone=UTC)
    reopened = [e for e in log.entries if e.kind == "reopened"]
    assert reopened and all(text_of(e.note, "en").startswith("Open again: the hearing")
                            for e in reopened)
