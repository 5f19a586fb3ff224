"""The history of changes names a detention order by its start; two orders of one captive
starting the same day are told apart there as the dossier tells them apart (decision day,
else court, else expiry), so that a lawyer reading "changed: the order from 1 Nov 2026"
knows which of the two papers was changed."""

from __future__ import annotations

from caseapp.domain.enums import AuditAction
from caseapp.services.casefile import CaseFile


def _summaries(cf: CaseFile, uid: str) -> list[str]:
    return [e.summary for e in cf.audit.for_record(uid) if e.action is AuditAction.UPDATE]


def test_orders_of_one_day_are_told_apart_in_the_history(case_file: CaseFile) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Петросян Ованес"], status="pre_trial").id
    first = cf.detention_orders.create(captive_id=cid, start_date="2026-11-01", term_months=3,
                                       ordering_court="Sabail District Court")
    second = cf.detention_orders.create(captive_id=cid, start_date="2026-11-01", term_months=1,
                                        ordering_court="Baku Court of Appeal")
    alone = cf.detention_orders.create(captive_id=cid, start_date="2027-02-01", term_months=1)
    for order in (first, second, alone):
        cf.detention_orders.update(order.id, appeal_outcome="dismissed")
    assert "Sabail District Court" in _summaries(cf, first.uid)[0]
    assert "Baku Court of Appeal" in _summaries(cf, second.uid)[0]
    assert _summaries(cf, first.uid) != _summaries(cf, second.uid)
    same_court = cf.detention_orders.create(captive_id=cid, start_date="2027-02-01",
                                            term_months=2)
    cf.detention_orders.update(same_court.id, appeal_outcome="dismissed")
    # the order of 1 February alone that day, then with another of the same court: by expiry
    assert " ".join(_summaries(cf, alone.uid)[0].split()) == "detention order from 1 Feb 2027"
    assert " ".join(_summaries(cf, same_court.uid)[0].replace("\xa0", " ").split()) == \
        "detention order from 1 Feb 2027 to 1 Apr 2027"
