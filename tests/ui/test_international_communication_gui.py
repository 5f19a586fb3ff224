"""The captive file's international proceedings: the day the Court, the Working Group or the
Committee communicated the case to the Government is typed in the dialog from its letter, sets
off the Government's time limit, and shows in the table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.filing_kinds import INTERNATIONAL
from caseapp.ui.language import apply_language
from caseapp.ui.views import captive_columns as cols
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, open_page, show_section
from tests.ui.cut_cells import text_height


def test_the_communication_typed_from_the_letter_sets_off_the_governments_time_limit(
        qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Վարդանյան Արմեն"], status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, INTERNATIONAL, captive_id=cid)
    qtbot.addWidget(dialog)
    assert "communicated_on" in dialog.widgets
    dialog.widgets["body"].set_value("wgad")
    dialog.widgets["kind"].set_value("communication")
    dialog.widgets["reference"].setText("WGAD/AZ/2026/7")
    dialog.widgets["lodged_on"].set_value(date(2026, 9, 1))
    dialog.widgets["communicated_on"].set_value(date(2026, 10, 15))
    dialog.widgets["status"].set_value("communicated")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted

    [saved] = cf.international_proceedings.list(captive_id=cid)
    assert saved.communicated_on == date(2026, 10, 15)
    reply = {d.rule_id: d for d in cf.deadlines.list(captive_id=cid)}["un.wgad.government_reply"]
    assert reply.due_on == date(2026, 12, 14)  # 15 October + 60 days

    # read back in the edit dialog and shown in the table, in its own column
    edit = dlg.make_edit_dialog(ui, INTERNATIONAL, saved)
    qtbot.addWidget(edit)
    assert edit.widgets["communicated_on"].value() == "2026-10-15"
    status = next(c for c in cols.international_columns() if c.title == "Status")
    assert status.text(saved).splitlines() == ["Communicated", "15 Oct 2026"]
    decided = cf.international_proceedings.update(saved.id, status="decided")
    assert status.text(decided).splitlines() == ["Decided", "communicated 15 Oct 2026"]


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_status_and_the_day_of_communication_are_read_whole_at_1024_pixels(
        qtbot, qapp, ui, lang) -> None:
    """The day of the communication below the status is read whole, in every language (on a
    row of two lines it ended in "…")."""
    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    cf = ui.case_file
    cid = cf.captives.create(names=["Վարդանյան Արմեն"], status="pre_trial").id
    for body, kind, status in (("echr", "rule_39", "granted"), ("echr", "application", "pending"),
                               ("un_hrc", "communication", "decided")):
        cf.international_proceedings.create(
            captive_id=cid, body=body, kind=kind, reference="12345/26", status=status,
            lodged_on="2026-03-02", communicated_on=None if kind == "rule_39" else "2026-04-16",
            outcome="Կառավարությանը առաջարկվել է ներկայացնել տեղեկություններ " * 4)
    page = open_page(qtbot, ui, cid, BESIDE_THE_SIDEBAR)
    table = show_section(qtbot, page, "international_proceedings")
    status = 4
    assert table.model().headerData(status, Qt.Orientation.Horizontal) == {
        "en": "Status", "hy": "Կարգավիճակ", "ru": "Статус"}[lang]
    for row in range(table.model().rowCount()):
        assert text_height(table, row, status) <= table.rowHeight(row), row


def test_a_communication_before_the_lodging_is_said_at_its_field_and_nothing_is_saved(
        qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Karapetyan Davit"], status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, INTERNATIONAL, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.widgets["body"].set_value("echr")
    dialog.widgets["kind"].set_value("application")
    dialog.widgets["lodged_on"].set_value(date(2026, 9, 1))
    dialog.widgets["communicated_on"].set_value(date(2026, 8, 15))
    dialog.try_save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    said = dialog.errors["communicated_on"]
    assert not said.isHidden() and "before" in said.text()
    assert cf.international_proceedings.list(captive_id=cid) == []
