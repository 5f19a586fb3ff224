"""After a release, a hearing on detention is moot: no output presents it as the captive's
next hearing, while the hearings of the criminal case (a trial in absentia, an appeal) stay,
and a captive re-arrested after the release has the detention hearing ahead of them again.
The captive's file (its clock), the captives list, the status report, the dashboard, the
calendar and the letters say the same."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import prepare_letter, resolve_template
from caseapp.services.status_report_data import build_status_report

EXTENSION = date(2027, 1, 28)
TRIAL = date(2027, 2, 15)


def _day(when: datetime | None) -> date | None:
    return None if when is None else when.date()


@pytest.fixture
def captives(case_file: CaseFile) -> dict[str, int]:
    return _record(case_file)


def _record(cf: CaseFile) -> dict[str, int]:
    """Four captives with an extension hearing on 28 January 2027: one released on
    20 November 2026 (and no other hearing), one released with a trial session on
    15 February, one released and re-arrested since, one still held (a co-defendant of the
    first at the extension hearing)."""
    ids = {}
    for key, name in (("released", "Harutyunyan Artur"), ("tried", "Davtyan Anahit"),
                      ("rearrested", "Petrosyan Mher"), ("held", "Vardanyan Armen")):
        ids[key] = cf.captives.create(names=[name], capture="2024-08-22",
                                      status="pre_trial").id
    for key in ("released", "tried", "rearrested"):
        cf.captives.set_status(ids[key], "released", effective_on="2026-11-20")
    cf.captives.set_status(ids["rearrested"], "pre_trial", effective_on="2026-11-25")
    cf.hearings.create(captive_ids=[ids["released"], ids["held"]],
                       starts_at=f"{EXTENSION}T11:00", timezone="Asia/Baku",
                       kind="detention_extension", court="Qazax District Court")
    for key in ("tried", "rearrested"):
        cf.hearings.create(captive_ids=[ids[key]], starts_at=f"{EXTENSION}T11:00",
                           timezone="Asia/Baku", kind="detention_extension")
    cf.hearings.create(captive_ids=[ids["tried"]], starts_at=f"{TRIAL}T10:00",
                       timezone="Asia/Baku", kind="trial_session")
    return ids


def test_the_next_hearing_of_a_released_captive_is_not_a_detention_hearing(
        case_file: CaseFile, captives: dict[str, int]) -> None:
    """Released Artur Harutyunyan's file, the list and the status report still named the
    extension hearing of 28 January as his next hearing."""
    cf = case_file
    expected = {captives["released"]: None, captives["tried"]: TRIAL,
                captives["rearrested"]: EXTENSION, captives["held"]: EXTENSION}
    assert {cid: _day(cf.deadline_engine.clock(cid).next_hearing)
            for cid in expected} == expected
    rows = {r.id: _day(r.next_hearing) for r in cf.overview.captive_rows()}
    assert {cid: rows[cid] for cid in expected} == expected
    report = build_status_report(cf, hearing_days=120)
    assert {r.id: _day(r.next_hearing) for r in report.rows} == expected
    upcoming = {(h.starts_at.date(), h.captive_ids) for h in report.upcoming_hearings}
    assert upcoming == {(EXTENSION, (captives["held"],)), (EXTENSION, (captives["rearrested"],)),
                        (TRIAL, (captives["tried"],))}


def test_on_a_team_server_the_list_and_the_report_leave_the_moot_hearing_out(
        server_case_file: CaseFile) -> None:
    """The captives list reads its rows with plain SQL, on PostgreSQL too."""
    cf = server_case_file
    ids = _record(cf)
    expected = {ids["released"]: None, ids["tried"]: TRIAL, ids["rearrested"]: EXTENSION,
                ids["held"]: EXTENSION}
    assert {r.id: _day(r.next_hearing) for r in cf.overview.captive_rows()} == expected
    assert {r.id: _day(r.next_hearing)
            for r in build_status_report(cf, hearing_days=120).rows} == expected


def test_the_dashboard_and_the_calendar_leave_out_a_detention_hearing_after_a_release(
        case_file: CaseFile, captives: dict[str, int]) -> None:
    """The co-defendants' hearing stays for the one still held, without the released one."""
    cf = case_file
    expected = sorted([(EXTENSION, (captives["held"],)), (EXTENSION, (captives["rearrested"],)),
                       (TRIAL, (captives["tried"],))])
    dashboard = cf.overview.dashboard(hearing_days=90)
    assert sorted((h.starts_at.date(), h.captive_ids)
                  for h in dashboard.upcoming_hearings) == expected
    calendar = cf.reminders.calendar(level="internal")
    # (the detention hearing of the one tried after a release, moot, is there only to be
    # written cancelled, saying so: tests/services/test_calendar_moot_hearings.py)
    assert sorted((h.starts_at.date(), h.captive_ids) for h in calendar.hearings
                  if h.uid not in calendar.custody_ended) == expected
    assert [h.captive_ids for h in calendar.hearings if h.uid in calendar.custody_ended] == [
        (captives["tried"],)]
    # Nothing recorded changed: the hearing still concerns both.
    assert sorted(len(h.captive_ids) for h in cf.hearings.list()) == [1, 1, 1, 2]


