"""The captive's history names a changed field in the interface's language, as its kind of
record calls it: the number of an identity document is «Номер документа» in Russian (not the
column's name, "Number"). The expected words are written out by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from caseapp.ui.i18n import install_translators
from caseapp.ui.views.captive_file import CaptiveFileView

WAIT = 10000


@pytest.fixture
def russian(qapp):
    """The interface and the messages in Russian for one test, English after it."""
    install_translators(qapp, QLocale("ru"))
    yield
    install_translators(qapp, QLocale("en"))


def test_the_history_names_a_changed_field_as_its_record_calls_it(qtbot, ui, russian) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Арам Саргсян"], capture="2023-09-20", status="held").id
    doc = cf.identity_documents.create(captive_id=cid, kind="passport", number="AM0001")
    cf.identity_documents.update(doc.id, number="AM0002")
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == cid, timeout=WAIT)
    model = page.sections["history"].model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    field, change = headers.index("Поле"), headers.index("Изменение")
    changed = [r for r in range(model.rowCount())
               if model.index(r, change).data() == "AM0001 → AM0002"]
    assert changed, "the change of number is not in the history"
    [row] = changed
    assert model.index(row, field).data() == "Номер документа"
    tip = model.index(row, change).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Номер документа\n")
