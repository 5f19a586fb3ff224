"""The level a lawyer sees in a record's dialog before she saves is the level the record gets:
a note typed into a new hearing, deadline or change of status turns the level to internal
(as the command line and an import would store it); a level she chooses herself is hers; a
record in an internal captive's file starts internal; an edit never lowers a level."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDialog

from caseapp.domain.enums import Sensitivity
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE, CAPTIVE_PERSON
from caseapp.ui.dialogs.record_kinds import DETENTION_PLACE, HEARING, PROSECUTION
from caseapp.ui.dialogs.status_dialog import make_status_dialog
from caseapp.ui.views.deadlines import DeadlinesView

SHR, INT = Sensitivity.SHAREABLE, Sensitivity.INTERNAL
WAIT = 20000


def _captive(ui, level: str = "shareable") -> int:
    return ui.case_file.captives.create(names=["Գևորգ Մանուկյան"], status="pre_trial",
                                        sensitivity=level).id


def _hearing_dialog(qtbot, ui, cid: int):
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=cid,
                                 file=ui.case_file.captive_file(cid))
    qtbot.addWidget(dialog)
    return dialog


def test_a_note_typed_into_a_new_hearing_makes_it_internal_before_saving(qtbot, ui) -> None:
    cid = _captive(ui)
    dialog = _hearing_dialog(qtbot, ui, cid)
    level, notes = dialog.widgets["sensitivity"], dialog.widgets["notes"]
    assert level.value() == SHR  # a fact of the case
    notes.setPlainText("The judge's cousin is the prosecutor (from the family)")
    assert level.value() == INT
    notes.setPlainText("")
    assert level.value() == SHR  # nothing typed: the fact's level again
    notes.setPlainText("QNOTEZ")
    dialog.widgets["starts_at"].set_value(datetime(2027, 1, 10, 10, 0))
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: any(h.notes == "QNOTEZ" for h in ui.case_file.hearings.list()),
                    timeout=WAIT)
    [saved] = [h for h in ui.case_file.hearings.list() if h.notes == "QNOTEZ"]
    assert saved.sensitivity is INT


def test_a_level_she_chose_is_not_moved_by_what_she_types(qtbot, ui) -> None:
    dialog = _hearing_dialog(qtbot, ui, _captive(ui))
    level, notes = dialog.widgets["sensitivity"], dialog.widgets["notes"]
    level.set_value(Sensitivity.PUBLIC)
    notes.setPlainText("Open hearing, press present")
    assert level.value() == Sensitivity.PUBLIC


def test_a_record_in_an_internal_captives_file_starts_internal(qtbot, ui) -> None:
    cid = _captive(ui, "internal")
    dialog = _hearing_dialog(qtbot, ui, cid)
    assert dialog.widgets["sensitivity"].value() == INT
    place = dlg.make_add_dialog(ui, DETENTION_PLACE, captive_id=cid,
                                file=ui.case_file.captive_file(cid))
    qtbot.addWidget(place)
    assert place.widgets["sensitivity"].value() == INT


def test_an_edit_raises_a_record_given_its_first_note_but_keeps_a_chosen_level(qtbot, ui) -> None:
    cf = ui.case_file
    cid = _captive(ui)
    plain = cf.prosecutions.create(captive_id=cid, case_number="1-2/2025")
    noted = cf.prosecutions.create(captive_id=cid, case_number="3/2025", notes="Known to all",
                                   sensitivity="shareable")
    first = dlg.make_edit_dialog(ui, PROSECUTION, plain, file=cf.captive_file(cid))
    qtbot.addWidget(first)
    first.widgets["notes"].setPlainText("The investigator asked for money")
    assert first.widgets["sensitivity"].value() == INT
    second = dlg.make_edit_dialog(ui, PROSECUTION, noted, file=cf.captive_file(cid))
    qtbot.addWidget(second)
    second.widgets["notes"].setPlainText("Known to all, said in court")
    assert second.widgets["sensitivity"].value() == SHR  # hers, with its note


def test_the_status_dialog_shows_the_level_its_note_gives(qtbot, ui) -> None:
    captive = ui.case_file.captives.get(_captive(ui))
    dialog = make_status_dialog(ui, captive)
    qtbot.addWidget(dialog)
    level = dialog.widgets["level"]
    assert level.value() == SHR  # a change of status without a note is a fact
    dialog.widgets["note"].setPlainText("A cellmate's word, not confirmed")
    assert level.value() == INT
    internal = ui.case_file.captives.get(_captive(ui, "internal"))
    other = make_status_dialog(ui, internal)
    qtbot.addWidget(other)
    assert other.widgets["level"].value() == INT


def test_the_deadline_dialog_shows_its_level_and_a_note_makes_it_internal(
        qtbot, ui, monkeypatch) -> None:
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    seen: dict = {}

    def run(dialog):
        qtbot.addWidget(dialog)
        level = dialog.widgets["sensitivity"]
        seen["before"] = level.value()
        dialog.widgets["notes"].setPlainText("The clerk said the court may not sit")
        seen["after"] = level.value()
        return None

    monkeypatch.setattr("caseapp.ui.views.deadline_actions.run_dialog", run)
    view._add_dialog(None, [])
    assert seen == {"before": SHR, "after": INT}


def test_a_captives_free_text_fields_say_the_level_they_are_printed_at(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Գևորգ Մանուկյան"], status="pre_trial",
                             field_levels={"summary": "public"}).id
    dialog = dlg.make_edit_dialog(ui, CAPTIVE_CASE, cf.captives.get(cid),
                                  file=cf.captive_file(cid))
    qtbot.addWidget(dialog)
    chosen = lambda d, name: d.findChild(QComboBox, f"level_{name}").currentText()  # noqa: E731
    assert chosen(dialog, "health") == "Internal"
    assert chosen(dialog, "consent_notes") == "Internal"
    # never below the captive's record: "public" on a shareable record prints as shareable
    assert chosen(dialog, "summary") == "As the record (Shareable)"
    person = dlg.make_edit_dialog(ui, CAPTIVE_PERSON, cf.captives.get(cid),
                                  file=cf.captive_file(cid))
    qtbot.addWidget(person)
    # the statement of facts of a filing: the record's
    assert chosen(person, "capture_circumstances") == "As the record (Shareable)"


def test_an_organisation_with_notes_found_to_be_the_family_is_raised(qtbot, ui) -> None:
    from caseapp.domain.enums import OrganisationKind
    from caseapp.ui.views.contact_dialogs import organisation_dialog

    org = ui.case_file.organisations.create(name="Hayk's support group", kind="ngo",
                                            notes="Runs the vigil", sensitivity="shareable")
    dialog = organisation_dialog(ui, org)
    qtbot.addWidget(dialog)
    level = dialog.widgets["sensitivity"]
    dialog.widgets["notes"].setPlainText("Runs the vigil; the mother leads it")
    assert level.value() == SHR  # her level for the record and its notes
    dialog.widgets["kind"].set_value(OrganisationKind.FAMILY)
    assert level.value() == INT
