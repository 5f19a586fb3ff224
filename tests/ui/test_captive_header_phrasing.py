"""The sentences of a captive's header and the shared formatters: whole sentences, "today"
and "yesterday" rather than "0 days ago", an undisclosed place said as such."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.ui.views.captive_facts import place_withheld
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.formatters import days_ago, days_from_now, fill, long_date

WAIT = 10000


@pytest.mark.parametrize(("place", "withheld"), [
    ("Place of detention not disclosed", True),
    ("Unknown", True),
    ("Место содержания не раскрывается", True),
    ("Местонахождение неизвестно", True),
    ("Կալանավայրը անհայտ է", True),
    ("Baku Pre-trial Detention Centre No. 1", False),
    ("Следственный изолятор № 1, Баку", False),
    ("Known Street prison", False),
    ("Secret Service isolator", False),
])
def test_a_withheld_place_is_told_from_a_named_one(place: str, withheld: bool) -> None:
    assert place_withheld(place) is withheld


def test_relative_days_and_placeholders(qapp) -> None:
    assert [days_ago(n) for n in (0, 1, 2, 31)] == ["today", "yesterday", "2 days ago",
                                                    "31 days ago"]
    assert [days_from_now(n) for n in (0, 1, 5, -1, -3)] == ["today", "tomorrow", "in 5 days",
                                                            "yesterday", "3 days ago"]
    assert long_date(date(2025, 6, 3)) == "3 June 2025"
    # One pass: a court called "%2 court" is not replaced in turn.
    assert fill("Hearing of %1, %2", "3 June 2025", "%2 court") == "Hearing of 3 June 2025, %2 court"


def _shown(qtbot, ui, cid: int) -> CaptiveFileView:
    """The captive's file shown in a window of a laptop's size, once it has read the file."""
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    return page


@pytest.mark.parametrize(("facility", "expected", "absent"), [
    ("Место содержания не раскрывается", "Place of detention not disclosed", "Held at"),
    ("Kurdakhany pre-trial centre", "Held at Kurdakhany pre-trial centre", "not disclosed"),
])
def test_header_says_today_and_where(qtbot, ui, facility: str, expected: str,
                                     absent: str) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Ашот Примеров"], capture="2026-11-01", status="held").id
    cf.detention_places.create(captive_id=cid, facility=facility, from_date="2026-11-01")
    # TODAY is 27 November 2026: an ICRC visit that day.
    cf.welfare_contacts.create(captive_id=cid, contact_on="2026-11-27", kind="icrc_visit",
                               confirmed=True)
    page = _shown(qtbot, ui, cid)
    facts = page.header.facts.text()
    assert expected in facts and absent not in facts
    assert "Last confirmed contact today" in facts and "0 days" not in facts
    # 1 to 27 November: 26 days in custody.
    assert "26 days in custody" in facts
    # The day in CaseApp's English long form (the tests run in English).
    assert "Last confirmed contact today (ICRC visit, 27 November 2026)" in page.silence.text()


def test_a_released_captive_is_not_said_to_be_held_where_the_stay_was_left_open(
        qtbot, ui) -> None:
    """The status set to released (the stay of detention not closed by hand): the header
    says where the captive was last held, not "Held at", and the days stop at the release."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Ашот Примеров"], capture="2026-11-01", status="held").id
    cf.detention_places.create(captive_id=cid, facility="Kurdakhany pre-trial centre",
                               from_date="2026-11-01")
    cf.captives.set_status(cid, "released", effective_on="2026-11-21")
    page = _shown(qtbot, ui, cid)
    facts = page.header.facts.text()
    assert "Last held at Kurdakhany pre-trial centre" in facts
    assert "Held at" not in facts
    assert "20 days in custody" in facts  # 1 to 21 November, not to today (27 November)


def test_a_prisoner_of_war_file_says_what_the_three_months_count_from(qtbot, ui) -> None:
    """GC III Art. 103's three months: counted from the start of the first detention order,
    across a release and a re-arrest (no verified source says a new confinement restarts
    them, and a rule without one never moves a date later). The file says so, and the date
    does not move to the re-arrest."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-08-01", status="held",
                             status_since="2026-08-01", category="serviceman").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-08-05", term_months=2)
    cf.captives.set_status(cid, "released", effective_on="2026-09-01")
    cf.captives.set_status(cid, "pre_trial", effective_on="2026-10-20")
    cf.detention_orders.create(captive_id=cid, start_date="2026-10-20", term_months=4)
    page = _shown(qtbot, ui, cid)
    facts = " ".join(page.header.facts.text().split())
    assert ("the three months of confinement awaiting trial that GC III Art. 103 allows "
            "ended on 5 November 2026, counted from 5 August 2026, the start of the first "
            "detention order (a release and a re-arrest do not restart the count)") in facts, facts


def test_concurrent_orders_each_expiry_is_in_the_header(qtbot, ui) -> None:
    """Held under orders of two criminal cases: the header said only when the one expiring
    last expires (12 December); the first case's order expires on 8 December. Each is said,
    naming its case, the soonest first."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-09-01",
                             status="pre_trial").id
    for number, start in (("1-11/2026", "2026-09-08"), ("1-22/2026", "2026-10-12")):
        case = cf.prosecutions.create(captive_id=cid, case_number=number)
        cf.detention_orders.create(captive_id=cid, prosecution_id=case.id, start_date=start,
                                   term_months=3 if number == "1-11/2026" else 2)
    page = _shown(qtbot, ui, cid)
    facts = " ".join(page.header.facts.text().split())
    first = "The detention order in criminal case 1-11/2026 expires in 11 days, on 8 December 2026"
    second = "The detention order in criminal case 1-22/2026 expires in 15 days, on 12 December 2026"
    assert first in facts and second in facts, facts
    assert facts.index(first) < facts.index(second)
