"""Records of the case file set off their deadlines: decided hearings, communications of
international bodies, a prisoner of war's capture; deleting a record or recording history
does not leave a flood of overdue deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.deadline_steps import is_estimated
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY


def add_captive(cf: CaseFile, name: str, **fields) -> int:
    return cf.captives.create(names=[name], status="pre_trial", **fields).id


@pytest.fixture
def captive_id(case_file: CaseFile) -> int:
    return add_captive(case_file, "Vardanyan Armen", capture="2025-06-01")


def due_soon(cf: CaseFile, days: int, captive_id: int) -> list[DeadlineDTO]:
    """The captive's open deadlines the reminders list as due within ``days`` (overdue
    included, snoozed ones left out): :meth:`ReminderService.due`, by each one's moment."""
    return [r.deadline for r in cf.reminders.due(days) if r.deadline.captive_id == captive_id]


def rules_of(cf: CaseFile, captive_id: int, status: DeadlineStatus | None = None) -> dict:
    return {d.rule_id: d for d in cf.deadlines.list(captive_id=captive_id)
            if status is None or d.status is status}


def verdict(cf: CaseFile, captive_ids: list[int], when: str = "2026-11-20 11:00",
            outcome: str = "Convicted: 15 years", kind: str = "verdict"):
    return cf.hearings.create(captive_ids=captive_ids, starts_at=when, timezone="Asia/Baku",
                              court="Baku Military Court", kind=kind, outcome=outcome)


def test_a_verdict_with_its_outcome_opens_the_appeal_window(case_file, captive_id):
    hearing = verdict(case_file, [captive_id])
    appeal = rules_of(case_file, captive_id)["az.verdict.appeal"]
    assert appeal.due_on == date(2026, 12, 10)  # 20 November + 20 days, a Thursday
    assert appeal.status is DeadlineStatus.OPEN
    assert (appeal.trigger_kind, appeal.trigger_uid) == ("hearing", hearing.uid)
    assert appeal.trigger_date == date(2026, 11, 20)
    assert any("20" in step.render("en") for step in appeal.explanation)


def test_a_verdict_not_yet_given_sets_off_nothing(case_file, captive_id):
    verdict(case_file, [captive_id], outcome="")  # held, outcome not recorded
    verdict(case_file, [captive_id], when="2026-12-15 10:00", outcome="")  # scheduled
    assert rules_of(case_file, captive_id) == {}
    # an outcome typed for it ahead of its day is refused, not kept opening nothing
    with pytest.raises(ValidationError, match="still ahead"):
        verdict(case_file, [captive_id], when="2026-12-16 10:00")
    assert rules_of(case_file, captive_id) == {}


def test_the_court_time_zone_decides_the_day(case_file, captive_id):
    # 00:30 in Baku on 21 November is still 20 November in UTC: the court's day counts.
    verdict(case_file, [captive_id], when="2026-11-21 00:30")
    assert rules_of(case_file, captive_id)["az.verdict.appeal"].trigger_date == date(2026, 11, 21)



def test_a_verdict_given_after_midnight_in_baku_and_recorded_the_evening_before_in_europe(
        case_file, captive_id, in_paris):
    """00:30 in Baku on 28 November is 21:30 in Paris on the 27th, the lawyer's today: the
    verdict recorded that evening with its outcome opened no appeal window at all (the
    court's day, the 28th, was after today), nor did it later."""
    assert TODAY == date(2026, 11, 27)
    verdict(case_file, [captive_id], when="2026-11-28 00:30")
    appeal = rules_of(case_file, captive_id)["az.verdict.appeal"]
    # Counted from the court's day: 28 November + 20 days = Friday 18 December.
    assert (appeal.trigger_date, appeal.due_on) == (date(2026, 11, 28), date(2026, 12, 18))
    # A verdict at 03:00 in Baku (00:00 in Paris on the 28th) has not been given yet: its
    # outcome is refused until it has (it was kept, opening nothing, then or later).
    other = add_captive(case_file, "Petrosyan Mher", capture="2025-06-01")
    with pytest.raises(ValidationError, match="still ahead"):
        verdict(case_file, [other], when="2026-11-28 03:00")
    assert rules_of(case_file, other) == {}


