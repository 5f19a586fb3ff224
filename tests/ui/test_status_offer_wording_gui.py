"""The status offer bar's sentence in Armenian and Russian: the status inside it in lower case,
as the glossary writes it (a capital only where it is a label: a list's cell, the header),
and, once later orders have extended custody, the order in force named with its expiry (the
order the header and the reminders name, :func:`caseapp.domain.clock.current_order`), not the
first one, which only dates the status. Today is 27 November 2026."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.services.casefile import CaseFile
from caseapp.ui.language import apply_language
from tests.ui.captive_pages import WAIT, open_page

SAID = {  # the sentence and the button's tooltip: the status set from the first order's day
    # (Russian dates keep «г.» by the year with a narrow no-break space, as CLDR writes them)
    "en": ("The detention order of 28 October 2026, in force until 2 March 2027, suggests the "
           "status Detained pre-trial.",
           "Set the status to Detained pre-trial from 2 March 2026 (can be undone)"),
    "ru": ("Постановление о заключении под стражу от 28 октября 2026\u202fг., действующее до "
           "2 марта 2027\u202fг., предполагает статус «в предварительном заключении».",
           "Установить статус «в предварительном заключении» с 2 марта 2026\u202fг. (можно отменить)"),
    "hy": ("2026 թ. հոկտեմբերի 28-ի կալանավորման մասին որոշումը, որը գործում է մինչև 2027 թ. "
           "մարտի 2-ը, ենթադրում է «նախնական կալանքի տակ» կարգավիճակ։",
           "Սահմանել «նախնական կալանքի տակ» կարգավիճակը՝ սկսած 2026 թ. մարտի 2-ից (կարելի է "
           "հետարկել)"),
}


def _held_under_extended_orders(cf: CaseFile) -> int:
    """Recorded as held since 1 March 2026; the order of 2 March (4 months) extended on
    2 July and again from 2 November (decided 28 October) until 2 March 2027."""
    cid = cf.captives.create(names=["Sargis Orinakyan"], sex="male", capture="2026-03-01",
                             status="held", status_since="2026-03-01").id
    for start, decided in (("2026-03-02", "2026-03-02"), ("2026-07-02", "2026-06-29"),
                           ("2026-11-02", "2026-10-28")):
        cf.detention_orders.create(captive_id=cid, start_date=start, decided_on=decided,
                                   term_months=4, ordering_court="Baku Military Court",
                                   kind="initial" if start == "2026-03-02" else "extension")
    return cid


@pytest.mark.parametrize("language", ["hy", "ru", "en"])
def test_the_offer_names_the_order_in_force_and_the_status_in_lower_case(
        qtbot, fresh_ui, language: str) -> None:
    """It read «2023 թ. հոկտեմբերի 2-ի … որոշումը ենթադրում է Նախնական կալանքի տակ
    կարգավիճակ» of an order extended six times since, the status capitalised mid-sentence
    (in Russian «Постановление … от 2 октября 2023 г. предполагает статус «В предварительном
    заключении»»)."""
    apply_language(QCoreApplication.instance(), language)  # put back after the test
    cid = _held_under_extended_orders(fresh_ui.case_file)
    page = open_page(qtbot, fresh_ui, cid)
    bar = page.status_offer
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    sentence, tip = SAID[language]
    assert bar.text.text() == sentence
    assert bar.change.toolTip() == tip
