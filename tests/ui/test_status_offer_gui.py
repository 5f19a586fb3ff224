"""The captive's status follows the record: a record that implies a new status offers it in
one click (never silently), from the record's day; the change is undoable and named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import open_case_file
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY

WAIT = 10000


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_copy: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, lambda location, **kw: open_case_file(location, today=lambda: TODAY,
                                                                   **kw),
                   demo_builder=lambda p: None, demo_path=demo_copy)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    assert w.open_path(demo_copy)
    yield w
    w.close()


def held_captive(cf) -> int:
    """Held since 1 October 2026, then charged: the order of 14 October (decided the 15th,
    counted from the arrest on the 14th) and charges of 15 October."""
    c = cf.captives.create(names=["Սարգիս Օրինակյան", "Sargis Orinakyan"], capture="2026-09-30",
                           status="held", status_since="2026-10-01")
    p = cf.prosecutions.create(captive_id=c.id, case_number="№ 1(101)-77/2026")
    cf.charges.create(prosecution_id=p.id, code="CC", article="279", part="1",
                      brought_on="2026-10-15")
    cf.detention_orders.create(captive_id=c.id, start_date="2026-10-14", decided_on="2026-10-15",
                               term_months=4, ordering_court="Baku Military Court")
    return c.id


def open_page(qtbot, window: MainWindow, captive_id: int):
    window.open_captive(captive_id)
    page = window.views["captive"]
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == captive_id,
                    timeout=WAIT)
    return page


def test_offered_status_is_set_in_one_click_and_undone_with_ctrl_z(qtbot, window) -> None:
    ui = window.ui
    cid = held_captive(ui.case_file)
    page = open_page(qtbot, window, cid)
    bar = page.status_offer
    assert page.header.badge.text() == "Held, no charges known"
    assert bar.isVisible()
    # The earliest record of pre-trial detention is the order, counted from 14 October.
    assert bar.text.text() == ("The detention order of 14 October 2026 suggests the status "
                               "Detained pre-trial.")
    assert ui.case_file.captives.get(cid).status is CaptiveStatus.HELD  # offered, not set

    qtbot.mouseClick(bar.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.header.badge.text() == "Detained pre-trial", timeout=WAIT)
    captive = ui.case_file.captives.get(cid)
    assert (captive.status, captive.status_since) == (CaptiveStatus.PRE_TRIAL, date(2026, 10, 14))
    assert not bar.isVisible()
    assert window.actions_by_id["undo"].text() == \
        "&Undo Change status to Detained pre-trial — Sargis Orinakyan"

    window.activateWindow()
    page.tabs.setFocus()
    qtbot.waitUntil(lambda: page.tabs.hasFocus(), timeout=WAIT)
    qtbot.keyClick(page.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.header.badge.text() == "Held, no charges known", timeout=WAIT)
    captive = ui.case_file.captives.get(cid)
    assert (captive.status, captive.status_since) == (CaptiveStatus.HELD, date(2026, 10, 1))
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)  # the records still say so: offered again


def test_a_verdict_offers_convicted_and_not_now_keeps_the_status(qtbot, window) -> None:
    ui = window.ui
    cf = ui.case_file
    cid = held_captive(cf)
    cf.captives.set_status(cid, "pre_trial", effective_on="2026-10-14")
    page = open_page(qtbot, window, cid)
    bar = page.status_offer
    assert not bar.isVisible()  # pre-trial is what the charges and the order say
    # A verdict set for next week says nothing yet; one held on 20 November does.
    cf.hearings.create(captive_ids=[cid], starts_at="2026-12-04 10:00", timezone="Asia/Baku",
                       court="Baku Military Court", kind="trial_session")
    # A joint verdict: her co-defendant, on trial since 1 October, is offered it too.
    other = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="on_trial",
                               status_since="2026-10-01").id
    cf.hearings.create(captive_ids=[cid, other], starts_at="2026-11-20 11:00",
                       timezone="Asia/Baku", court="Baku Military Court", kind="verdict")
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert bar.text.text() == "The verdict of 20 November 2026 suggests the status Convicted."

    qtbot.mouseClick(bar.later, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    # Another change reloads the page: the declined offer is not made again.
    cf.welfare_contacts.create(captive_id=cid, contact_on="2026-11-26", kind="icrc_visit",
                               confirmed=True)
    qtbot.waitUntil(lambda: "Last confirmed contact yesterday" in page.header.facts.text(),
                    timeout=WAIT)
    assert not bar.isVisible()
    assert cf.captives.get(cid).status is CaptiveStatus.PRE_TRIAL
    # Declined for her, not for him.
    open_page(qtbot, window, other)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert bar.text.text() == "The verdict of 20 November 2026 suggests the status Convicted."
