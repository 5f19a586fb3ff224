"""A verdict, appeal or cassation hearing the lawyer records as held has decided, whether or
not she has typed its outcome yet: the appeal's 20 days (AZ CCrP Art. 384) run from the
announcement, not from the day the outcome is entered. Recorded held with no outcome, it
opened no deadline at all, and the term could run out unseen. A past hearing not recorded
(still "scheduled") with no outcome still sets off nothing: it may have been adjourned."""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.filing_echr import domestic_decisions
from caseapp.services.filing_time_limit import final_decisions


def _open(cf: CaseFile, captive: int) -> dict[str | None, date]:
    return {d.rule_id: d.due_on for d in cf.deadlines.list(captive_id=captive)
            if d.status is DeadlineStatus.OPEN}


def _captive(cf: CaseFile) -> int:
    return cf.captives.create(names=["Vardanyan Armen"], capture="2024-08-22",
                              status="on_trial").id


def test_a_verdict_recorded_held_opens_the_appeal_term_without_its_outcome(
        case_file: CaseFile) -> None:
    cf = case_file
    captive = _captive(cf)
    hearing = cf.hearings.create(captive_ids=[captive], starts_at="2026-11-20T11:00",
                                 timezone="Asia/Baku", kind="verdict",
                                 court="Baku Military Court").id
    assert _open(cf, captive) == {}  # not recorded: it may have been adjourned
    cf.hearings.update(hearing, state="held")
    assert _open(cf, captive) == {"az.verdict.appeal": date(2026, 12, 10)}
    cf.hearings.update(hearing, outcome="Sentenced to 15 years")  # typed later: the same term
    assert _open(cf, captive) == {"az.verdict.appeal": date(2026, 12, 10)}
    cf.hearings.update(hearing, state="adjourned", next_date="2026-12-04")
    assert _open(cf, captive) == {}
    cf.hearings.update(hearing, state="held")
    assert _open(cf, captive) == {"az.verdict.appeal": date(2026, 12, 10)}


def test_a_cassation_recorded_held_is_a_final_decision_for_the_echr_time_limit(
        case_file: CaseFile) -> None:
    cf = case_file
    captive = _captive(cf)
    cf.hearings.create(captive_ids=[captive], starts_at="2026-10-15T11:00",
                       timezone="Asia/Baku", kind="cassation", court="Supreme Court",
                       state="held")
    assert _open(cf, captive)["echr.application"] == date(2027, 2, 15)
    [h] = cf.hearings.list(captive_id=captive)
    assert final_decisions([h], date(2026, 11, 27)) == {h.uid: date(2026, 10, 15)}
    # section G of the application draft lists the decision the time limit counts from
    decisions = domestic_decisions(build_dossier(cf, captive, level="internal"))
    assert [(x.on, x.court) for x in decisions] == [(date(2026, 10, 15), "Supreme Court")]