def test_a_letters_next_hearing_after_a_release_is_the_trial_not_the_extension(
        case_file: CaseFile, captives: dict[str, int]) -> None:
    cf = case_file
    lawyer = LawyerProfile(name="A. Avetisyan")
    template = resolve_template("icrc_request_en")

    def said(cid: int) -> str:
        return prepare_letter(cf, template, cid, lawyer=lawyer)["next_hearing"]
    assert said(captives["released"]) == ""
    assert said(captives["tried"]).startswith("15 February 2027")
    assert said(captives["rearrested"]).startswith("28 January 2027")


def test_putting_the_status_back_makes_the_detention_hearing_the_next_again(
        case_file: CaseFile, captives: dict[str, int]) -> None:
    cf = case_file
    cid = captives["released"]
    cf.captives.set_status(cid, "pre_trial", effective_on="2026-11-26")
    assert _day(cf.deadline_engine.clock(cid).next_hearing) == EXTENSION
    assert {r.id: _day(r.next_hearing) for r in cf.overview.captive_rows()}[cid] == EXTENSION


def test_a_status_the_level_withholds_does_not_take_the_hearing_out(case_file: CaseFile) -> None:
    """At a level that does not show the release, the status report and the calendar do not
    drop the detention hearing either: its absence would tell what the level withholds."""
    cf = case_file
    cid = cf.captives.create(names=["Harutyunyan Artur"], capture="2024-08-22",
                             status="pre_trial", sensitivity="shareable",
                             field_levels={"status": "internal"}).id
    cf.custody.set_status(cid, "released", effective_on="2026-11-20")
    cf.hearings.create(captive_ids=[cid], starts_at=f"{EXTENSION}T11:00", timezone="Asia/Baku",
                       kind="detention_extension", sensitivity="shareable")
    internal = build_status_report(cf, level="internal", hearing_days=120)
    shareable = build_status_report(cf, level="shareable", hearing_days=120)
    assert [(_day(r.next_hearing), r.status) for r in internal.rows] == [
        (None, CaptiveStatus.RELEASED)]
    assert [(_day(r.next_hearing), r.status) for r in shareable.rows] == [(EXTENSION, None)]
    internal_calendar = cf.reminders.calendar(level="internal")  # written cancelled there
    assert [h.uid for h in internal_calendar.hearings] == list(internal_calendar.custody_ended)
    shared_calendar = cf.reminders.calendar(level="shareable")
    assert [h.captive_ids for h in shared_calendar.hearings] == [(cid,)]
    assert shared_calendar.custody_ended == frozenset()
