"""The lawyer records the Chamber judgment in her travel copy, abroad: merged back, the main
file holds the judgment date and its referral time limit, the communication's reminders
closed; a shareable travel copy carries a shareable proceeding's judgment date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.config import Location
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open


def test_a_judgment_recorded_abroad_sets_off_the_referral_at_home(tmp_path: Path) -> None:
    home = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="home",
                          today=lambda: TODAY)
    try:
        c = home.captives.create(names=["Սարգսյան Լևոն"], status="convicted",
                                 sensitivity="shareable").id
        p = home.international_proceedings.create(
            captive_id=c, body="echr", kind="application", reference="555/24",
            lodged_on="2024-05-02", communicated_on="2026-06-01", status="communicated",
            sensitivity="shareable").id
        make_travel_copy(home, tmp_path / "travel.db", level="shareable",
                         passphrase=TRAVEL_PASSPHRASE)
        travel = _open(tmp_path / "travel.db")
        try:
            (abroad,) = travel.international_proceedings.list()
            travel.international_proceedings.update(abroad.id, judgment_on="2026-10-15",
                                                    status="decided")
            report = merge_travel_copy(home, travel)
        finally:
            travel.close()
        assert [x.line() for x in report.conflicts] == []
        assert home.international_proceedings.get(p).judgment_on == date(2026, 10, 15)
        found = {d.rule_id: d for d in home.deadlines.list(captive_id=c)}
        referral = found["echr.judgment.referral"]
        assert (referral.due_on, referral.status) == (date(2027, 1, 15), DeadlineStatus.OPEN)
        assert found["echr.communication.friendly_settlement"].status \
            is DeadlineStatus.DISMISSED
    finally:
        home.close()