def test_changing_the_hearing_kind_replaces_its_deadline(case_file, captive_id):
    hearing = verdict(case_file, [captive_id])
    case_file.hearings.update(hearing.id, kind="appeal")
    found = rules_of(case_file, captive_id)
    assert found["az.verdict.appeal"].status is DeadlineStatus.DISMISSED
    assert found["az.verdict.appeal"].status_reason  # says why
    cassation = found["az.cassation"]
    assert cassation.status is DeadlineStatus.OPEN
    # 20 November + 1 month = Sunday 20 December: not moved to Monday, since the code's rule
    # on non-working days is not verified (never later when unsure).
    assert cassation.due_on == date(2026, 12, 20)
    assert cassation.explanation[-1].render("en") == ("not rolled: the code's rule on non-working days is "
                                         "not verified")


def test_a_joint_verdict_gives_each_defendant_a_deadline(case_file, captive_id):
    other = add_captive(case_file, "Khachatryan Gagik")
    hearing = verdict(case_file, [captive_id, other])
    assert "az.verdict.appeal" in rules_of(case_file, other)
    case_file.hearings.update(hearing.id, captive_ids=[captive_id])
    assert rules_of(case_file, other)["az.verdict.appeal"].status is DeadlineStatus.DISMISSED
    assert rules_of(case_file, captive_id)["az.verdict.appeal"].status is DeadlineStatus.OPEN


def test_a_cassation_decision_starts_the_echr_four_months(case_file, captive_id):
    verdict(case_file, [captive_id], when="2026-10-31 10:00", kind="cassation",
            outcome="Cassation complaint rejected")
    found = rules_of(case_file, captive_id)
    assert found["echr.application"].due_on == date(2027, 2, 28)  # clamped, a Sunday: no roll
    assert "echr.application.6m" not in found  # the other rule of the event hands over to it


def test_an_older_final_decision_gets_the_six_months_once(case_file, captive_id):
    verdict(case_file, [captive_id], when="2021-11-30 10:00", kind="cassation",
            outcome="Cassation complaint rejected")
    [echr] = [d for d in case_file.deadlines.list(captive_id=captive_id)
              if d.rule_id.startswith("echr.")]
    assert echr.due_on == date(2022, 5, 30)  # 6 months: decision before 1 February 2022


def test_international_bodies_communicating_a_case(case_file, captive_id):
    wgad = case_file.international_proceedings.create(
        captive_id=captive_id, body="wgad", kind="communication", lodged_on="2026-09-01")
    assert rules_of(case_file, captive_id) == {}  # lodged, not yet transmitted
    case_file.international_proceedings.update(wgad.id, communicated_on="2026-10-15")
    reply = rules_of(case_file, captive_id)["un.wgad.government_reply"]
    assert reply.due_on == date(2026, 12, 14)  # + 60 days
    case_file.international_proceedings.create(
        captive_id=captive_id, body="echr", kind="application", lodged_on="2026-03-01",
        communicated_on="2026-11-02")
    found = rules_of(case_file, captive_id)
    # No 16-week default: the Government's time limit is entered from the Court's letter.
    assert "echr.communication.government_observations" not in found
    settlement = found["echr.communication.friendly_settlement"]
    assert settlement.due_on == date(2027, 1, 25)  # 2 November + 12 weeks


def test_the_human_rights_committee_counts_from_the_transmission(case_file, captive_id):
    case_file.international_proceedings.create(
        captive_id=captive_id, body="un_hrc", kind="communication", lodged_on="2026-01-15",
        communicated_on="2026-08-31")  # transmitted to the State
    reply = rules_of(case_file, captive_id)["un.hrc.state_reply"]
    assert reply.trigger_date == date(2026, 8, 31)
    assert reply.due_on == date(2027, 2, 28)  # February has no 31st; a Sunday, not moved


def test_a_prisoner_of_war_needs_a_capture_card(case_file):
    pow_id = add_captive(case_file, "Sargsyan Levon", category="serviceman", capture="2026-11-24")
    card = rules_of(case_file, pow_id)["geneva.capture_card"]
    assert card.due_on == date(2026, 12, 1)
    civilian = add_captive(case_file, "Hakobyan Ani", category="civilian", capture="2026-11-24")
    assert rules_of(case_file, civilian) == {}


