"""Dates, numbers and names as a reader of the interface's language reads them (issue 13,
point 4): under Armenian, Russian and English, the captive's header, a table of their file,
the Captives list, the dashboard and the captive picker.

Every expected text is written out by hand from what Qt's CLDR locale data gives for hy_AM,
ru_RU and CaseApp's English (the tests' "today" is 27 November 2026)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from caseapp.services.casefile import CaseFile
from caseapp.ui.language import apply_language
from caseapp.ui.session import CaseFileSession
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.captives import CaptivesView
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource
from tests.ui.driving import type_text

WAIT = 10000
NBSP = "\u00a0"  # Russian groups thousands with a no-break space
NNBSP = "\u202f"  # Russian puts a narrow no-break space before "г."

ARMENIAN, RUSSIAN, LATIN = "Արմեն Կարապետյան", "Армен Карапетян", "Armen Karapetyan"


@dataclass(frozen=True)
class Reading:
    """What a reader of one language sees."""

    first: str  # the name shown first
    second: str  # the spelling beside it
    expiry_long: str  # 1 December 2026 in a sentence of the header
    expiry_cell: str  # 1 December 2026 in a table cell
    earlier_cell: str  # 21 November 2026 in a table cell
    days: str  # 1426 with the locale's grouping
    limit: str  # 1500 likewise


READINGS = {
    # hy_AM: long form "yyyy թ. MMMM d" (genitive month), short "dd.MM.yy" widened to the
    # whole year; Armenian groups thousands only from five digits on (CLDR's minimum
    # grouping digits is 2: "1426", but "12 345").
    "hy": Reading(ARMENIAN, LATIN, "2026 թ. դեկտեմբերի 1", "01.12.2026", "21.11.2026",
                  "1426", "1500"),
    # ru_RU: "d MMMM yyyy г." (genitive month), "dd.MM.yyyy"; no-break space grouping.
    "ru": Reading(RUSSIAN, LATIN, f"1 декабря 2026{NNBSP}г.", "01.12.2026", "21.11.2026",
                  f"1{NBSP}426", f"1{NBSP}500"),
    # English: CaseApp's "d MMMM yyyy" and "d MMM yyyy" (never the US "12/1/26"), commas.
    "en": Reading(LATIN, ARMENIAN, "1 December 2026", "1 Dec 2026", "21 Nov 2026", "1,426", "1,500"),
}


@pytest.fixture
def session(qtbot, case_file: CaseFile):
    s = CaseFileSession(None, None)
    s.open(case_file)
    yield s
    assert s.ops.wait(WAIT) and s.runner.wait(WAIT), "background work still running"


@pytest.fixture
def captive(case_file: CaseFile) -> int:
    """A captive recorded in three scripts, the Armenian spelling primary, held since
    1 January 2023: 1,426 days to 27 November 2026 (365 + 366 + 365 to 1 January 2026, then
    330 more). Two detention orders, the later one expiring on 1 December 2026."""
    cid = case_file.captives.create(names=[ARMENIAN, RUSSIAN, LATIN], capture="2023-01-01",
                                    status="pre_trial").id
    case_file.settings.set("custody_max_days", 1500)
    case_file.detention_orders.create(captive_id=cid, start_date="2026-10-21",
                                      expires_on="2026-11-21")
    case_file.detention_orders.create(captive_id=cid, start_date="2026-11-21", kind="extension",
                                      expires_on="2026-12-01")
    return cid


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_dates_numbers_and_names_follow_the_interface_language(lang: str, qtbot, session, captive: int) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/ui/conftest)
    want = READINGS[lang]
    ui = session.ui

    # The captive's file: the header's sentences and the table of detention orders.
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(captive)
    qtbot.waitUntil(lambda: page.file is not None and len(page.file.detention_orders) == 2, timeout=WAIT)
    assert page.header.name.text() == want.first
    facts = page.header.facts.text()
    assert want.expiry_long in facts
    assert want.days in facts and want.limit in facts  # "1 426 of 1 500 days in custody"
    assert "2026-12-01" not in facts

    orders = page.sections["detention_orders"]
    expires = next(c for c in range(orders.model.columnCount())
                   if orders.model.columns[c].title == "Expires")
    orders.table.sortByColumn(expires, Qt.SortOrder.AscendingOrder)
    cells = [orders.proxy.index(r, expires).data() for r in range(orders.proxy.rowCount())]
    # By the date, 21 November before 1 December, although "01.12.2026" < "21.11.2026" as text.
    assert cells == [want.earlier_cell, want.expiry_cell]

    # The Captives list: the name in the interface's script first, the days held grouped,
    # A–Z in that script: Gagik before Edgar in Armenian (Գ before Է) and Russian (Г before
    # Э), after him in English (E before G).
    for names in (["Էդգար Զաքարյան", "Эдгар Закарян", "Edgar Zakaryan"],
                  ["Գագիկ Ստեփանյան", "Гагик Степанян", "Gagik Stepanyan"]):
        ui.case_file.captives.create(names=names, status="released")
    listing = CaptivesView(ui)
    qtbot.addWidget(listing)
    listing.show()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3, timeout=WAIT)
    shown = [listing.model.index(r, 0).data() for r in range(3)]
    assert shown == {"hy": [ARMENIAN, "Գագիկ Ստեփանյան", "Էդգար Զաքարյան"],
                     "ru": [RUSSIAN, "Гагик Степанян", "Эдгар Закарян"],
                     "en": [LATIN, "Edgar Zakaryan", "Gagik Stepanyan"]}[lang]
    row = [listing.model.index(0, c).data() for c in range(listing.model.columnCount())]
    assert row[:2] == [want.first, want.second]
    assert want.days in row

    # The dashboard: no confirmed contact yet, listed under the same name.
    board = DashboardView(ui)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.no_contact.count() == 1
                    and board.no_contact.item(0).text().startswith(want.first), timeout=WAIT)

    # The picker: found by a spelling in another script, listed in this one first.
    picker = CaptivePicker(CaptiveSource(ui))
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        type_text(picker.search, "Карапетян" if lang != "ru" else "Karapetyan")
    qtbot.waitUntil(lambda: picker.results.count() == 1, timeout=WAIT)
    assert picker.results.item(0).text() == f"{want.first} — {want.second}"
