"""Under Armenian and Russian, whose words are longer than English ones, nothing is cut off
at 1400×900: the sidebar's titles (a long one goes on to a second line), the tables'
column titles, and a captive's very long name in the header of their file (wrapped, read
whole) does not push the header wider than the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from caseapp.services.casefile import open_case_file
from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_header import CaptiveHeader

LONG = ("Արմենուհի-Մարգարիտա Տեր-Գրիգորյան-Մելիք-Շահնազարյան-Վարդանյան-Հովհաննիսյան-"
        "Աբրահամյան-Քալանթարյան")


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_no_title_is_cut_at_1400_by_900(lang: str, qtbot, tmp_path: Path, demo_copy: Path) -> None:
    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None,
                        demo_path=tmp_path / "no.db")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(demo_copy)
    nav = window.nav
    font = QFont(nav.font())
    font.setPointSizeF(11)
    metrics = QFontMetrics(font)
    cut = []
    for view_id in ("dashboard", "deadlines", "captives", "hearings", "contacts", "advocacy",
                    "documents", "captive"):
        if view_id == "captive":
            window.open_captive(window.case_file.captives.list()[0].id)
        else:
            window.show_view(view_id)
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
        for table in window.stack.currentWidget().findChildren(QTableView):
            if not table.isVisible():
                continue
            header, model = table.horizontalHeader(), table.model()
            cut += [f"{view_id} {table.objectName()}: {model.headerData(c, Qt.Orientation.Horizontal)}"
                    for c in range(model.columnCount()) if not header.isSectionHidden(c)
                    and header.sectionSize(c) < header.sectionSizeHint(c)]
    for i in range(nav.count()):
        item = nav.item(i)
        rect = nav.visualItemRect(item)
        room = QRect(0, 0, rect.width() - nav.iconSize().width() - 20, 1000)
        lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text()).height()
        if rect.right() > nav.viewport().width() or rect.height() < lines:
            cut.append(f"sidebar: {item.text()}")
    assert cut == []
    window.set_case_file(None, backup_previous=False)


def test_a_very_long_name_is_whole_in_the_header_within_its_width(qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), "hy")
    cf = ui.case_file
    cid = cf.captives.create(names=[{"full_name": LONG, "language": "hy", "kind": "native",
                                     "is_primary": True}], status="held").id
    header = CaptiveHeader()
    qtbot.addWidget(header)
    header.resize(1000, 200)
    header.show()
    header.set_captive(cf.captives.get(cid), None, [])
    assert header.minimumSizeHint().width() <= 1000
    qtbot.waitUntil(lambda: header.name.geometry().right() <= header.width(), timeout=5000)
    assert header.name.text() == LONG and "".join(header.name.lines()) == LONG
    assert header.avatar.initials == "ԱՏ"  # in the letters of the name shown, not "AT"