def test_deleting_an_order_dismisses_its_open_deadlines(case_file, captive_id):
    order = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-10-31",
                                              term_months=4)
    found = rules_of(case_file, captive_id)
    case_file.deadline_engine.mark_done(found["az.detention.extension_upstream_10"].id)
    case_file.detention_orders.delete(order.id)
    after = rules_of(case_file, captive_id)
    assert after["az.detention.expiry"].status is DeadlineStatus.DISMISSED
    assert "deleted" in str(after["az.detention.expiry"].status_reason)
    assert after["az.detention.extension_upstream_10"].status is DeadlineStatus.DONE
    assert due_soon(case_file, 365, captive_id) == []


def test_history_does_not_flood_the_reminders(case_file, captive_id):
    """An order of 2025 entered today: its long-past steps are filed, not overdue; and the
    extension that followed closes the first order's open steps."""
    first = case_file.detention_orders.create(captive_id=captive_id, start_date="2025-06-03",
                                              term_months=4)
    old = [d for d in case_file.deadlines.list(captive_id=captive_id) if d.trigger_uid == first.uid]
    assert old and all(d.status is DeadlineStatus.DISMISSED for d in old)
    assert all("kept for the record" in str(d.status_reason) for d in old)
    # An order expiring soon, then its extension: the earlier steps are superseded.
    current = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-08-10",
                                                term_months=4, kind="extension")
    open_before = due_soon(case_file, 60, captive_id)
    assert {d.trigger_uid for d in open_before} == {current.uid}
    nxt = case_file.detention_orders.create(captive_id=captive_id, start_date="2026-12-10",
                                            term_months=4, kind="extension")
    superseded = [d for d in case_file.deadlines.list(captive_id=captive_id)
                  if d.trigger_uid == current.uid]
    assert all(d.status is DeadlineStatus.DISMISSED for d in superseded)
    assert all("Superseded" in str(d.status_reason) for d in superseded)
    assert {d.trigger_uid for d in due_soon(case_file, 365, captive_id)} == {nxt.uid}


def test_a_recent_missed_deadline_is_shown_overdue(case_file, captive_id):
    verdict(case_file, [captive_id], when="2026-10-20 10:00")  # + 20 days: 9 November
    [appeal] = due_soon(case_file, 0, captive_id)
    # 9 November is National Flag Day in Azerbaijan; the appeal term is not moved later.
    assert appeal.due_on == date(2026, 11, 9) and appeal.status is DeadlineStatus.OPEN


def test_any_rule_by_hand(case_file, captive_id):
    made = case_file.deadline_engine.from_rule(captive_id=captive_id, rule_id="echr.rule39",
                                               trigger="2026-11-28T17:30+01:00")
    assert [d.due_on for d in made] == [date(2026, 11, 30)]  # Saturday evening → Monday
    assert made[0].trigger_kind == "manual" and made[0].due_time is not None


def test_the_jurisdiction_chooses_the_domestic_rules(case_file, captive_id):
    engine = case_file.deadline_engine
    assert [r.id for r in engine.rules_for("verdict")] == ["az.verdict.appeal"]
    case_file.settings.set("procedure", "am")  # the case setting, read by the engine
    assert [r.id for r in engine.rules_for("verdict")] == ["am.verdict.appeal"]
    assert "un.wgad.government_reply" in [r.id for r in engine.rules_for("wgad_transmission")]
    assert TODAY.isoformat() == "2026-11-27"


def test_a_capture_known_to_the_month_counts_the_card_from_its_first_day(case_file):
    """Only the month of capture known ("2026-11"): no capture card was set at all. It is
    counted from the first day of the month, never later, and said to be an estimate."""
    pow_id = add_captive(case_file, "Sargsyan Levon", category="serviceman", capture="2026-11")
    card = rules_of(case_file, pow_id)["geneva.capture_card"]
    assert card.trigger_date == date(2026, 11, 1)
    assert card.due_on == date(2026, 11, 8)
    said = [str(s) for s in card.explanation]
    assert ("the day of capture is not known, only its month: counted from the month's first "
            "day, Sun, 1 Nov 2026 (never later); the date is an estimate") in [
        s.replace("\xa0", " ") for s in said]
    assert is_estimated(card.explanation)


