"""The lawyer records the Chamber judgment in the proceeding's dialog, from the judgment: the
referral time limit follows; the day shows under the status, read whole at 1024 pixels; a
judgment typed before the communication is said at its field and nothing is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.filing_kinds import INTERNATIONAL
from caseapp.ui.language import apply_language
from caseapp.ui.views import captive_columns as cols
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, open_page, show_section
from tests.ui.cut_cells import text_height


def _application(cf, cid: int):
    return cf.international_proceedings.create(
        captive_id=cid, body="echr", kind="application", reference="12345/24",
        lodged_on="2024-05-02", communicated_on="2026-06-01", status="communicated")


def test_the_judgment_typed_in_the_dialog_opens_the_referral_time_limit(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Ավետիսյան Գոռ"], status="convicted").id
    saved = _application(cf, cid)
    edit = dlg.make_edit_dialog(ui, INTERNATIONAL, saved)
    qtbot.addWidget(edit)
    edit.widgets["judgment_on"].set_value(date(2026, 10, 15))
    edit.widgets["status"].set_value("decided")
    edit.try_save()
    assert edit.result() == QDialog.DialogCode.Accepted
    [p] = cf.international_proceedings.list(captive_id=cid)
    assert p.judgment_on == date(2026, 10, 15)
    referral = {d.rule_id: d for d in cf.deadlines.list(captive_id=cid)}[
        "echr.judgment.referral"]
    assert referral.due_on == date(2027, 1, 15)
    status = next(c for c in cols.international_columns() if c.title == "Status")
    assert status.text(p).splitlines() == ["Decided", "judgment 15 Oct 2026"]


def test_a_judgment_before_the_communication_is_said_at_its_field(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Karapetyan Davit"], status="convicted").id
    saved = _application(cf, cid)
    edit = dlg.make_edit_dialog(ui, INTERNATIONAL, saved)
    qtbot.addWidget(edit)
    edit.widgets["judgment_on"].set_value(date(2026, 5, 15))
    edit.try_save()
    assert edit.result() != QDialog.DialogCode.Accepted
    said = edit.errors["judgment_on"]
    assert not said.isHidden() and "before" in said.text()
    assert cf.international_proceedings.get(saved.id).judgment_on is None
    assert cf.deadlines.list(captive_id=cid) and not [
        d for d in cf.deadlines.list(captive_id=cid) if d.rule_id.startswith("echr.judgment")]


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_status_communication_and_judgment_are_read_whole_at_1024_pixels(
        qtbot, qapp, ui, lang) -> None:
    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    cf = ui.case_file
    cid = cf.captives.create(names=["Վարդանյան Արմեն"], status="convicted").id
    cf.international_proceedings.create(
        captive_id=cid, body="echr", kind="application", reference="12345/24",
        status="decided", lodged_on="2024-05-02", communicated_on="2026-06-01",
        judgment_on="2026-10-15", outcome="Խախտում, հոդված 5 § 4 " * 6)
    page = open_page(qtbot, ui, cid, BESIDE_THE_SIDEBAR)
    table = show_section(qtbot, page, "international_proceedings")
    status = 4
    for row in range(table.model().rowCount()):
        assert text_height(table, row, status) <= table.rowHeight(row), row
        assert "2026" in table.model().index(row, status).data().splitlines()[-1]
