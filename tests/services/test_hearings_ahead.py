"""A hearing is ahead until its day ends in the court's time zone, and every output says so
alike: the captive's file (its clock), the dashboard, the status report, the calendar and
the letters name the same next hearing."""

from __future__ import annotations

from datetime import date

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import prepare_letter, resolve_template
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY


def test_a_hearing_held_this_morning_is_the_days_hearing_everywhere(case_file: CaseFile) -> None:
    """Today (27 November 2026) at 09:00 in Baku: the captive's file and its letters named it
    the next hearing, while the dashboard and the status report (counting from the present
    instant) left it out and named none. Just after midnight in Baku on the 28th (20:30 UTC
    on the 27th) is the 28th's hearing everywhere."""
    assert TODAY == date(2026, 11, 27)
    cf = case_file
    morning = cf.captives.create(names=["Vardanyan Armen"], capture="2026-06-01",
                                 status="pre_trial").id
    cf.hearings.create(captive_ids=[morning], starts_at="2026-11-27T09:00",
                       timezone="Asia/Baku", kind="preliminary", court="Baku Grave Crimes Court")
    night = cf.captives.create(names=["Petrosyan Mher"], capture="2026-06-01",
                               status="pre_trial").id
    cf.hearings.create(captive_ids=[night], starts_at="2026-11-28T00:30",
                       timezone="Asia/Baku", kind="preliminary")
    yesterday = cf.captives.create(names=["Hakobyan Lilit"], capture="2026-06-01",
                                   status="pre_trial").id
    cf.hearings.create(captive_ids=[yesterday], starts_at="2026-11-26T23:30",
                       timezone="Asia/Baku", kind="preliminary")

    def day(when: object) -> tuple[date, int] | None:
        return None if when is None else (when.date(), when.hour)  # type: ignore[attr-defined]

    expected = {morning: (date(2026, 11, 27), 9), night: (date(2026, 11, 28), 0),
                yesterday: None}
    clock = {cid: day(cf.deadline_engine.clock(cid).next_hearing) for cid in expected}
    assert clock == expected
    report = build_status_report(cf)
    assert {r.id: day(r.next_hearing) for r in report.rows} == expected
    assert sorted(day(h.starts_at) for h in report.upcoming_hearings) == [
        (date(2026, 11, 27), 9), (date(2026, 11, 28), 0)]
    dashboard = cf.overview.dashboard()
    assert sorted(day(h.starts_at) for h in dashboard.upcoming_hearings) == [
        (date(2026, 11, 27), 9), (date(2026, 11, 28), 0)]
    calendar = cf.reminders.calendar(level="internal")
    assert sorted(day(h.starts_at) for h in calendar.hearings) == [
        (date(2026, 11, 27), 9), (date(2026, 11, 28), 0)]
    letter = prepare_letter(cf, resolve_template("icrc_request_en"), morning,
                            lawyer=LawyerProfile(name="A. Avetisyan"))
    assert letter["next_hearing"] == "27 November 2026, 09:00\u00a0Baku"  # the court's zone
    assert prepare_letter(cf, resolve_template("icrc_request_en"), yesterday,
                          lawyer=LawyerProfile(name="A. Avetisyan"))["next_hearing"] == ""


def test_a_letters_next_hearing_gives_its_zone_as_the_dossier_does(case_file: CaseFile) -> None:
    """A letter named the next hearing's time without its zone ("10:00"): a recipient abroad
    could not tell Baku's 10:00 from their own. It now ends as the dossier and the status
    report write the time ("10:00 Baku")."""
    from caseapp.domain.cldr import format_datetime

    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-06-01",
                             status="pre_trial").id
    hearing = cf.hearings.create(captive_ids=[cid], starts_at="2026-12-03T10:00",
                                 timezone="Asia/Baku", kind="preliminary")
    said = prepare_letter(cf, resolve_template("icrc_request_en"), cid,
                          lawyer=LawyerProfile(name="A. Avetisyan"))["next_hearing"]
    assert said == "3 December 2026, 10:00\u00a0Baku", said
    assert said.endswith(format_datetime(hearing.starts_at).split(", ", 1)[1])
