"""The captive's page with two detention orders of one criminal case starting the same day:
the header and the timeline give the expiry of the later decision, whichever order was
entered first; and when the decision days do not say which replaced the other, the header
says the earlier expiry was taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER
from caseapp.ui.theme import alert_text
from caseapp.ui.views.captive_file import CaptiveFileView

WAIT = 10000
START = "2026-11-01"
FIRST = {"decided_on": "2026-10-30", "term_months": 3}  # to 1 February 2027
LATER = {"decided_on": "2026-11-05", "term_months": 1}  # to 1 December 2026


def _page(qtbot, ui, papers: list[dict]) -> CaptiveFileView:
    cf = ui.case_file
    cid = cf.captives.create(names=["Ованес Петросян"], capture="2026-10-29",
                             status="pre_trial").id
    case = cf.prosecutions.create(captive_id=cid, case_number="№ 1/2026-77").id
    for paper in papers:
        cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date=START,
                                   **paper)
    return _page_of(qtbot, ui, cid)


def _page_of(qtbot, ui, cid: int) -> CaptiveFileView:
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    return page


@pytest.mark.parametrize("papers", [[FIRST, LATER], [LATER, FIRST]],
                         ids=["entered-as-decided", "entered-the-other-way-round"])
def test_the_page_shows_the_later_decisions_expiry(qtbot, ui, papers: list[dict]) -> None:
    page = _page(qtbot, ui, papers)
    facts = page.header.facts.text()
    assert "expires in 4 days, on 1 December 2026" in facts
    assert "1 February 2027" not in facts and "earlier expiry" not in facts
    assert page.timeline.expiry_caption().startswith("Expires ")
    assert "4 days" in page.timeline.expiry_caption()


def test_the_page_says_when_the_papers_do_not_settle_it(qtbot, ui) -> None:
    page = _page(qtbot, ui, [{"decided_on": "2026-10-30", "term_months": 1},
                             {"decided_on": "2026-10-30", "term_months": 3}])
    facts = page.header.facts.text()
    assert "expires in 4 days, on 1 December 2026" in facts
    assert "Two detention orders of this criminal case start on 1 November 2026" in facts
    assert "the earlier expiry is shown" in facts


def test_the_expired_order_in_force_is_red_in_the_orders_table(qtbot, ui) -> None:
    """The one-month order in force expired on 20 November (the three months from the same
    day, no decision day recorded, end later): its expiry is red in the orders' table, as
    the header says it expired; the other order's, not in force, is not."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Ованес Петросян"], capture="2026-10-19",
                             status="pre_trial").id
    case = cf.prosecutions.create(captive_id=cid, case_number="№ 1/2026-77").id
    for months in (1, 3):
        cf.detention_orders.create(captive_id=cid, prosecution_id=case,
                                   start_date="2026-10-20", term_months=months)
    page = _page_of(qtbot, ui, cid)
    assert "expired 7 days ago, on 20 November 2026" in page.header.facts.text()
    assert _expiry_cells(page) == {"20 Nov 2026": ("red", "7 days ago"),
                                   "20 Jan 2027": ("grey", "Replaced by the order from 20 Oct 2026 "
                                                           "to 20 Nov 2026")}


def _expiry_cells(page: CaptiveFileView) -> dict[str, tuple[str, str]]:
    """Each order's expiry in the orders' table: its colour (red, grey or none) and tooltip."""
    orders = page.sections["detention_orders"]
    expires = next(c for c in range(orders.model.columnCount())
                   if orders.model.columns[c].title == "Expires")
    red = QColor(alert_text())
    grey = page.palette().color(QPalette.ColorRole.PlaceholderText)
    out = {}
    for r in range(orders.proxy.rowCount()):
        cell = orders.proxy.index(r, expires)
        colour = cell.data(Qt.ItemDataRole.ForegroundRole)
        colour = None if colour is None else QBrush(colour).color()
        out[cell.data()] = ({None: "none", red.name(): "red", grey.name(): "grey"}.get(
            colour.name() if colour is not None else None, "other"),
            cell.data(Qt.ItemDataRole.ToolTipRole))
    return out


