"""The Filing facts tab of a captive's file: the lawyer records the detaining state's
confirmation and a special risk through the dialog (keys pressed), and a document the Court
delivered; the tab shows them with the download deadline the portal sets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.filing_kinds import DELIVERY
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.ui.driving import DialogDriver, click, field, save, type_into

WAIT = 15000


def test_facts_and_a_delivery_are_recorded_and_shown(qtbot, ui) -> None:
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.filing is not None, timeout=WAIT)
    page.tabs.setCurrentIndex([page.tabs.tabText(i) for i in range(page.tabs.count())]
                              .index("Filing facts"))

    def fill(dialog) -> None:
        confirmed = field(dialog, "state_confirmed")
        assert isinstance(confirmed, QCheckBox)
        confirmed.setFocus()
        qtbot.keyClick(confirmed, Qt.Key.Key_Space)
        type_into(qtbot, field(dialog, "confirmed_source"),
                  "Ноты МИД Азербайджана от 2 октября 2023 г.")
        strike = field(dialog, "risk_hunger_strike")
        strike.setFocus()
        qtbot.keyClick(strike, Qt.Key.Key_Space)
        save(qtbot, dialog)

    driver = DialogDriver()
    driver.next("dialog_detention_facts", fill)
    click(qtbot, page, "edit_filing_facts")
    driver.check("dialog_detention_facts")
    qtbot.waitUntil(lambda: "hunger strike" in page.facts_label.text(), timeout=WAIT)
    assert "Ноты МИД Азербайджана" in page.facts_label.text()
    facts = ui.case_file.detention_facts.of_captive(cid)
    assert facts.state_confirmed and facts.risk_hunger_strike and not facts.risk_health

    dialog = dlg.make_add_dialog(ui, DELIVERY, captive_id=cid, file=page.file, parent=page)
    qtbot.addWidget(dialog)
    dialog.set_values({"appeared_on": date(2026, 9, 1)})
    type_into(qtbot, field(dialog, "title"), "Letter: observations of the Government")
    type_into(qtbot, field(dialog, "application_number"), "31415/24")
    save(qtbot, dialog)
    section = page.sections["court_deliveries"]
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT)
    shown = section.model.records[0]
    # eComms keeps it 12 months: 1 September 2026 + 12 months = 1 September 2027.
    assert shown.deleted_from_portal_on == date(2027, 9, 1)
    reminder = [d for d in ui.case_file.deadlines.list(captive_id=cid)
                if d.rule_id == "echr.ecomms.download"]
    assert [d.due_on for d in reminder] == [date(2027, 9, 1)]
