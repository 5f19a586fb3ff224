"""The level chooser beside a captive's field at 1024×768: closed, it shows the level in one
word, so that the field keeps its width (it was as wide as "As the record (Shareable)" and
cut a long place of capture); its tooltip and accessible name say it whole. A field set
Public while no consent to publicity is on file is warned of as it is chosen (a public
output leaves such a captive out), without stopping the save."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from caseapp.domain.enums import Sensitivity
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE, CAPTIVE_PERSON

PUB, SHR = Sensitivity.PUBLIC, Sensitivity.SHAREABLE
PLACE = "Լաչինի միջանցքի Հակարի կամրջի անցակետ, Ադրբեջանի սահմանապահ ծառայության կետ"


def _open(qtbot, ui, kind, cid: int):
    cf = ui.case_file
    dialog = dlg.make_edit_dialog(ui, kind, cf.captives.get(cid), file=cf.captive_file(cid))
    qtbot.addWidget(dialog)
    return dialog


def test_the_chooser_is_one_word_wide_and_says_itself_whole(qtbot, fresh_ui, armenian) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial",
                             sensitivity="shareable", capture_place=PLACE,
                             field_levels={"capture_place": "internal"}).id
    dialog = _open(qtbot, fresh_ui, CAPTIVE_PERSON, cid)
    dialog.show()
    qtbot.waitExposed(dialog)
    place = dialog.widgets["capture_place"]
    for name in ("capture_place", "birth_place", "capture_circumstances"):
        chooser = dialog.findChild(QComboBox, f"level_{name}")
        metrics = chooser.fontMetrics()
        whole = metrics.horizontalAdvance(chooser.itemText(0))  # "Ինչպես գրառումը (Փոխանցելի)"
        assert chooser.width() < whole, (name, chooser.width(), whole)
        # every word it can show fits in it, and the field beside it is the wider
        for row in range(chooser.count()):
            assert metrics.horizontalAdvance(chooser.short_text(row)) < chooser.width()
        assert dialog.widgets[name].width() > 2 * chooser.width(), name
        assert chooser.currentText() in chooser.toolTip()
        assert dialog.findChild(QLabel, "level_warning_publicity").isHidden()
    assert place.width() >= place.fontMetrics().horizontalAdvance(PLACE) * 0.6
    inherited = dialog.findChild(QComboBox, "level_birth_place")
    assert inherited.short_text() == "(Փոխանցելի)"  # the record's level, in brackets
    assert inherited.currentText() == "Ինչպես գրառումը (Փոխանցելի)"  # what a reader hears
    assert "Ծննդավայր" in inherited.accessibleName()


def test_a_field_set_public_without_consent_is_warned_of_not_refused(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Սարգիս Պետրոսյան"], status="pre_trial",
                             sensitivity="public", consent_publicity=False).id
    case = _open(qtbot, fresh_ui, CAPTIVE_CASE, cid)
    warning = case.findChild(QLabel, "level_warning_publicity")
    assert warning.isHidden()
    summary = case.findChild(QComboBox, "level_summary")
    summary.setCurrentIndex(summary.findData(PUB))
    assert not warning.isHidden()
    assert "No consent to publicity" in warning.text() and "Summary" in warning.text()
    consent = case.widgets["consent_publicity"]
    assert isinstance(consent, QCheckBox)
    consent.setChecked(True)  # the family's consent arrives: nothing to warn of
    assert warning.isHidden()
    consent.setChecked(False)
    assert not warning.isHidden()
    case.try_save()  # a warning: the level is saved as chosen
    assert case.result() == case.DialogCode.Accepted
    assert cf.captives.get(cid).field_levels["summary"] == "public"

    # The other dialog has no consent box: the record's consent decides. The record itself
    # is public: said as the dialog opens, the fields set Public named when she sets one.
    person = _open(qtbot, fresh_ui, CAPTIVE_PERSON, cid)
    warning = person.findChild(QLabel, "level_warning_publicity")
    assert not warning.isHidden() and "fields set Public" not in warning.text()
    place = person.findChild(QComboBox, "level_capture_place")
    place.setCurrentIndex(place.findData(PUB))
    assert not warning.isHidden() and "Place of capture" in warning.text()
    person.widgets["sensitivity"].set_value(SHR)  # the record shareable: nothing public left
    assert place.currentData() is None and warning.isHidden()