def test_a_replaced_order_expiring_soon_is_not_red(qtbot, ui) -> None:
    """The three months from 1 September end on 1 December, in 4 days; but the extension
    decided on 8 November, from the 10th, replaced that order: no red alarm for the paper
    that no longer governs, greyed, its tooltip naming the order that replaced it; the
    extension in force, far from its expiry, is not red either."""
    cf = ui.case_file
    cid = cf.captives.create(names=["=HYPERLINK(\"x\")"], capture="2026-09-01",
                             status="pre_trial").id
    case = cf.prosecutions.create(captive_id=cid, case_number="1/2026").id
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date="2026-11-10",
                               decided_on="2026-11-08", term_months=4, kind="extension")
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date="2026-09-01",
                               term_months=3)
    page = _page_of(qtbot, ui, cid)
    cells = _expiry_cells(page)
    assert cells["1 Dec 2026"] == ("grey", "Replaced by the order from 10 Nov 2026, "
                                           "decided on 8 Nov 2026")
    assert cells["10 Mar 2027"][0] == "none"
    # the timeline: the replaced order's bar ends where the extension starts (not drawn on to
    # 1 December as if custody ran under it), its tooltip naming the extension
    timeline = page.timeline
    timeline.grab()  # painting lays out the areas under the tooltips
    bars = {hit.text.splitlines()[1]: hit.shape for hit in timeline._hits
            if "→" in hit.text}
    replaced = bars["1 September 2026 → 1 December 2026 (3 months)"]
    extension = bars["10 November 2026 → 10 March 2027 (4 months)"]
    assert replaced.right() <= extension.left() + 0.5
    assert "Replaced by the order from 10 November 2026, decided on 8 November 2026" in \
        timeline.tooltip_at(replaced.center())


def test_a_new_order_extends_the_one_in_force(qtbot, ui) -> None:
    """The New order dialog offers to extend the order in force (from its expiry, 1 December),
    not the other order from the same day that ends later (1 February)."""
    page = _page(qtbot, ui, [{"term_months": 1}, {"term_months": 3}])
    dialog = dlg.make_add_dialog(ui, DETENTION_ORDER, captive_id=page.captive_id,
                                 file=page.file)
    qtbot.addWidget(dialog)
    assert dialog.widgets["start_date"].value() == "2026-12-01"
    assert dialog.widgets["term_months"].value() == 1


def test_an_order_replaced_the_same_day_can_be_found_and_told_apart(qtbot, ui) -> None:
    """No decision day on either paper of 1 November: the order the appeal court replaced
    that day was a 2-pixel sliver under the next bar (its tooltip out of reach) and both
    tooltips named "the order from 1 Nov 2026". The replaced order has a mark as wide as a
    mouse finds, not a bar of custody; the tooltips name the court that replaced it."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Ованес Петросян"], capture="2026-10-29",
                             status="pre_trial").id
    case = cf.prosecutions.create(captive_id=cid, case_number="1/2026-77").id
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date=START,
                               term_months=3, ordering_court="Sabail District Court")
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date=START,
                               term_months=1, ordering_court="Baku Court of Appeal")
    page = _page_of(qtbot, ui, cid)
    said = "Replaced by the order from 1 Nov 2026 made by Baku Court of Appeal"
    assert _expiry_cells(page)["1 Feb 2027"] == ("grey", said)
    timeline = page.timeline
    timeline.grab()
    bars: dict[str, QRectF] = {}  # each order's bar (drawn before any mark)
    for hit in timeline._hits:
        if "→" in hit.text:
            bars.setdefault(hit.text.splitlines()[1], hit.shape)
    replaced = bars["1 November 2026 → 1 February 2027 (3 months)"]
    in_force = bars["1 November 2026 → 1 December 2026 (1 month)"]
    assert replaced.width() < 3  # no custody drawn under it
    marks = [hit.shape for hit in timeline._hits
             if "Replaced by the order from 1 November 2026 made by Baku Court of Appeal"
             in hit.text and hit.shape.width() >= 8]
    assert marks, "the replaced order has no mark wide enough to find"
    beside = marks[0].center() + QPointF(3, 0)  # not on the pixel where both bars begin
    assert "Sabail District Court" in timeline.tooltip_at(beside)
    assert "Baku Court of Appeal" in timeline.tooltip_at(QPointF(in_force.center()))
