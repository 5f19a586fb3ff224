"""A change of status made in a travel copy that the merge does not apply (a conflict: the
captive was changed at home too) brings nothing of what came with it in the copy: not its
line in the status history, not the stay it ended, not the deadlines it closed. Before, the
merge kept the main file's status (still in custody) but ended the stay and closed the
detention order's deadlines "custody ended": a deadline the lawyer must meet gone quiet."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain import messages
from caseapp.domain.enums import CaptiveStatus, DeadlineStatus
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import MergeReport, merge_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

NAME = "Aram Petrosyan"


@dataclass
class Merged:
    cf: CaseFile
    captive: int
    open_before: set[str]
    history_before: list[CaptiveStatus]
    report: MergeReport


@pytest.fixture
def merged(tmp_path: Path) -> Iterator[Merged]:
    """The copy released the captive (ending his stay, closing his order's deadlines) while
    at home his file was changed too: the release is a conflict."""
    cf = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="home",
                        today=lambda: TODAY)
    try:
        c = cf.captives.create(names=[NAME], capture="2023-09-27", status="pre_trial",
                               sensitivity="public", consent_publicity=True).id
        cf.detention_places.create(captive_id=c, facility="Isolator", from_date="2023-09-28",
                                   sensitivity="public")
        cf.detention_orders.create(captive_id=c, start_date="2026-10-06", term_months=4,
                                   sensitivity="public")
        open_before = {d.uid for d in cf.deadlines.list(captive_id=c)
                       if d.status is DeadlineStatus.OPEN}
        assert open_before
        history_before = [h.new_status for h in cf.captives.status_history(c)]
        make_travel_copy(cf, tmp_path / "travel.db", level="shareable",
                         passphrase=TRAVEL_PASSPHRASE)
        travel = _open(tmp_path / "travel.db")
        try:
            (abroad,) = travel.captives.list()
            travel.custody.set_status(abroad.id, "released", effective_on="2026-11-01")
            assert all(d.status is not DeadlineStatus.OPEN
                       for d in travel.deadlines.list(captive_id=abroad.id)
                       if d.uid in open_before)  # the copy closed them
            cf.captives.update(c, summary="Seen at the trial")  # at home, meanwhile
            report = merge_travel_copy(cf, travel)
        finally:
            travel.close()
        yield Merged(cf, c, open_before, history_before, report)
    finally:
        cf.close()
        messages.set_language("en")


def test_a_status_change_in_conflict_leaves_the_stay_and_the_deadlines_as_at_home(
        merged: Merged) -> None:
    cf, c = merged.cf, merged.captive
    assert cf.captives.get(c).status is CaptiveStatus.PRE_TRIAL
    # nothing that came with the release abroad is applied
    assert {d.uid for d in cf.deadlines.list(captive_id=c)
            if d.status is DeadlineStatus.OPEN} == merged.open_before
    assert [h.new_status for h in cf.captives.status_history(c)] == merged.history_before
    (stay,) = cf.detention_places.list(captive_id=c)
    assert stay.to_date is None
    # ... and all of it is said, for the lawyer to enter by hand if the copy was right
    text = "\n".join(x.line() for x in merged.report.conflicts)
    assert "Released" in text
    assert "Isolator" in text
    assert "Detention order expires" in text
    assert merged.report.updated == {}


@pytest.mark.parametrize(("lang", "reason"), [
    ("en", "Closed: custody ended (the captive is released, repatriated or dead)."),
    ("ru", "Закрыт"), ("hy", "Փակված")])
def test_a_conflict_shows_a_reason_caseapp_wrote_in_the_users_words(
        merged: Merged, lang: str, reason: str) -> None:
    messages.set_language(lang)
    deadlines = [x.line() for x in merged.report.conflicts if x.table == "deadlines"]
    assert deadlines
    for line in deadlines:  # before: {"message":{"text":"Closed: custody ended …","values":{}}}
        assert '{"message"' not in line and '"values"' not in line, line
        assert reason in line, line
