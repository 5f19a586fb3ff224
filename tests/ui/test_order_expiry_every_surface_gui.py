"""An order's expiry set to the date the order states, then undone and redone, and an
extension entered before the order it extends: the custody tab, the header of the file, the
Deadlines view's expiry deadline and the detention clock give the same day after each step,
and after the file is opened again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER
from caseapp.ui.formats import long_date
from tests.ui.small_screen import demo_window

WAIT = 10000
EXPIRY = "az.detention.expiry"


def _surfaces(qtbot, window, cid: int) -> date:
    cf = window.session.ui.case_file
    expires = cf.deadline_engine.clock(cid).order_expires_on
    assert expires is not None
    window.open_captive(cid)
    page = window.views["captive"]
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == cid
                    and f"on {long_date(expires)}" in page.header.facts.text(), timeout=WAIT)
    orders = page.sections["detention_orders"].model.records
    assert max(o.expires_on for o in orders) == expires
    window.show_captive_deadlines(cid, "Zadig Zadigyan")
    deadlines = window.views["deadlines"]

    def open_expiries() -> list[date]:
        return sorted(r.deadline.due_on for r in deadlines.rows
                      if r.deadline.rule_id == EXPIRY and r.deadline.captive_id == cid
                      and r.deadline.status.value == "open")
    qtbot.waitUntil(lambda: open_expiries() == [expires], timeout=WAIT)
    return expires


def test_an_order_s_stated_expiry_undone_and_redone_is_one_day_everywhere(
        qtbot, tmp_path: Path, demo_template: Path) -> None:
    with demo_window(qtbot, tmp_path, "en", demo_template) as window:
        ui = window.session.ui
        cf = ui.case_file
        cid = cf.captives.create(names=["Zadig Zadigyan"], status="pre_trial",
                                 capture="2026-03").id
        # the extension entered first, the order it extends after it
        extension = cf.detention_orders.create(captive_id=cid, start_date="2026-08-01",
                                               term_months=4, kind="extension")
        cf.detention_orders.create(captive_id=cid, start_date="2026-04-01", term_months=4,
                                   kind="initial")
        seen = [_surfaces(qtbot, window, cid)]
        dialog = dlg.make_edit_dialog(ui, DETENTION_ORDER,
                                      cf.detention_orders.get(extension.id))
        qtbot.addWidget(dialog)
        dialog.widgets["expires_on"].edit.setText("2026-11-29")  # as the order states it
        dialog.try_save()
        assert dialog.result_value is not None, dialog.general_error.text()
        seen.append(_surfaces(qtbot, window, cid))
        for action in ("undo", "redo"):
            window.actions_by_id[action].trigger()
            seen.append(_surfaces(qtbot, window, cid))
        assert window.open_path(tmp_path / "demo-hy.db")  # closed and opened again
        seen.append(_surfaces(qtbot, window, cid))
        assert seen == [date(2026, 12, 1), date(2026, 11, 29), date(2026, 12, 1),
                        date(2026, 11, 29), date(2026, 11, 29)]