def test_a_capture_known_to_the_year_counts_the_card_from_1_january(case_file):
    pow_id = add_captive(case_file, "Sargsyan Levon", category="serviceman", capture="2026")
    card = rules_of(case_file, pow_id)["geneva.capture_card"]
    assert (card.trigger_date, card.due_on) == (date(2026, 1, 1), date(2026, 1, 8))
    assert any("only its year" in str(s) for s in card.explanation)
    assert is_estimated(card.explanation)


def test_the_day_of_capture_found_later_drops_the_estimate(case_file):
    pow_id = add_captive(case_file, "Sargsyan Levon", category="serviceman", capture="2026-11")
    case_file.captives.update(pow_id, capture="2026-11-01")  # the same day, now known
    card = rules_of(case_file, pow_id)["geneva.capture_card"]
    assert card.due_on == date(2026, 11, 8)
    assert not is_estimated(card.explanation)
    case_file.captives.update(pow_id, capture="2026-11-20")
    card = rules_of(case_file, pow_id)["geneva.capture_card"]
    assert card.due_on == date(2026, 11, 27)
    assert not is_estimated(card.explanation)


def test_a_verdict_recorded_in_a_zone_east_of_the_court_counts_from_the_day_in_baku(
        case_file, captive_id):
    """A verdict at 23:30 in Baku on 20 November, recorded by a lawyer in Auckland in her own
    zone (08:30 on 21 November there): the appeal counted from the 21st, due a day late. It
    counts from the earlier day, the 20th in Baku (the case's procedure is Azerbaijan's)."""
    case_file.hearings.create(captive_ids=[captive_id], starts_at="2026-11-21 08:30",
                              timezone="Pacific/Auckland", court="Baku Military Court",
                              kind="verdict", outcome="Convicted: 15 years")
    appeal = rules_of(case_file, captive_id)["az.verdict.appeal"]
    assert (appeal.trigger_date, appeal.due_on) == (date(2026, 11, 20), date(2026, 12, 10))


def test_a_verdict_recorded_west_of_the_court_keeps_the_day_recorded(case_file, captive_id):
    # 01:30 in Baku on 21 November is 16:30 on the 20th in New York: the 20th, the earlier.
    case_file.hearings.create(captive_ids=[captive_id], starts_at="2026-11-20 16:30",
                              timezone="America/New_York", court="Baku Military Court",
                              kind="verdict", outcome="Convicted: 15 years")
    appeal = rules_of(case_file, captive_id)["az.verdict.appeal"]
    assert (appeal.trigger_date, appeal.due_on) == (date(2026, 11, 20), date(2026, 12, 10))


def test_the_appeal_says_why_it_counts_from_the_day_in_baku(case_file, captive_id):
    case_file.hearings.create(captive_ids=[captive_id], starts_at="2026-11-21 08:30",
                              timezone="Pacific/Auckland", court="Baku Military Court",
                              kind="verdict", outcome="Convicted: 15 years")
    appeal = rules_of(case_file, captive_id)["az.verdict.appeal"]
    said = [str(s).replace("\xa0", " ") for s in appeal.explanation]
    assert ("where the court sits (Asia/Baku) that moment was on Fri, 20 Nov 2026: counted "
            "from that day, the earlier") in said


def test_a_cassation_at_midnight_on_1_february_2022_in_baku_recorded_in_paris(
        case_file, captive_id):
    """The cassation decided at 02:30 on 1 February 2022 in Baku, recorded in Paris time
    (23:30 on 31 January): counted from the 31st, the day recorded, the ECHR limit was the
    six months of the decisions before 1 February, 31 July 2022. In Baku it was a decision
    of 1 February: four months, 1 June 2022, the earlier, and the steps say why."""
    case_file.hearings.create(captive_ids=[captive_id], starts_at="2022-01-31 23:30",
                              timezone="Europe/Paris", court="Supreme Court",
                              kind="cassation", outcome="Dismissed")
    limit = rules_of(case_file, captive_id)["echr.application"]
    assert limit.due_on == date(2022, 6, 1)
    said = [str(s).replace("\xa0", " ") for s in limit.explanation]
    assert ("where the court sits (Asia/Baku) that moment was on Tue, 1 Feb 2022: the rule "
            "for a decision of that day ends earlier, so it is counted from that day") in said
    [step] = [s for s in limit.explanation if "ends earlier" in s.render("en")]
    assert all("ends earlier" not in step.render(lang) for lang in ("hy", "ru", "fr"))


