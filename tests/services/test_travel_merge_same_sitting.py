"""A sitting entered at home and on the road (the lawyer in the courtroom in Baku, her office
from the court's website): the merge added the copy's as a second hearing, so the agenda
listed the sitting twice and a verdict opened two appeal deadlines for the same captive — the
duplicate that the hearing form refuses (“already has this sitting recorded”). The merge now
keeps the sitting once: the co-defendants the copy added to it join the case file's hearing,
what hangs on the copy's hearing (a document) follows it, and what the copy typed differently
is listed, as a change made on both sides is."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

COURT = "Baku Military Court"


def test_a_sitting_entered_at_home_and_in_the_copy_is_kept_once(tmp_path: Path) -> None:
    cf = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="home",
                        today=lambda: TODAY)
    try:
        aram = cf.captives.create(names=["Aram Petrosyan"], capture="2023-09-27",
                                  status="on_trial", sensitivity="public",
                                  consent_publicity=True).id
        cf.captives.create(names=["Vardan Hakobyan"], capture="2023-09-27", status="on_trial",
                           sensitivity="public", consent_publicity=True)
        case = cf.prosecutions.create(captive_id=aram, case_number="AZ-1/2024", court=COURT,
                                      sensitivity="public").id
        make_travel_copy(cf, tmp_path / "travel.db", level="public", passphrase=TRAVEL_PASSPHRASE)
        travel = _open(tmp_path / "travel.db")
        try:
            on_road = {c.primary_name: c.id for c in travel.captives.list()}
            (road_case,) = travel.prosecutions.list()
            # at home: the verdict of 20 November, for Aram, from the court's website
            cf.hearings.create(captive_ids=[aram], prosecution_id=case, court=COURT,
                               starts_at="2026-11-20 10:00", timezone="Asia/Baku", kind="verdict",
                               state="held", outcome="Convicted, 15 years", sensitivity="public")
            # in the courtroom: the same sitting, with his co-defendant, and its minutes
            sitting = travel.hearings.create(
                captive_ids=list(on_road.values()), prosecution_id=road_case.id, court=COURT,
                starts_at="2026-11-20 10:00", timezone="Asia/Baku", kind="verdict",
                state="held", outcome="Convicted: 15 years each", sensitivity="public").id
            travel.documents.create(captive_id=on_road["Aram Petrosyan"], hearing_id=sitting,
                                    title="Minutes of the verdict", filename="minutes.txt",
                                    content=b"minutes", sensitivity="public")
            report = merge_travel_copy(cf, travel)
        finally:
            travel.close()
        (hearing,) = cf.hearings.list()
        assert hearing.outcome == "Convicted, 15 years"  # the case file's version kept
        names = {c.id: c.primary_name for c in cf.captives.list()}
        assert sorted(names[c] for c in hearing.captive_ids) == ["Aram Petrosyan",
                                                                 "Vardan Hakobyan"]
        (minutes,) = cf.documents.list()
        assert minutes.hearing_id == hearing.id  # followed the sitting, not lost
        appeals = Counter(names[d.captive_id] for d in cf.deadlines.list()
                          if d.rule_id == "az.verdict.appeal" and d.status.value == "open")
        assert appeals == {"Aram Petrosyan": 1, "Vardan Hakobyan": 1}
        (line,) = [c.line() for c in report.conflicts]
        assert line.startswith("Hearing “Verdict, 20\u00a0Nov\u00a02026 — ")
        assert "recorded in the case file too" in line
        assert line.endswith("In the travel copy: Outcome: Convicted: 15 years each")
    finally:
        cf.close()
