"""Days in custody after a release and a re-arrest: the periods held, not the calendar since
the capture (ECHR Art. 5 § 3 counts periods of detention; the statutory maximum compares
cumulative custody). The captive's file and its clock, the lists (CLI and window), Needs
attention, the dossier (its days in custody and its pre-trial detention), the status report
and the letters all say the same number.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.attention_reads import each_watched_captive
from caseapp.services.captives import NO_STATUS_DATE
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY

# Captured 1 January (59 days to the release of 1 March), re-arrested 1 October (57 days).
HELD_DAYS = 59 + 57


def _every_number(cf: CaseFile, cid: int) -> dict[str, int | None]:
    dossier = build_dossier(cf, cid, level="internal")
    pre_trial = dossier.extras.pre_trial if dossier.extras else None
    with cf.ctx.read() as s:
        watched = {w.id: w.days_in_custody for w in each_watched_captive(s.connection(), TODAY)}
    return {
        "file": cf.captives.get(cid).days_in_custody,
        "list": next(c.days_in_custody for c in cf.captives.list() if c.id == cid),
        "clock": cf.deadline_engine.clock(cid).days_in_custody,
        "window list": next(r.days_in_custody for r in cf.overview.captive_rows() if r.id == cid),
        "start list": next(r.days_in_custody for r in cf.captive_list()[0] if r.id == cid),
        "attention": watched.get(cid),
        "dossier": dossier.captive.days_in_custody,
        # the ECHR essentials' pre-trial detention (held, detained or released, never convicted)
        "dossier pre-trial": pre_trial.days if pre_trial else None,
        "report": next(r.days_in_custody for r in build_status_report(cf).rows if r.id == cid),
    }


def test_a_re_arrest_counts_the_periods_held(case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-01-01",
                                    status="held", status_since="2026-01-01").id
    case_file.captives.set_status(cid, "released", effective_on="2026-03-01")
    case_file.captives.set_status(cid, "pre_trial", effective_on="2026-10-01")
    numbers = _every_number(case_file, cid)
    assert set(numbers.values()) == {HELD_DAYS}, numbers
    # Released again on 11 November: 59 + 41, wherever it is shown.
    case_file.captives.set_status(cid, "released", effective_on="2026-11-11")
    assert case_file.captives.get(cid).status is CaptiveStatus.RELEASED
    numbers = _every_number(case_file, cid)
    numbers.pop("attention")  # no longer watched
    assert set(numbers.values()) == {59 + 41}, numbers


def test_a_release_undone_is_no_gap(case_file: CaseFile) -> None:
    """A release set by mistake and undone (the status written back with no day, as the
    captive had none): the days run from the capture as before."""
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-01-01",
                                    status="pre_trial").id
    assert case_file.captives.get(cid).days_in_custody == 330
    case_file.captives.set_status(cid, "released", effective_on="2026-03-01")
    case_file.captives.update(cid, status="pre_trial", status_since=NO_STATUS_DATE)
    assert case_file.captives.get(cid).status_since is None
    numbers = _every_number(case_file, cid)
    assert set(numbers.values()) == {330}, numbers


def test_an_unknown_capture_counts_the_periods_from_the_first_order(
        any_case_file: CaseFile) -> None:
    """No capture date: the days run from the first detention order (1 January), and the gap
    between the release and the re-arrest is left out, as with a capture date. The captive's
    file counted every day since the first order, the lists and outputs gave no figure. On a
    team server too (the list's own SQL and the first orders' query)."""
    cid = any_case_file.captives.create(names=["Vardanyan Armen"], status="held",
                                    status_since="2026-01-01").id
    any_case_file.detention_orders.create(captive_id=cid, start_date="2026-01-01", term_months=2)
    any_case_file.captives.set_status(cid, "released", effective_on="2026-03-01")
    any_case_file.captives.set_status(cid, "pre_trial", effective_on="2026-10-01")
    any_case_file.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=4)
    numbers = _every_number(any_case_file, cid)
    assert set(numbers.values()) == {HELD_DAYS}, numbers
    assert any_case_file.captives.get(cid).capture is None
    # Without any order there is nothing to count from, anywhere.
    other = any_case_file.captives.create(names=["Sahakyan Davit"], status="held").id
    assert set(_every_number(any_case_file, other).values()) == {None}