@pytest.mark.parametrize("ended", ["decided", "rejected", "closed"])
def test_a_proceeding_decided_or_closed_no_longer_reminds_of_the_governments_reply(
        case_file, captive_id, ended):
    """The Working Group's opinion adopted, an application declared inadmissible or struck
    out: the Government's time limit of the communication, even one extended by hand, is no
    longer reminded of; recorded open again (a status chosen by mistake), exactly those come
    back, the extension kept."""
    wgad = case_file.international_proceedings.create(
        captive_id=captive_id, body="wgad", kind="communication", lodged_on="2026-09-01",
        communicated_on="2026-10-15", status="communicated")
    reply = rules_of(case_file, captive_id)["un.wgad.government_reply"]
    case_file.deadlines.update(reply.id, due_on="2027-02-14")  # an extension granted
    assert [d.id for d in due_soon(case_file, 120, captive_id)] == [reply.id]

    case_file.international_proceedings.update(wgad.id, status=ended,
                                               outcome="Opinion No. 12/2027")
    closed = rules_of(case_file, captive_id)["un.wgad.government_reply"]
    assert closed.status is DeadlineStatus.DISMISSED
    assert ended in str(closed.status_reason)
    assert due_soon(case_file, 120, captive_id) == []
    # an edit of the decided proceeding opens nothing again
    case_file.international_proceedings.update(wgad.id, communicated_on="2026-10-16")
    assert due_soon(case_file, 120, captive_id) == []

    case_file.international_proceedings.update(wgad.id, status="communicated")
    again = rules_of(case_file, captive_id)["un.wgad.government_reply"]
    assert (again.status, again.due_on) == (DeadlineStatus.OPEN, date(2027, 2, 14))


def test_a_proceeding_recorded_decided_from_the_start_sets_off_nothing(case_file, captive_id):
    """An application of years ago, entered with its judgment: no reminder of the
    Government's observations or of a friendly settlement long over."""
    case_file.international_proceedings.create(
        captive_id=captive_id, body="echr", kind="application", lodged_on="2026-01-15",
        communicated_on="2026-03-02", status="decided", outcome="Judgment: violation of Art. 5")
    assert rules_of(case_file, captive_id) == {}


def test_a_deadline_the_lawyer_closed_herself_stays_closed_when_the_proceeding_reopens(
        case_file, captive_id):
    hrc = case_file.international_proceedings.create(
        captive_id=captive_id, body="un_hrc", kind="communication", lodged_on="2026-01-15",
        communicated_on="2026-08-31", status="communicated")
    reply = rules_of(case_file, captive_id)["un.hrc.state_reply"]
    case_file.deadline_engine.mark_done(reply.id, "The State replied on 1 October.")
    case_file.international_proceedings.update(hrc.id, status="decided")
    case_file.international_proceedings.update(hrc.id, status="pending")
    kept = rules_of(case_file, captive_id)["un.hrc.state_reply"]
    assert kept.status is DeadlineStatus.DONE
    assert "replied" in str(kept.status_reason)


@pytest.mark.parametrize(("body", "kind"), [("echr", "rule_39"), ("wgad", "urgent_appeal"),
                                            ("un_hrc", "urgent_appeal")])
def test_a_request_communicated_to_the_government_opens_no_communications_time_limit(
        case_file, captive_id, body, kind):
    """A Rule 39 request the Court put to the Government, or an urgent appeal transmitted to
    it, has no friendly-settlement phase nor the 60-day or six-month reply of a
    communication: the letter gives its own time limit, entered from it."""
    case_file.international_proceedings.create(
        captive_id=captive_id, body=body, kind=kind, lodged_on="2026-11-02",
        communicated_on="2026-11-03", status="communicated")
    assert rules_of(case_file, captive_id) == {}
