"""A note's text (any text of several lines) may hold a right-to-left override pasted with it
(U+202E). Set on one line with the record's other values in the History tab ("Text: … ·
Title: …"), it reversed every value after it, its own field's label too: «Տեքստ: · ﬓ 2enil
tisiv eht fo nalp terceS troper tisiV :րիգանրեՎ». The values are now set without the
overrides, embeddings and isolates that would reorder the words around them, in the cell and
in its tooltip."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from caseapp.ui.language import apply_language
from tests.ui.captive_pages import open_page, show_section

SPILLING = re.compile("[\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_an_override_in_a_notes_text_reverses_nothing_in_the_history(qtbot, ui,
                                                                    lang: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    cf = ui.case_file
    captive = cf.captives.create(names=["Վարդան Նմուշյան"], status="held")
    cf.notes.create(captive_id=captive.id, title="Visit report",
                    body="\u202eSecret plan of the visit\nsecond line ﬓ")
    page = open_page(qtbot, ui, captive.id)
    table = show_section(qtbot, page, "history")
    model = table.model()
    cells = {(role, model.index(row, column).data(role) or "")
             for row in range(model.rowCount()) for column in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)}
    note = [text for role, text in cells if role == Qt.ItemDataRole.DisplayRole
            and "Secret plan of the visit" in text]
    assert note, "the note's change is not in the history"
    assert "Visit report" in note[0] and "second line ﬓ" in note[0]
    assert [text for _role, text in cells if SPILLING.search(text)] == []
