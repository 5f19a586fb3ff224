"""The "Change status" dialog with a day before the current status's: it says, before the
save, that the change goes into the history by its date and the current status stays, offers
no stay to end, and the save leaves the status as it was (Undo takes the line back out).
Today is 27 November 2026."""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.dialogs.status_dialog import make_status_dialog
from caseapp.ui.views.formatters import date_text


def test_a_change_dated_before_the_release_is_said_and_kept_out_of_the_status(
        qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Գևորգ Սարգսյան"], capture="2026-01-10",
                             status="pre_trial", status_since="2026-01-10").id
    cf.detention_places.create(captive_id=cid, facility="Baku isolator", from_date="2026-01-10")
    cf.custody.set_status(cid, "released", effective_on="2026-06-05", end_stays=False)
    dialog = make_status_dialog(fresh_ui, cf.captives.get(cid))
    qtbot.addWidget(dialog)
    said = dialog.stay_offer.order
    dialog.widgets["status"].set_value(CaptiveStatus.REPATRIATED)
    dialog.widgets["effective_on"].edit.setText("2026-06-04")
    assert not said.isHidden()
    assert said.text() == ("This change is dated before the current status, Released since "
                           "5 June 2026: it goes into the history by its date, and the current "
                           "status stays Released.")
    assert not dialog.stay_offer.ends_stays  # nothing ends: only a line of the history
    dialog.widgets["effective_on"].edit.setText("2026-06-05")
    assert said.text().startswith("Released is dated the same day")
    assert dialog.stay_offer.ends_stays
    dialog.widgets["effective_on"].edit.setText("2026-06-04")
    dialog.try_save()
    c = cf.captives.get(cid)
    assert (c.status, c.status_since) == (CaptiveStatus.RELEASED, date(2026, 6, 5))
    assert [h.new_status for h in cf.captives.status_history(cid)][-2:] == [
        CaptiveStatus.REPATRIATED, CaptiveStatus.RELEASED]
    assert cf.detention_places.list(captive_id=cid)[0].to_date is None
    fresh_ui.ops.undo()
    assert len(cf.captives.status_history(cid)) == 2


def test_the_history_reads_the_status_before_each_line_by_date(qtbot, fresh_ui) -> None:
    """"On trial" from 1 March typed after "Released" on 5 June: the release's line said
    "Before: Pre-trial" (as recorded when typed); it says On trial now, and the line typed
    later says so, with the day it was typed."""
    from tests.ui.captive_pages import WAIT, open_page

    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Armen Sargsyan"], capture="2026-01-01",
                             status="pre_trial", status_since="2026-01-01").id
    cf.custody.set_status(cid, "released", effective_on="2026-06-05", end_stays=False)
    cf.custody.set_status(cid, "on_trial", effective_on="2026-03-01")
    page = open_page(qtbot, fresh_ui, cid)
    model = page.sections["status_history"].table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT)
    rows = {model.index(r, 1).data(): model.index(r, 2).data() for r in range(3)}
    typed = date_text(cf.captives.status_history(cid)[1].created_at.date())  # the clock's day
    assert rows == {"Detained pre-trial": "", f"On trial (entered later, on {typed})":
                    "Detained pre-trial", "Released": "On trial"}
    later = next(r for r in range(3) if model.index(r, 1).data().startswith("On trial ("))
    assert "put in the history by its date" in model.index(later, 1).data(3)  # the tooltip


def test_a_month_alone_asks_for_the_first_day_known(qtbot, fresh_ui) -> None:
    """"06.2026" in Since was "not a date: write it as 30 Jun 1985", as for a typing error."""
    from PySide6.QtWidgets import QLabel

    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Armen Sargsyan"], capture="2026-01-10",
                             status="pre_trial", status_since="2026-01-10").id
    dialog = make_status_dialog(fresh_ui, cf.captives.get(cid))
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("06.2026")
    dialog.try_save()
    said = [w.text() for w in dialog.findChildren(QLabel) if "06.2026" in w.text()]
    assert said == ["“06.2026” gives only a month or a year: a day is needed here. Give the "
                    "first day known, such as 1 Jun 2026."]
    assert cf.captives.get(cid).status is CaptiveStatus.PRE_TRIAL
