"""The captive's header, the custody timeline and the deadlines name one expiry: the one
stored on the current detention order (tests/services/test_order_expiry.py has the rules).

The app counts an order's expiry as its start plus its term, the same day number N months
later (clamped to a shorter month's end), never rolled; the order's stated date wins
(resources/rules/azerbaijan.toml, az.detention.expiry). Today is 2026-11-27.
"""

from __future__ import annotations

import html
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from caseapp.domain.enums import DeadlineStatus, DetentionOrderKind, ExpirySource
from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000
EXPIRY = "az.detention.expiry"


@pytest.fixture
def captive_id(fresh_ui) -> int:
    return fresh_ui.case_file.captives.create(names=["Sahakyan Davit"], capture="2026-11-01",
                                              status="pre_trial").id


@pytest.fixture
def page(qtbot, fresh_ui, captive_id: int) -> CaptiveFileView:
    view = CaptiveFileView(fresh_ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.show_captive(captive_id)
    qtbot.waitUntil(lambda: view.file is not None, timeout=WAIT)
    return view


def save(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()


def open_expiries(qtbot, ui, captive_id: int) -> list[date]:
    """The open expiry deadlines the Deadlines view lists for the captive."""
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    view.set_captive_filter(captive_id, "Sahakyan Davit")
    rows = [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(view.proxy.rowCount())]
    return sorted(r.deadline.due_on for r in rows
                  if r.deadline.rule_id == EXPIRY and r.deadline.status is DeadlineStatus.OPEN)


def test_after_an_extension_header_timeline_and_deadlines_name_the_same_expiry(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView) -> None:
    fresh_ui.case_file.detention_orders.create(captive_id=captive_id, start_date="2026-11-21",
                                               term_months=4)
    # 21 November 2026 + 4 months = 21 March 2027: 114 days from 27 November. The header
    # writes the day in CaseApp's English long form, the timeline's caption shorter.
    qtbot.waitUntil(lambda: "21 March 2027" in page.header.facts.text(), timeout=WAIT)
    assert "Expires 21 Mar 2027" in page.timeline.expiry_caption()

    # The extension through the order dialog: it offers the last order's term from its
    # expiry, and previews the expiry the service will store.
    dialog = dlg.make_add_dialog(fresh_ui, DETENTION_ORDER, captive_id=captive_id,
                                 file=page.file, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.widgets["kind"].value() == DetentionOrderKind.EXTENSION
    assert dialog.widgets["start_date"].value() == "2027-03-21"
    assert dialog.widgets["expires_on"].edit.placeholderText().endswith("21 Jul 2027")
    save(qtbot, dialog)

    # 21 March + 4 months = 21 July 2027; from 27 November 2026 that is 236 days
    # (3 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 21).
    qtbot.waitUntil(lambda: "21 July 2027" in page.header.facts.text(), timeout=WAIT)
    facts = page.header.facts.text()
    assert "The detention order expires in 236 days, on 21 July 2027" in facts
    assert "21 March 2027" not in facts
    assert page.timeline.expiry_caption() == "Expires 21 Jul 2027 (in 236 days)"
    assert open_expiries(qtbot, fresh_ui, captive_id) == [date(2027, 7, 21)]


def test_the_order_dialog_keeps_a_stated_expiry_and_clearing_it_computes_it(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView) -> None:
    orders = fresh_ui.case_file.detention_orders
    # The order says 20 March although 21 November + 4 months is 21 March.
    order = orders.create(captive_id=captive_id, start_date="2026-11-21", term_months=4,
                          expires_on="2027-03-20")
    qtbot.waitUntil(lambda: "20 March 2027" in page.header.facts.text(), timeout=WAIT)
    assert "Expires 20 Mar 2027" in page.timeline.expiry_caption()

    dialog = dlg.make_edit_dialog(fresh_ui, DETENTION_ORDER, orders.get(order.id),
                                  file=page.file, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.widgets["expires_on"].value() == "2027-03-20"  # shown: it is the order's
    dialog.widgets["term_months"].setValue(5)
    save(qtbot, dialog)
    kept = orders.get(order.id)
    assert (kept.term_months, kept.expires_on, kept.expiry_source) == (
        5, date(2027, 3, 20), ExpirySource.STATED)

    dialog = dlg.make_edit_dialog(fresh_ui, DETENTION_ORDER, kept, file=page.file,
                                  parent=page)
    qtbot.addWidget(dialog)
    dialog.widgets["expires_on"].set_value(None)
    # 21 November 2026 + 5 months = 21 April 2027.
    assert dialog.widgets["expires_on"].edit.placeholderText().endswith("21 Apr 2027")
    save(qtbot, dialog)
    computed = orders.get(order.id)
    assert (computed.expires_on, computed.expiry_source) == (date(2027, 4, 21),
                                                             ExpirySource.COMPUTED)
    qtbot.waitUntil(lambda: "21 April 2027" in page.header.facts.text(), timeout=WAIT)
    assert "Expires 21 Apr 2027" in page.timeline.expiry_caption()
    assert open_expiries(qtbot, fresh_ui, captive_id) == [date(2027, 4, 21)]



def test_the_order_dialog_previews_a_term_past_the_calendar_as_the_service_refuses_it(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView) -> None:
    """A start mistyped as the year 9999: the expiry's preview says what to check (it raised
    a ValueError in the slot before), and saving is refused with the same words."""
    dialog = dlg.make_add_dialog(fresh_ui, DETENTION_ORDER, captive_id=captive_id,
                                 file=page.file, parent=page)
    qtbot.addWidget(dialog)
    dialog.widgets["term_months"].setValue(1)
    dialog.widgets["start_date"].set_value("9999-12-15")
    preview = dialog.widgets["expires_on"].edit.placeholderText()
    assert "outside the calendar" in preview
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert fresh_ui.case_file.detention_orders.list(captive_id=captive_id) == []


def test_a_convicted_captives_file_says_the_pre_trial_expiry_stays_in_deadlines(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView) -> None:
    """Convicted: the header dropped the order's expiry while the Deadlines view kept it
    open (the rule on detention after a verdict is not verified): the header now says so."""
    cf = fresh_ui.case_file
    cf.detention_orders.create(captive_id=captive_id, start_date="2026-11-21", term_months=4)
    cf.captives.set_status(captive_id, "convicted", effective_on="2026-11-25")
    qtbot.waitUntil(lambda: "Convicted:" in page.header.facts.text(), timeout=WAIT)
    facts = html.unescape(page.header.facts.text())
    assert ("Convicted: the pre-trial detention order's expiry (21 March 2027) stays open in "
            "Deadlines; check what the verdict decided on detention") in facts
    assert "expires in" not in facts
    assert open_expiries(qtbot, fresh_ui, captive_id) == [date(2027, 3, 21)]
    # An order the verdict decided on (from its day) is no pre-trial order: said as any.
    cf.detention_orders.create(captive_id=captive_id, start_date="2026-11-25", term_months=3)
    qtbot.waitUntil(lambda: "Convicted:" not in page.header.facts.text(), timeout=WAIT)
    assert "The detention order expires in 90 days, on 25 February 2027" in \
        html.unescape(page.header.facts.text())


def open_steps(cf: CaseFile, captive_id: int) -> list[tuple[str, str, date]]:
    return sorted((d.trigger_uid, d.rule_id, d.due_on)
                  for d in cf.deadlines.list(captive_id=captive_id)
                  if d.status is DeadlineStatus.OPEN)


def test_undo_of_a_re_arrest_recorded_status_first_restores_each_steps_deadlines(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView, message_boxes) -> None:
    """Released, then the status put back and the new order (another criminal case) added
    in the window: one expiry open; each undo puts the deadlines back as they were."""
    cf = fresh_ui.case_file
    cf.captives.update(captive_id, capture="2026-08-01")
    first = cf.prosecutions.create(captive_id=captive_id, case_number="1")
    second = cf.prosecutions.create(captive_id=captive_id, case_number="2")
    cf.detention_orders.create(captive_id=captive_id, start_date="2026-08-01", term_months=4,
                               prosecution_id=first.id)
    cf.captives.set_status(captive_id, "released", effective_on="2026-09-15")
    released = open_steps(cf, captive_id)
    status = dlg.make_status_dialog(fresh_ui, cf.captives.get(captive_id), parent=page)
    qtbot.addWidget(status)
    status.widgets["status"].set_value("pre_trial")
    status.widgets["effective_on"].edit.setText("2026-11-20")
    save(qtbot, status)
    back = open_steps(cf, captive_id)
    order = dlg.make_add_dialog(fresh_ui, DETENTION_ORDER, captive_id=captive_id,
                                file=page.file, parent=page)
    qtbot.addWidget(order)
    order.widgets["kind"].set_value(DetentionOrderKind.INITIAL)
    order.widgets["start_date"].edit.setText("2026-11-20")
    order.widgets["term_months"].setValue(2)
    order.widgets["prosecution_id"].set_value(second.id)
    save(qtbot, order)
    assert open_expiries(qtbot, fresh_ui, captive_id) == [date(2027, 1, 20)]
    assert fresh_ui.ops.undo()  # the new order (the fixture's box answers Yes)
    assert open_steps(cf, captive_id) == back
    assert fresh_ui.ops.undo()  # the status put back
    assert open_steps(cf, captive_id) == released


def test_on_its_expiry_day_the_timeline_draws_the_order_in_force_as_the_header_says(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView) -> None:
    """1 November 2026 + 26 days = 27 November 2026, today: the header and the caption say the
    order expires today (it still holds the captive), and the timeline outlines it as in
    force; it drew it as over. An extension from that day takes over: only it is outlined.
    One that expired yesterday is not in force."""
    cf = fresh_ui.case_file
    first = cf.detention_orders.create(captive_id=captive_id, start_date="2026-11-01",
                                       term_days=26)
    qtbot.waitUntil(lambda: page.timeline.expiry_caption() == "Expires today", timeout=WAIT)
    assert "expires today" in page.header.facts.text()
    assert page.timeline.in_force() == {first.id}
    extension = cf.detention_orders.create(captive_id=captive_id, start_date="2026-11-27",
                                           term_months=2, kind="extension")
    qtbot.waitUntil(lambda: "Expires 27 Jan 2027" in page.timeline.expiry_caption(),
                    timeout=WAIT)
    assert page.timeline.in_force() == {extension.id}


def test_an_order_that_expired_yesterday_is_not_drawn_in_force(
        qtbot, fresh_ui, captive_id: int, page: CaptiveFileView) -> None:
    # 1 November + 25 days = 26 November 2026, yesterday.
    fresh_ui.case_file.detention_orders.create(captive_id=captive_id, start_date="2026-11-01",
                                               term_days=25)
    qtbot.waitUntil(lambda: page.timeline.expiry_caption() == "Expired 26 Nov 2026",
                    timeout=WAIT)
    assert page.timeline.in_force() == set()
