"""An extension of detention entered at home and on the road (the lawyer in Baku from the
court's decision, her office from the family's call) was added twice by the merge: the
custody tab listed the order twice and its expiry deadline and the three extension steps were
each reminded twice — the duplicate the order form refuses (“already has this detention
order recorded”). The merge now keeps the order once, and lists what the copy typed
differently, as a change made on both sides is."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open


def test_an_extension_entered_at_home_and_in_the_copy_is_kept_once(tmp_path: Path) -> None:
    cf = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="home",
                        today=lambda: TODAY)
    try:
        aram = cf.captives.create(names=["Aram Petrosyan"], capture="2025-12-01",
                                  status="pre_trial", sensitivity="public",
                                  consent_publicity=True).id
        cf.detention_orders.create(captive_id=aram, start_date="2025-12-02", term_months=4,
                                   kind="initial", sensitivity="public")
        cf.detention_orders.create(captive_id=aram, start_date="2026-04-02", term_months=4,
                                   kind="extension", sensitivity="public")
        make_travel_copy(cf, tmp_path / "travel.db", level="public", passphrase=TRAVEL_PASSPHRASE)
        travel = _open(tmp_path / "travel.db")
        try:
            (road_aram,) = travel.captives.list()
            # at home, from the family's call: extended four more months
            cf.detention_orders.create(captive_id=aram, start_date="2026-08-02", term_months=4,
                                       kind="extension", sensitivity="public")
            # in Baku, from the decision itself: the same extension, with its court
            travel.detention_orders.create(
                captive_id=road_aram.id, start_date="2026-08-02", term_months=4,
                kind="extension", ordering_court="Baku Military Court",
                decided_on="2026-07-29", sensitivity="public")
            report = merge_travel_copy(cf, travel)
        finally:
            travel.close()
        orders = cf.detention_orders.list(captive_id=aram)
        assert [str(o.start_date) for o in orders] == ["2025-12-02", "2026-04-02", "2026-08-02"]
        assert orders[-1].ordering_court == ""  # the case file's version kept
        open_steps = Counter((d.rule_id, str(d.due_on)) for d in cf.deadlines.list(captive_id=aram)
                             if d.status.value == "open")
        assert open_steps[("az.detention.expiry", "2026-12-02")] == 1
        assert all(n == 1 for n in open_steps.values()), open_steps
        (line,) = [c.line() for c in report.conflicts]
        assert line.startswith("Detention order “Extension, 29\u00a0Jul\u00a02026 — Aram Petrosyan”: "
                               "the same detention order (its start and expiry, for the same "
                               "captive) is recorded in the case file too"), line
        assert "Baku Military Court" in line
    finally:
        cf.close()
