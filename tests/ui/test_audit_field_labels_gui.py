"""The captive's history names a changed field in the interface's language, as its kind of
record calls it: the number of an identity document is «Номер документа» in Russian (not the
column's name, "Number"). The expected words are written out by hand."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from caseapp.ui.views.captive_file import CaptiveFileView

WAIT = 10000


def history_of(qtbot, ui, cid: int, *, rows: int):
    """The History table of the captive's file, once it holds ``rows`` rows or more."""
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == cid, timeout=WAIT)
    model = page.sections["history"].model
    qtbot.waitUntil(lambda: model.rowCount() >= rows, timeout=WAIT)
    return model


def test_the_history_names_a_changed_field_as_its_record_calls_it(qtbot, ui, russian) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Арам Саргсян"], capture="2023-09-20", status="held").id
    doc = cf.identity_documents.create(captive_id=cid, kind="passport", number="AM0001")
    cf.identity_documents.update(doc.id, number="AM0002")
    model = history_of(qtbot, ui, cid, rows=1)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    field, change = headers.index("Поле"), headers.index("Изменение")
    changed = [r for r in range(model.rowCount())
               if model.index(r, change).data() == "AM0001 → AM0002"]
    assert changed, "the change of number is not in the history"
    [row] = changed
    assert model.index(row, field).data() == "Номер документа"
    tip = model.index(row, change).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Номер документа\n")


def test_the_history_and_the_recent_changes_show_values_as_the_interface_does(qtbot, ui, armenian) -> None:
    """Under Armenian, an added welfare contact, a changed status and a changed order read as
    the rest of the interface writes them: the action and the field in Armenian, a stored
    choice by its label, yes or no, a day as 03.10.2026, never "create", "True", "pre_trial"
    or "2026-10-03"."""
    from caseapp.ui.views.dashboard import DashboardView

    cf = ui.case_file
    cid = cf.captives.create(names=["Արամ Սարգսյան"], capture="2023-09-20", status="held").id
    cf.welfare_contacts.create(captive_id=cid, kind="icrc_visit", contact_on="2026-10-03",
                               confirmed=True)
    order = cf.detention_orders.create(captive_id=cid, start_date="2026-09-01",
                                       expires_on="2026-11-01")
    cf.detention_orders.update(order.id, expires_on="2026-12-01")
    cf.captives.update(cid, status="pre_trial", status_since="2026-09-01")
    model = history_of(qtbot, ui, cid, rows=4)
    cells = [str(model.index(r, c).data(role) or "") for r in range(model.rowCount())
             for c in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    text = "\n".join(cells)
    assert "01.11.2026 → 01.12.2026" in text
    assert "Նախնական կալանք" in text  # the status's label
    assert "այո" in text  # confirmed: yes
    for raw in ("True", "pre_trial", "held", "icrc_visit", "stated", "Confirmed", "Expires on",
                "Rule", "row_version"):
        assert raw not in text, raw
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)

    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.recent.count() >= 4, timeout=WAIT)
    recent = "\n".join(view.recent.item(i).text() for i in range(view.recent.count()))
    for raw in (": create", ": update", "expires on", "expires_on"):
        assert raw not in recent, raw
    assert "Ավելացվեց" in recent


def test_a_deadline_made_in_english_reads_in_russian_in_the_history(qtbot, ui, russian) -> None:
    """A detention order adds its rule's deadlines, titled in English (the language the
    file was written in); the History tab names them as the Deadlines view does, by the
    rule's Russian title, in the Record column and in the Change column."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Арам Саргсян"], capture="2023-09-20", status="held").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-02", term_months=4)
    stored = next(d for d in cf.deadlines.list(captive_id=cid) if d.rule_id == "az.detention.expiry")
    russian_title = cf.rule_set.title_in(stored.title, "ru", rule_id=stored.rule_id)
    assert russian_title != stored.title
    model = history_of(qtbot, ui, cid, rows=2)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    record, change = headers.index("Запись"), headers.index("Изменение")
    texts = [(model.index(r, record).data(), model.index(r, change).data()) for r in range(model.rowCount())]
    assert ("Срок: " + russian_title) in [r for r, _c in texts]
    assert not [t for pair in texts for t in pair if stored.title in t]


def test_the_history_says_a_deadlines_hour_as_the_window_does(qtbot, ui, russian) -> None:
    """A deadline due at an hour was shown in the history's tooltip as "Время: 16:00:00", the
    stored text, where every other view says 16:00 (4:00 PM in English)."""
    from caseapp.ui.views.audit_texts import audit_tooltip

    cf = ui.case_file
    cid = cf.captives.create(names=["Арам Саргсян"], capture="2023-09-20", status="held").id
    cf.deadlines.create(captive_id=cid, title="Qwxz", due_on="2026-12-02", due_time="16:00",
                        timezone="Europe/Paris")
    [entry] = [e for e in cf.audit.for_captive(cid) if e.entity == "deadlines"]
    tip = audit_tooltip(entry)
    assert "16:00" in tip and "16:00:00" not in tip, tip
