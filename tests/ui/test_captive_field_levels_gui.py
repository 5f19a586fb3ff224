"""A lawyer sets one field's level beside the field in the captive's dialog: the family agrees
that health goes into the shareable dossier, the circumstances of capture are kept back
(internal) while the rest stays shareable. Saved through the operations (Undo puts the
levels back), never below the record's level, never above a team member's clearance."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from caseapp.domain.enums import Sensitivity
from caseapp.domain.team_login import TeamLogin
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE, CAPTIVE_PERSON
from caseapp.ui.views.audit_texts import audit_change

PUB, SHR, INT = Sensitivity.PUBLIC, Sensitivity.SHAREABLE, Sensitivity.INTERNAL


def _open(qtbot, ui, kind, cid: int):
    cf = ui.case_file
    dialog = dlg.make_edit_dialog(ui, kind, cf.captives.get(cid), file=cf.captive_file(cid))
    qtbot.addWidget(dialog)
    return dialog


def _chooser(dialog, name: str) -> QComboBox:
    combo = dialog.findChild(QComboBox, f"level_{name}")
    assert combo is not None, name
    return combo


def _choose(combo: QComboBox, level: Sensitivity | None) -> None:
    combo.setCurrentIndex(combo.findData(level))


def _offered(combo: QComboBox) -> list[Sensitivity | None]:
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return [combo.itemData(r) for r in range(combo.count()) if model.item(r).isEnabled()]


def test_health_let_out_and_circumstances_kept_back_then_undone(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial",
                             sensitivity="shareable", field_levels={"photo": "internal"}).id
    case = _open(qtbot, fresh_ui, CAPTIVE_CASE, cid)
    assert _chooser(case, "health").currentData() == INT  # a new captive's default
    _choose(_chooser(case, "health"), None)  # the family agrees: as the record
    case.try_save()
    assert case.result() == case.DialogCode.Accepted
    levels = cf.captives.get(cid).field_levels
    assert "health" not in levels and levels["consent_notes"] == "internal"
    assert levels["photo"] == "internal"  # a level this dialog does not show is kept

    person = _open(qtbot, fresh_ui, CAPTIVE_PERSON, cid)
    _choose(_chooser(person, "capture_circumstances"), INT)
    _choose(_chooser(person, "capture"), INT)
    person.try_save()
    levels = cf.captives.get(cid).field_levels
    assert levels["capture_circumstances"] == "internal" and levels["capture_date"] == "internal"
    assert levels["photo"] == "internal" and "health" not in levels
    said = audit_change([e for e in cf.audit.for_captive(cid) if e.field == "field_levels"][-1])
    assert "capture_circumstances" not in said and "Internal" in said, said  # in words

    assert fresh_ui.ops.undo()
    levels = cf.captives.get(cid).field_levels
    assert "capture_circumstances" not in levels and "capture_date" not in levels
    assert fresh_ui.ops.undo()
    assert cf.captives.get(cid).field_levels["health"] == "internal"


def test_no_level_below_the_record_is_offered(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Սարգիս Պետրոսյան"], status="pre_trial",
                             sensitivity="public", consent_publicity=True,
                             field_levels={"capture_place": "shareable"}).id
    person = _open(qtbot, fresh_ui, CAPTIVE_PERSON, cid)
    place = _chooser(person, "capture_place")
    assert _offered(place) == [None, PUB, SHR, INT]
    # The lawyer raises the whole record to internal in the same dialog: the field can no
    # longer be chosen shareable (it would print at internal all the same).
    person.widgets["sensitivity"].set_value(INT)
    assert _offered(place) == [None, INT]
    assert place.currentData() is None and place.currentText() == "As the record (Internal)"


def test_a_team_member_cannot_put_a_field_above_her_clearance(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Тигран Акопян"], status="pre_trial",
                             sensitivity="public", consent_publicity=True).id
    cf.login = TeamLogin("tigran", SHR)
    case = _open(qtbot, fresh_ui, CAPTIVE_CASE, cid)
    assert _offered(_chooser(case, "summary")) == [None, PUB, SHR]
    # health is internal: above her clearance, not read, its level not hers to change
    assert not _chooser(case, "health").isEnabled()
