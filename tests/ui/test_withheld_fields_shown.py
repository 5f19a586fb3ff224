"""In a travel copy, a captive's field above the copy's level holds no value of the
captive's: the captive file says it is not shown at this level, never "No" (a consent the
captive gave), "not known" or "—" (a fact the lawyer has). The same holds on a team server
for a member below the field's level (caseapp.services.reading_level serves both)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_header import ProfilePanel
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

INTERNAL = {"consent_power_of_attorney": "internal", "birth_place": "internal",
            "health": "internal", "capture_date": "internal"}


@pytest.mark.parametrize(("lang", "words"), [("en", "not shown at this level"),
                                             ("ru", "не показывается на этом уровне")])
def test_a_withheld_field_reads_not_shown_in_a_travel_copy(lang: str, words: str, qtbot,
                                                            tmp_path: Path) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    home = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="tester",
                          today=lambda: TODAY)
    cid = home.captives.create(names=["Aram Petrosyan"], capture="2023-09-27", status="held",
                               capture_place="Hadrut", sensitivity="shareable",
                               consent_power_of_attorney=True, birth_place="Goris",
                               health="Diabetic", field_levels=INTERNAL).id
    assert home.captives.get(cid).withheld == frozenset()  # the whole file: nothing kept back
    make_travel_copy(home, tmp_path / "travel.db", level="shareable", passphrase=TRAVEL_PASSPHRASE)
    home.close()
    travel = _open(tmp_path / "travel.db")
    try:
        captive = travel.captives.list()[0]
        # (the notes on consent too: internal for a new captive whatever levels are given)
        assert captive.withheld == {"consent_power_of_attorney", "birth_place", "health", "capture",
                                    "consent_notes"}
        panel = ProfilePanel()
        qtbot.addWidget(panel)
        panel.set_captive(captive)
        shown = {k: v.text() for k, v in panel.values.items()}
    finally:
        travel.close()
    assert shown["consent_power_of_attorney"].lower() == words.lower()  # not "No"
    assert shown["birth_place"].lower() == words.lower() and shown["health"].lower() == words.lower()
    assert shown["capture"].lower() == f"{words} — hadrut"  # the date kept back, the place shown
    assert "Hadrut" in shown["capture"] and words not in shown["sex"].lower()


def test_a_withheld_field_is_not_edited_in_the_copy(qtbot, tmp_path: Path) -> None:
    """Typing a place of birth into a copy that does not hold it would send a guess home."""
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE, CAPTIVE_PERSON
    from caseapp.ui.session import CaseFileSession

    home = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="tester",
                          today=lambda: TODAY)
    home.captives.create(names=["Aram Petrosyan"], capture="2023-09-27", status="held",
                         sensitivity="shareable", birth_place="Goris",
                         consent_power_of_attorney=True, field_levels=INTERNAL)
    make_travel_copy(home, tmp_path / "travel.db", level="shareable", passphrase=TRAVEL_PASSPHRASE)
    home.close()
    session = CaseFileSession(None, None)
    session.open(_open(tmp_path / "travel.db"))
    try:
        captive = session.ui.case_file.captives.list()[0]
        person = dlg.make_edit_dialog(session.ui, CAPTIVE_PERSON, captive)
        case = dlg.make_edit_dialog(session.ui, CAPTIVE_CASE, captive)
        qtbot.addWidget(person)
        qtbot.addWidget(case)
        assert not person.widgets["birth_place"].isEnabled()
        assert not person.widgets["capture"].isEnabled() and person.widgets["sex"].isEnabled()
        consent = case.widgets["consent_power_of_attorney"]
        assert not consent.isEnabled() and consent.text() == "not shown at this level"
        assert case.widgets["consent_publicity"].isEnabled()
    finally:
        session.close(backup=False)
        assert session.ops.wait(10000) and session.runner.wait(10000)
