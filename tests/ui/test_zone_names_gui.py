"""Time zones are named in the interface's language where a lawyer reads them (the hearing's
details, the record dialog's list of the common zones), the identifier beside; the dialog
still gives the services the identifier."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import HEARING
from caseapp.ui.formats import zone_text
from caseapp.ui.language import apply_language


@pytest.mark.parametrize(("lang", "word"), [("hy", "Ադրբեջան"), ("ru", "Азербайджан")])
def test_a_zone_is_named_in_the_language_and_the_dialog_keeps_its_identifier(
        lang: str, word: str, qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    assert word in zone_text("Asia/Baku")
    assert zone_text("Not/AZone") == "Not/AZone"
    captive = ui.case_file.captives.list()[0]
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=captive.id)
    qtbot.addWidget(dialog)
    dialog.widgets["starts_at"].set_value(datetime(2027, 3, 3, 10, 0, tzinfo=ZoneInfo("Asia/Baku")))
    dialog.widgets["timezone"].set_value("Asia/Baku")
    combo = dialog.widgets["timezone"]
    assert word in combo.currentText() and "Asia/Baku" in combo.currentText()
    assert dialog.values()["timezone"] == "Asia/Baku"
    combo.setCurrentText("Europe/Vienna")  # typed
    assert dialog.values()["timezone"] == "Europe/Vienna"


@pytest.mark.parametrize(("lang", "city"), [("hy", "Բաքու"), ("ru", "Баку"), ("en", "Baku")])
def test_the_hearings_list_names_the_city_in_the_language(lang: str, city: str, qtbot) -> None:
    from caseapp.ui.formats import zone_city

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    assert zone_city("Asia/Baku") == city
    assert zone_city("America/Argentina/Buenos_Aires") != "Buenos_Aires"
    assert zone_city("Not/A_Zone") == "A Zone"  # no name known: the identifier's last part
