"""A captive's file says a woman's status in the feminine (Russian) wherever it says it, as its
header does: in the status history's table and in the status offer bar; and the offer bar of a
status that ends custody says, before its button is clicked, what the "Change status" dialog
says: which deadlines of the detention orders the change closes and which hearings on
detention it makes moot (the same reads, rules and words). Today is 27 November 2026."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp.services.casefile import CaseFile
from caseapp.ui.language import apply_language
from tests.ui.captive_pages import WAIT, open_page


def _released_woman(cf: CaseFile) -> int:
    """Anahit, detained pre-trial (order of 1 November, 4 months: its steps due in February),
    a detention hearing on 20 February 2027; her stay at the pre-trial centre ended on 20
    November and none is recorded after it: the records suggest "released" from that day."""
    cid = cf.captives.create(names=["Anahit Davtyan"], sex="female", capture="2026-11-01",
                             status="pre_trial", status_since="2026-11-01").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-01", term_months=4)
    cf.hearings.create(captive_ids=[cid], starts_at="2027-02-20T11:00", timezone="Asia/Baku",
                       kind="detention_extension")
    cf.detention_places.create(captive_id=cid, facility="Baku Pre-Trial Centre No. 1",
                               from_date="2026-11-01", to_date="2026-11-20")
    return cid


def test_the_offer_bar_says_what_ending_custody_closes_as_the_dialog_does(
        qtbot, fresh_ui) -> None:
    from caseapp.ui.dialogs.status_dialog import make_status_dialog

    cf: CaseFile = fresh_ui.case_file
    cid = _released_woman(cf)
    page = open_page(qtbot, fresh_ui, cid)
    bar = page.status_offer
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    lines = bar.text.text().split("\n")
    assert lines[0] == ("The stay at Baku Pre-Trial Centre No. 1 ended on 20 November 2026 and "
                        "no later place of detention is recorded: this suggests the status "
                        "Released.")
    said = lines[1:]
    assert len(said) == 2
    assert said[0].startswith("Custody ends: ")  # the order's steps due after 20 November
    assert "will be closed in the same step" in said[0]
    assert said[1] == ("1 hearing on detention still to come (from 20 February 2027 on) will "
                       "no longer be shown as the next hearing; nothing recorded is changed.")
    assert bar.change.toolTip().split("\n")[1:] == said
    # the dialog, set to the same status and day, says the same
    dialog = make_status_dialog(fresh_ui, page.file.captive, page)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value("released")
    dialog.widgets["effective_on"].set_value("2026-11-20")
    assert dialog.stay_offer.closing.text().split("\n") == said
    dialog.reject()


def test_a_womans_status_is_feminine_in_the_history_and_the_offer(qtbot, fresh_ui) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    cf: CaseFile = fresh_ui.case_file
    cid = _released_woman(cf)
    page = open_page(qtbot, fresh_ui, cid)
    bar = page.status_offer
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    # in lower case inside the sentence, as the glossary writes the status (gui12)
    assert "статус «освобождена»" in bar.text.text()
    assert "«освобождена»" in bar.change.toolTip() and "свобождён" not in bar.text.text()

    cf.custody.set_status(cid, "missing", effective_on="2026-11-21", end_stays=False)
    cf.custody.set_status(cid, "convicted", effective_on="2026-11-22", end_stays=False)
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.header.badge.text() == "Осуждена", timeout=WAIT)
    table = page.sections["status_history"].table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() >= 2, timeout=WAIT)
    cells = {(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert ("Осуждена", "Пропала без вести") in cells
    assert ("Пропала без вести", "В предварительном заключении") in cells
    assert not any("Осуждён" in c or "Пропал " in c for pair in cells for c in pair if c)
