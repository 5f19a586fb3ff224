"""The Hearings view's "Selected hearing" says the chosen hearing whole, word for word: a long
court, outcome and notes take the lines they need (the box scrolls), and a judge, outcome or
notes typed like markup ("<b>x</b>") are not read as markup: the judge "<b>Zorik</b> &amp;
<i>up</i>" read as a bold "Zorik & up"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from caseapp.ui.formats import long_date
from tests.ui.small_screen import demo_window
from tests.ui.test_typed_markup_shown_literally_gui import TYPED, wrongly_shown

LONG = ("The prosecution asked for four more months; the defence objected. " * 50)[:3000]


@pytest.mark.parametrize("lang", ["en", "hy"])
def test_the_selected_hearing_is_said_whole(qtbot, tmp_path: Path, demo_template: Path,
                                            lang: str) -> None:
    with demo_window(qtbot, tmp_path, lang, demo_template) as window:
        cf = window.session.ui.case_file
        cid = cf.captives.create(names=["Zadig Zadigyan"], status="pre_trial").id
        h = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-27T10:00",
                               timezone="Asia/Baku", kind="trial_session",
                               court=f"{TYPED} " + LONG[:270], outcome=LONG, notes=TYPED,
                               judge=TYPED)
        window.show_view("hearings")
        view = window.views["hearings"]
        agenda = view.agenda
        qtbot.waitUntil(lambda: agenda.model().rowCount() > 0, timeout=10000)
        for row in range(agenda.model().rowCount()):  # the agenda's row of this hearing
            agenda.selectRow(row)
            if "prosecution asked" in view.detail_fields["outcome"].text():
                break
        assert long_date(h.starts_at.date()) in view.detail_title.text()
        QApplication.processEvents()
        qtbot.wait(50)
        for name, label in (("title", view.detail_title), *view.detail_fields.items()):
            assert label.height() >= label.heightForWidth(label.width()), \
                f"the {name} is cut: {label.height()} < {label.heightForWidth(label.width())}"
        wrong = wrongly_shown(view.details, "selected hearing")
        assert not wrong, "\n".join(wrong)
