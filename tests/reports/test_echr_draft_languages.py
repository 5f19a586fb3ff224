"""The ECHR application draft is written by one module in English and in French: both
languages' section E states the same events, paragraph for paragraph, with the same days (a
paragraph of one never lacks or adds a day the other's says), for every captive of the demo
and for hearings adjourned, cancelled and still to come."""

from __future__ import annotations

import re
from datetime import date

from caseapp.reports.filing_echr import admissibility, facts, violations
from caseapp.services.casefile import CaseFile
from caseapp.services.filing_echr import echr_application

MONTHS_EN = ("January February March April May June July August September October November "
             "December").split()
MONTHS_FR = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
             "décembre").split()
DAY_EN = re.compile(rf"(\d{{1,2}}) ({'|'.join(MONTHS_EN)}) (\d{{4}})")
DAY_FR = re.compile(rf"(\d{{1,2}})(?:er)?\s({'|'.join(MONTHS_FR)}) (\d{{4}})")


def _days(text: str) -> list[date]:
    """Every day a paragraph names, in French words or in English ones (what the case file
    records is printed as recorded, in English in the demo, in both drafts)."""
    return sorted(date(int(y), months.index(m) + 1, int(d))
                  for pattern, months in ((DAY_EN, MONTHS_EN), (DAY_FR, MONTHS_FR))
                  for d, m, y in pattern.findall(text))


def _same_days(english: list[str], french: list[str]) -> None:
    assert len(english) == len(french), (english, french)
    for en, fr in zip(english, french, strict=True):
        assert _days(en) == _days(fr), (en, fr)


def test_both_languages_state_the_same_events_for_every_captive_of_the_demo(
        demo_file: CaseFile) -> None:
    # one captive's hearings adjourned, cancelled and to come, besides the demo's own
    cid = demo_file.captives.list()[0].id
    for starts, state in (("2026-10-05 10:00", "adjourned"), ("2026-10-19 10:00", "cancelled"),
                          ("2027-01-14 10:00", "scheduled")):
        demo_file.hearings.create(captive_ids=[cid], starts_at=starts, timezone="Asia/Baku",
                                  court="Baku Court of Appeal", kind="appeal", state=state,
                                  **({"next_date": "2026-11-02"} if state == "adjourned" else {}))
    stated = 0
    for captive in demo_file.captives.list():
        en = echr_application(demo_file, captive.id, level="internal", lang="en")[0]
        fr = echr_application(demo_file, captive.id, level="internal", lang="fr")[0]
        english, french = facts(en, "en"), facts(fr, "fr")
        _same_days(english, french)
        _same_days(violations(en, "en"), violations(fr, "fr"))
        _same_days(admissibility(en, "en"), admissibility(fr, "fr"))
        stated += len(english)
    assert stated > 100  # the demo's chronologies are stated, not skipped
    english = " ".join(facts(echr_application(demo_file, cid, level="internal")[0]))
    french = " ".join(facts(echr_application(demo_file, cid, level="internal", lang="fr")[0],
                            "fr"))
    assert "set for 5 October 2026 was adjourned to 2 November 2026" in english
    assert "prévue le 5 octobre 2026 a été renvoyée au 2 novembre 2026" in french
    assert "set for 19 October 2026 was cancelled" in english
    assert "prévue le 19 octobre 2026 a été annulée" in french
    assert "is scheduled for 14 January 2027 before Baku Court of Appeal" in english
    assert "est prévue le 14 janvier 2027 devant Baku Court of Appeal" in french
