"""The Deadlines view's rows (``ReminderService.rows``, read without the deadlines' whole
explanations): a deadline kept on a day set by hand carries the steps saying the rules now
give another day, and only those (the view shows and searches them), whether the rows are
read with their explanations or not; each row names its captive by the primary name, not
by another of the captive's names."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile

MOTION = "az.detention.extension_request"


def test_a_kept_deadlines_row_carries_its_rules_differ_steps_only(case_file: CaseFile) -> None:
    captive = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                        status="pre_trial")
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    by_hand = next(d for d in case_file.deadlines.list(captive_id=captive.id)
                   if d.rule_id == MOTION)
    case_file.deadlines.update(by_hand.id, due_on="2027-03-12")
    case_file.detention_orders.update(order.id, start_date="2026-11-05")  # the rule moves
    kept = case_file.deadlines.get(by_hand.id)
    differ = [str(s) for s in kept.explanation if str(s).startswith("Rules differ")]
    assert len(differ) == 1 and len(kept.explanation) > 1
    for explanations in (False, True):
        (row,) = [r for r in case_file.reminders.rows(include_closed=True,
                                                      explanations=explanations)
                  if r.id == by_hand.id]
        assert [str(s) for s in row.differs] == differ, explanations


def test_a_row_names_its_captive_by_the_primary_name(case_file: CaseFile) -> None:
    captive = case_file.captives.create(names=["Armen Vardanyan"], capture="2026-11-01",
                                        status="pre_trial")
    case_file.names.create(captive_id=captive.id, full_name="Armen Vardanian", kind="alias",
                           script="Latn")
    case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                      term_months=4)
    names = {r.captive_name for r in case_file.reminders.rows()}
    assert names == {"Armen Vardanyan"}
    names = {r.captive_name for r in case_file.reminders.rows(due_by=case_file.ctx.today()
                                                              .replace(year=2028))}
    assert names == {"Armen Vardanyan"}


def test_a_closed_step_kept_as_it_was_carries_its_rules_differ_step(case_file: CaseFile) -> None:
    """Released: the order's steps are closed and kept; its start corrected, the rule now
    gives other days, which each closed step's row says (the list's read does not look for
    the saying only among deadlines dated by hand)."""
    captive = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                        status="pre_trial")
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-11-25")
    case_file.detention_orders.update(order.id, start_date="2026-11-05")
    closed = {d.id: [str(s) for s in d.explanation if str(s).startswith("Rules differ")]
              for d in case_file.deadlines.list(captive_id=captive.id)
              if d.status.value != "open" and not d.overridden}
    assert closed and all(closed.values())
    rows = {r.id: [str(s) for s in r.differs]
            for r in case_file.reminders.rows(include_closed=True) if r.id in closed}
    assert rows == closed
