"""Add hearing at 1024×768 in Armenian and Russian, over the Armenian demo: its fields sit
together and the buttons follow them, as it opens and when the lawyer makes it as tall as
the screen."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from caseapp.ui.language import apply_language
from tests.ui.small_screen import MAXIMISED

GAP = 12  # pixels: more than the form's spacing between two rows, less than a blank line


def _top(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def _bottom(widget: QWidget, dialog: QWidget) -> int:
    return _top(widget, dialog) + widget.height()


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
@pytest.mark.parametrize("tall", [False, True], ids=["as-opened", "screen-tall"])
def test_the_hearing_dialog_has_no_empty_band_between_its_fields(
        lang: str, tall: bool, qtbot, qapp, armenian_ui) -> None:
    """The captives concerned took the dialog's spare height: an empty band under the list
    of captives (its hint, empty, two lines tall, and the chosen names padded), the State
    field far below it. The picker is as tall as what it shows; the outcome and the notes
    take the room. Then the hint, empty, still kept a line under the list: it takes none."""
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.record_kinds import HEARING

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    captive_id = armenian_ui.case_file.hearings.list()[0].captive_ids[0]
    dialog = dlg.make_add_dialog(armenian_ui, HEARING, captive_id=captive_id)
    qtbot.addWidget(dialog)
    picker = dialog.widgets["captive_ids"]
    dialog.show()
    qtbot.waitUntil(lambda: picker.total is not None)  # the captives counted
    qtbot.waitUntil(lambda: bool(picker.chosen_names()) and "(" in picker.chosen_names()[0])
    if tall:
        dialog.resize(MAXIMISED[0], MAXIMISED[1])
    dialog.layout().activate()
    qtbot.wait(20)  # the picker's own fitting, queued (no time asserted)

    shown = [w for w in (picker.chosen_box, picker.search, picker.results, picker.hint)
             if w.isVisible()]
    assert picker.results in shown
    assert not picker.hint.text() and picker.hint not in shown  # nothing to say: no line
    # each part of the picker follows the one above it
    for above, below in pairwise(shown):
        assert _top(below, dialog) - _bottom(above, dialog) <= GAP, (above.objectName(),
                                                                     below.objectName())
    # then the next field, and the buttons after the last field
    assert shown[-1] is picker.results
    assert _top(dialog.widgets["state"], dialog) - _bottom(picker.results, dialog) <= GAP
    assert _top(dialog.buttons, dialog) - _bottom(dialog.widgets["sensitivity"], dialog) <= GAP
    # the room went to what the lawyer writes
    if tall:
        assert dialog.widgets["outcome"].height() > 90 and dialog.widgets["notes"].height() > 90
    assert _bottom(dialog.buttons, dialog) <= dialog.height()
