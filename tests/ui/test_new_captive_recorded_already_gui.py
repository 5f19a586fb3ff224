"""New Captive…: a person recorded already, under another spelling, in another script, or
by an alias only, is named before a second record is made; the lawyer records a new captive
anyway or goes back to the form, nothing saved. No question for a new person."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

import caseapp.ui.dialogs.captive_dialogs as dlg

TYPED = "Саргсян Арам Ильич"


@pytest.fixture
def recorded(fresh_ui) -> int:
    cf = fresh_ui.case_file
    captive = cf.captives.create(names=["Արամ Սարգսյան", "Sargsyan Aram İlya oğlu"],
                                 birth="1990-05-17", capture_place="Hadrut")
    cf.captives.create(names=["Karen Hakobyan"], birth="1985")
    return captive.id


def _typed(qtbot, ui, name: str):  # type: ignore[no-untyped-def]
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["native_name"].insert(name)
    return dialog


def test_going_back_saves_nothing(qtbot, fresh_ui, recorded: int, message_boxes,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *_a: message_boxes.append(("question", text))
        or QMessageBox.StandardButton.No))
    dialog = _typed(qtbot, fresh_ui, TYPED)
    dialog.try_save()
    assert dialog.result_value is None and dialog.isVisible()
    said = message_boxes[-1][1]
    assert TYPED in said and "Aram Sargsyan" in said and "Hakobyan" not in said
    # what tells the one recorded from the one typed
    assert "1990" in said and "captured in Hadrut" in said
    assert len(fresh_ui.case_file.captives.list()) == 2


def test_recording_anyway_and_a_new_person(qtbot, fresh_ui, recorded: int,
                                           message_boxes) -> None:
    dialog = _typed(qtbot, fresh_ui, TYPED)  # the patched question answers Yes
    dialog.try_save()
    assert dialog.result_value is not None and message_boxes[-1][0] == "question"
    asked = len(message_boxes)
    other = _typed(qtbot, fresh_ui, "Ани Григорян")
    other.try_save()
    assert other.result_value is not None and len(message_boxes) == asked
