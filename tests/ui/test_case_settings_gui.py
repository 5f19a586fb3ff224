"""The desktop app reads the case settings from the case file: with the procedure set to
Armenia through ``caseapp settings set``, an order and a verdict entered in the record
dialogs give the deadlines the command line and an import give (tests/cli/test_settings_cli.py);
the settings an earlier version kept per user are carried into the case file once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QDialog

from caseapp.domain.enums import DeadlineStatus, HearingKind
from caseapp.domain.name_display import name_in_script
from caseapp.services.casefile import CaseFile
from caseapp.ui import settings as keys
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER, HEARING
from tests.cli.test_settings_cli import EXPECTED_AM, VERDICT, run


def test_an_order_and_a_verdict_entered_in_the_dialogs_follow_the_files_procedure(
        qtbot, ui) -> None:
    cf = ui.case_file
    code, _, err = run("settings", "set", "procedure", "am", "--db", str(cf.db.path))
    assert code == 0, err
    cid = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial",
                             capture="2026-10-01").id

    order = dlg.make_add_dialog(ui, DETENTION_ORDER, captive_id=cid,
                                file=cf.captive_file(cid))
    qtbot.addWidget(order)
    order.widgets["start_date"].edit.setText("2026-10-02")
    order.widgets["term_months"].setValue(2)
    order.widgets["term_days"].setValue(0)
    order.try_save()
    assert order.result() == QDialog.DialogCode.Accepted, order.general_error.text()

    hearing = dlg.make_add_dialog(ui, HEARING, captive_id=cid, file=cf.captive_file(cid))
    qtbot.addWidget(hearing)
    hearing.widgets["starts_at"].date.edit.setText("2026-11-20")
    hearing.widgets["starts_at"].time.setTime(QTime(11, 0))
    hearing.widgets["timezone"].setCurrentText(VERDICT["timezone"])
    hearing.widgets["kind"].set_value(HearingKind.VERDICT)
    hearing.widgets["court"].setText(VERDICT["court"])
    hearing.widgets["captive_ids"].set_value([cid])
    hearing.widgets["outcome"].setPlainText(VERDICT["outcome"])
    hearing.try_save()
    assert hearing.result() == QDialog.DialogCode.Accepted, hearing.general_error.text()

    got = {(d.rule_id, d.due_on) for d in cf.deadlines.list(captive_id=cid)
           if d.status is DeadlineStatus.OPEN}
    assert got == EXPECTED_AM

    # The deadline settings dialog shows what the case file holds.
    dialog = DeadlineSettingsDialog(ui)
    qtbot.addWidget(dialog)
    assert dialog.jurisdiction.currentData() == "am"


def test_a_refused_value_keeps_the_deadline_settings_dialog_open(qtbot, ui,
                                                                  monkeypatch) -> None:
    dialog = DeadlineSettingsDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.jurisdiction.addItem("France", "fr")  # a procedure CaseApp has no rules for
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("fr"))
    dialog.accept()
    assert dialog.isVisible() and "“procedure” cannot be “fr”" in dialog.error.text()
    assert ui.case_file.settings.current().procedure == "az"


def test_settings_an_earlier_version_kept_per_user_move_into_the_case_file_once(
        tmp_path: Path, case_file: CaseFile) -> None:
    settings = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    settings.setValue("deadlines/jurisdiction", "am")
    settings.setValue("deadlines/statutory_max_days", 0)  # 0 meant "not set"
    settings.setValue("deadlines/expiry_warning_days", 21)
    settings.setValue("lawyer/name", "Anna Petrosyan")
    settings.setValue("lawyer/email", "not an address")  # refused: dropped, not carried
    settings.setValue(keys.AUTO_LOCK_MINUTES, 5)  # a preference of the user: stays
    written = keys.carry_over_case_settings(settings, case_file)
    assert sorted(written) == ["expiry_warning_days", "lawyer_name", "procedure"]
    current = case_file.settings.current()
    assert (current.procedure, current.expiry_warning_days, current.lawyer.name) == (
        "am", 21, "Anna Petrosyan")
    assert settings.allKeys() == ["security/auto_lock_minutes"]
    assert keys.carry_over_case_settings(settings, case_file) == []  # once only


def test_a_new_record_dialog_offers_the_case_files_default_level(qtbot, ui) -> None:
    from caseapp.domain.enums import Sensitivity

    cid = ui.case_file.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial").id
    ui.case_file.settings.set("default_level", "internal")
    dialog = dlg.make_add_dialog(ui, DETENTION_ORDER, captive_id=cid,
                                 file=ui.case_file.captive_file(cid))
    qtbot.addWidget(dialog)
    assert dialog.widgets["sensitivity"].value() == Sensitivity.INTERNAL  # shareable unset


@pytest.mark.parametrize(("language", "stage", "captive_word"),
                         [("russian", "Под судом: 400", "пленный"),
                          ("armenian", "Դատաքննության փուլում: 400", "գերի")])
def test_the_maxima_set_for_part_of_the_file_are_named_in_words(
        qtbot, ui, request, language: str, stage: str, captive_word: str) -> None:
    """The deadline settings list a maximum set for one captive by the captive's name (and
    ID), a stage by its name alone, never by its stored scope ("stage on_trial", "captive
    <uid>") nor by the codes the command line takes ("пленный 6: 120", "Под судом
    (on_trial)")."""
    cf = ui.case_file
    captive = cf.captives.list()[0]
    cf.settings.set("custody_max_days", 400, stage="on_trial")
    cf.settings.set("custody_max_days", 120, captive_id=captive.id)
    request.getfixturevalue(language)
    dialog = DeadlineSettingsDialog(ui, rule_set=cf.rule_set)
    qtbot.addWidget(dialog)
    said = dialog.overrides.text()
    listed = "\n".join(said.splitlines()[1:])  # below the sentence that introduces them
    assert stage in listed.splitlines(), said
    # in the script of the window's language, as the window names the captive elsewhere
    lang = {"russian": "ru", "armenian": "hy"}[language]
    name = name_in_script(captive.names, lang)
    assert (name and name != captive.primary_name) or lang == "hy", name
    assert f"{name} ({captive_word} {captive.id}): 120" in listed.splitlines(), said
    assert "on_trial" not in listed, said
    assert "stage " not in listed and "captive " not in listed and captive.uid not in listed, said
