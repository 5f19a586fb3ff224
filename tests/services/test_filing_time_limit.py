"""Section G's time limit is the one the Deadlines view shows: only a final decision the case
file still records counts, and the rule and source printed are those the engine applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import text_of
from caseapp.services import filing_packs
from caseapp.services.casefile import CaseFile
from tests.services.filing_data import LAWYER, pdftotext


def _captive(cf: CaseFile) -> int:
    return cf.captives.create(names=[dict(full_name="Test Applicant", is_primary=True)],
                              status="convicted", category="civilian").id


def _cassation(cf: CaseFile, cid: int, when: str, outcome: str = "Cassation appeal dismissed"):
    return cf.hearings.create(captive_ids=[cid], starts_at=f"{when} 10:00", timezone="Asia/Baku",
                              court="Supreme Court", kind="cassation", outcome=outcome)


def _limit(cf: CaseFile, cid: int, folder: Path | None = None):
    made = filing_packs.echr_pack(cf, cid, level="internal", author="A", lawyer=LAWYER, folder=folder)
    return made, made.record.time_limit


def _open_application_deadlines(cf: CaseFile, cid: int) -> list[tuple[date | None, date]]:
    return [(d.trigger_date, d.due_on) for d in cf.captive_file(cid).deadlines
            if d.rule_id == "echr.application" and d.status is DeadlineStatus.OPEN]


def test_a_deleted_final_decision_does_not_set_the_time_limit(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    wrong = _cassation(case_file, cid, "2026-10-30")  # entered on the wrong day, then deleted
    case_file.hearings.delete(wrong.id)
    _cassation(case_file, cid, "2026-09-01")
    # The Deadlines view: 1 September + 4 months = 1 January 2027.
    assert _open_application_deadlines(case_file, cid) == [(date(2026, 9, 1), date(2027, 1, 1))]
    _made, limit = _limit(case_file, cid)
    assert (limit.trigger, limit.due_on) == (date(2026, 9, 1), date(2027, 1, 1))


def test_a_withdrawn_outcome_does_not_set_the_time_limit(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    later = _cassation(case_file, cid, "2026-10-30")
    _cassation(case_file, cid, "2026-08-30")
    case_file.hearings.update(later.id, outcome="")  # not decided after all
    assert _open_application_deadlines(case_file, cid) == [(date(2026, 8, 30), date(2026, 12, 30))]
    _made, limit = _limit(case_file, cid)
    assert (limit.trigger, limit.due_on) == (date(2026, 8, 30), date(2026, 12, 30))


def test_no_recorded_final_decision_leaves_the_time_limit_out(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    case_file.hearings.delete(_cassation(case_file, cid, "2026-10-30").id)
    made, limit = _limit(case_file, cid)
    assert limit is None and "No final domestic decision" in made.record.time_limit_note


def test_a_moved_hearing_counts_from_its_new_day(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    # Recorded long after: its deadline is kept for the record (dismissed), and kept so
    # when the hearing's day is corrected from 22 to 20 November 2022.
    hearing = _cassation(case_file, cid, "2022-11-22")
    case_file.hearings.update(hearing.id, starts_at="2022-11-20 10:00")
    _made, limit = _limit(case_file, cid)
    assert (limit.trigger, limit.due_on) == (date(2022, 11, 20), date(2023, 3, 20))


def test_a_decision_before_february_2022_names_the_six_month_rule(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    cid = _captive(case_file)
    _cassation(case_file, cid, "2022-01-31")
    made, limit = _limit(case_file, cid, tmp_path)
    # 31 January 2022 + 6 months = 31 July 2022 (a Sunday: not moved).
    assert (limit.rule_id, limit.trigger, limit.due_on) == (
        "echr.application.6m", date(2022, 1, 31), date(2022, 7, 31))
    text = " ".join(pdftotext(tmp_path / next(n for n in made.names if n.endswith(".pdf"))).split())
    assert "Last day to lodge: 31 July 2022 (rule echr.application.6m)" in text
    assert "before Protocol No. 15 (6 months" in text
    assert "4 months for final decisions" not in text
    assert any("ended on 31\u00a0Jul\u00a02022" in str(w) for w in made.warnings)
    assert not any("four-month" in text_of(w, "en") for w in made.warnings)
    # A decision of 1 February 2022: the four-month rule.
    other = _captive(case_file)
    _cassation(case_file, other, "2022-02-01")
    _made, limit = _limit(case_file, other)
    assert (limit.rule_id, limit.due_on) == ("echr.application", date(2022, 6, 1))


def test_a_final_decision_given_in_the_future_is_refused(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    cid = case_file.captives.create(names=[dict(full_name="Test Applicant", is_primary=True)],
                                    status="convicted", category="civilian",
                                    consent_publicity=True, sensitivity="public").id
    # The tests' today is 27 November 2026: a decision "of 2062" is a typing mistake, and a
    # time limit computed from it would be decades late.
    for level in ("internal", "public"):
        with pytest.raises(ValidationError, match=r"final domestic decision.s date "
                                                  r"\(1\xa0Jan\xa02062\) is in the future"):
            filing_packs.echr_pack(case_file, cid, level=level, author="A", lawyer=LAWYER,
                                   final_decision=date(2062, 1, 1), folder=tmp_path / level)
        assert not (tmp_path / level).exists()
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  final_decision=date(2026, 11, 27))  # today: accepted
    assert made.record.time_limit.due_on == date(2027, 3, 27)


def test_a_final_decision_given_other_than_the_recorded_one_is_flagged(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    _cassation(case_file, cid, "2026-01-10")  # the Deadlines view: until 10 May 2026
    # The reasoned decision was served on 15 March 2026: the lawyer counts from that day.
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  final_decision=date(2026, 3, 15))
    assert made.record.time_limit.due_on == date(2026, 7, 15)
    flagged = [text_of(w, "en") for w in made.warnings if "Deadlines view" in text_of(w, "en")]
    assert len(flagged) == 1
    assert ("given (15\u00a0Mar\u00a02026: until 15\u00a0Jul\u00a02026), but the case file "
            "records a final decision of 10\u00a0Jan\u00a02026, whose time limit in the "
            "Deadlines view ends on 10\u00a0May\u00a02026") in flagged[0]
    same = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  final_decision=date(2026, 1, 10))
    assert not any("Deadlines view" in text_of(w, "en") for w in same.warnings)


def test_an_earlier_final_decision_whose_time_limit_ends_sooner_is_flagged(
        case_file: CaseFile) -> None:
    cid = _captive(case_file)
    # Two criminal cases, each ending in cassation: section G counts from the latest (15 June
    # 2026 → 15 October 2026); an application about the first (10 May → 10 September) is due
    # sooner, and a draft that gave only the later date would lead the lawyer late.
    _cassation(case_file, cid, "2026-05-10")
    _cassation(case_file, cid, "2026-06-15")
    made, limit = _limit(case_file, cid)
    assert (limit.trigger, limit.due_on) == (date(2026, 6, 15), date(2026, 10, 15))
    flagged = [text_of(w, "en") for w in made.warnings if "other final domestic" in text_of(w, "en")]
    assert flagged == [
        "The case file records 1 other final domestic decision, of 10\u00a0May\u00a02026, whose "
        "time limit ends sooner, on 10\u00a0Sept\u00a02026: if the application concerns it, "
        "section G (counted from 15\u00a0Jun\u00a02026) gives too late a date."]
    # A single final decision: nothing to flag.
    other = _captive(case_file)
    _cassation(case_file, other, "2026-06-15")
    made = _limit(case_file, other)[0]
    assert not any("other final domestic" in text_of(w, "en") for w in made.warnings)


def test_of_two_final_decisions_still_running_section_g_gives_the_earlier_time_limit(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = _captive(case_file)
    # Two criminal cases, each ending in cassation, both time limits still running on the
    # tests' today (27 November 2026): 31 August → 31 December 2026, 15 October → 15 February
    # 2027. The Deadlines view shows 31 December first; a draft saying the application is in
    # time until 15 February would lead the lawyer to lose the first case's complaints.
    _cassation(case_file, cid, "2026-08-31")
    _cassation(case_file, cid, "2026-10-15")
    made, limit = _limit(case_file, cid, tmp_path / "pack")
    assert (limit.trigger, limit.due_on) == (date(2026, 8, 31), date(2026, 12, 31))
    text = pdftotext(tmp_path / "pack" / made.files[0].name)
    assert "31 December 2026" in text and "15 February 2027" not in text
    flagged = [text_of(w, "en") for w in made.warnings if "other final domestic" in text_of(w, "en")]
    assert flagged == [
        "The case file records 1 other final domestic decision, of 15\u00a0Oct\u00a02026, whose "
        "time limit ends later, on 15\u00a0Feb\u00a02027: section G gives the earlier time "
        "limit (counted from 31\u00a0Aug\u00a02026), which an application about both decisions "
        "must keep."]
    # One time limit has ended, the other runs: section G counts from the one still running,
    # and the ended one is flagged as before.
    other = _captive(case_file)
    _cassation(case_file, other, "2026-05-10")
    _cassation(case_file, other, "2026-10-15")
    made, limit = _limit(case_file, other)
    assert (limit.trigger, limit.due_on) == (date(2026, 10, 15), date(2027, 2, 15))
    flagged = [text_of(w, "en") for w in made.warnings if "other final domestic" in text_of(w, "en")]
    assert len(flagged) == 1 and "ends sooner, on 10\u00a0Sept\u00a02026" in flagged[0]


def test_a_final_decision_known_only_to_its_month_gives_the_earliest_end_and_says_so(
        case_file: CaseFile, tmp_path: Path) -> None:
    from caseapp.domain.dates import PartialDate
    from caseapp.domain.enums import DatePrecision

    cid = _captive(case_file)
    # The family knows the Supreme Court decided "in September 2026", not the day: counted from
    # 1 September the time limit ends on 1 January 2027 at the earliest (from 30 September it
    # would be 30 January): the draft gives the earliest and says it is uncertain.
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  final_decision=PartialDate(date(2026, 9, 1), DatePrecision.MONTH),
                                  folder=tmp_path / "pack")
    assert (made.record.time_limit.trigger, made.record.time_limit.due_on) == (
        date(2026, 9, 1), date(2027, 1, 1))
    text = " ".join(pdftotext(tmp_path / "pack" / made.files[0].name).split())
    assert "given in September 2026" in text and "1 January 2027 at the earliest" in text
    assert "given on 1 September 2026" not in text
    said = [text_of(w, "en") for w in made.warnings if "only to its month" in text_of(w, "en")]
    assert len(said) == 1 and "1\u00a0Jan\u00a02027" in said[0]
    # An approximate day has no earliest day: refused, nothing written.
    with pytest.raises(ValidationError, match="approximate"):
        filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                               final_decision=PartialDate(date(2026, 9, 10),
                                                          DatePrecision.APPROXIMATE),
                               folder=tmp_path / "other")
    assert not (tmp_path / "other").exists()


def test_a_cassation_adjourned_twice_is_one_final_decision_in_section_g(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = _captive(case_file)
    # The Supreme Court put the cassation off twice (10 and 24 September) and decided it on
    # 8 October 2026: one final decision, 8 October → 8 February 2027. The two sittings that
    # decided nothing are no "cassation decision (final)" of section G.
    for day, then in (("2026-09-10", "2026-09-24"), ("2026-09-24", "2026-10-08")):
        case_file.hearings.create(captive_ids=[cid], starts_at=f"{day} 10:00",
                                  timezone="Asia/Baku", court="Supreme Court", kind="cassation",
                                  state="adjourned", outcome="Adjourned: prosecutor absent",
                                  next_date=then)
    _cassation(case_file, cid, "2026-10-08")
    made, limit = _limit(case_file, cid, tmp_path / "pack")
    assert (limit.trigger, limit.due_on) == (date(2026, 10, 8), date(2027, 2, 8))
    text = " ".join(pdftotext(tmp_path / "pack" / made.files[0].name).split())
    assert text.count("Cassation decision (final)") == 1
    assert "Cassation decision (final) of Supreme Court, 8 October 2026" in text


def test_a_final_decision_known_only_to_the_year_2022_ends_at_the_earliest_four_months_after_1_february(
        case_file: CaseFile) -> None:
    from caseapp.domain.dates import PartialDate
    from caseapp.domain.enums import DatePrecision

    cid = _captive(case_file)
    # Decided "in 2022": on 1 January it would have six months (1 July 2022), on 1 February
    # only four (1 June 2022), the earliest end of all the year's days.
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  final_decision=PartialDate(date(2022, 1, 1), DatePrecision.YEAR))
    limit = made.record.time_limit
    assert (limit.trigger, limit.due_on, limit.rule_id) == (
        date(2022, 2, 1), date(2022, 6, 1), "echr.application")


def test_a_time_limit_marked_done_gives_way_to_the_one_still_open(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    # The application about the first criminal case was lodged (its deadline marked done):
    # the draft made now is about the second, whose time limit is the one still open.
    _cassation(case_file, cid, "2026-08-31")
    _cassation(case_file, cid, "2026-10-15")
    first = next(d for d in case_file.captive_file(cid).deadlines
                 if d.rule_id == "echr.application" and d.trigger_date == date(2026, 8, 31))
    case_file.deadlines.update(first.id, status="done")
    _made, limit = _limit(case_file, cid)
    assert (limit.trigger, limit.due_on) == (date(2026, 10, 15), date(2027, 2, 15))
