"""The window notices what other programs write to the open case file (a spreadsheet
imported on the command line, a scheduled import, a second window on the same file):
it looked at a list that lacked captives just imported, or at a deadline a colleague had
already moved, until the lawyer pressed F5. Now it looks every short while and when it is
used again, reads its views again when someone else wrote (keeping the chosen row, the
scroll position and the captive's open file), and says so in the status bar; its own
saves, and nothing written at all, read nothing again and say nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import caseapp
from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER
from tests.conftest import TODAY

WAIT = 10000
ANNOUNCED = "Updated with changes made outside this window at "


@pytest.fixture
def window(blank_window, demo_copy: Path):  # type: ignore[no-untyped-def]
    w = blank_window
    w.resize(1024, 600)  # the captives list scrolls
    assert w.open_path(demo_copy)
    w.show_view("captives")  # (its rows arrive in the background: _rows_shown)
    return w


@pytest.fixture
def other(demo_copy: Path) -> CaseFile:
    """The same case file opened by another program (the command line, a second window)."""
    cf = open_case_file(Location(path=demo_copy), actor="colleague", today=lambda: TODAY)
    yield cf
    cf.close()


def _ids(view) -> list[int]:  # type: ignore[no-untyped-def]
    return [view.model.row_at(r).id for r in range(view.model.rowCount())]


def _check(qtbot, w) -> bool:  # type: ignore[no-untyped-def]
    """What the short while's check found (run as its timer runs it)."""
    with qtbot.waitSignal(w.session.outside.checked, timeout=WAIT) as found:
        w.session.outside.timer.timeout.emit()
    return bool(found.args[0])


def _rows_shown(qtbot, w):  # type: ignore[no-untyped-def]
    view = w.views["captives"]
    # (the start's work after the first view, and a look on the window's showing, done)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and w.session.runner.settled
                    and not w.session.outside.looking, timeout=WAIT)
    return view


def test_a_captive_added_by_another_program_is_listed_without_f5(
        qtbot, window, other: CaseFile) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    new = other.captives.create(names=["Zakaryan Vahe"], capture="2024-05-01").id
    assert new not in _ids(view)
    assert w.session.outside.timer.interval() <= 30000  # every short while, on its own
    assert w.session.outside.timer.isActive()
    assert _check(qtbot, w) is True
    qtbot.waitUntil(lambda: new in _ids(view), timeout=WAIT)
    assert w.statusBar().currentMessage().startswith(ANNOUNCED)


def test_a_spreadsheet_imported_on_the_command_line_is_listed(
        qtbot, window, demo_copy: Path, tmp_path: Path) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    sheet = tmp_path / "arrivals.csv"
    sheet.write_text("Name,Date of capture\nZakaryan Vahe,2024-05-01\n", encoding="utf-8")
    before = len(_ids(view))
    done = subprocess.run([sys.executable, "-m", "caseapp", "--db", str(demo_copy),
                           "import-sheet", str(sheet), "--on-duplicate", "create"],
                          capture_output=True, text=True, check=False,
                          cwd=Path(caseapp.__file__).resolve().parents[1])  # this very code
    assert done.returncode == 0, done.stderr
    assert _check(qtbot, w) is True
    qtbot.waitUntil(lambda: len(_ids(view)) == before + 1, timeout=WAIT)
    assert any(view.model.row_at(r).latin_name == "Vahe Zakaryan"
               or "Zakaryan" in view.model.row_at(r).latin_name
               for r in range(view.model.rowCount()))


def test_nothing_written_reads_nothing_again(qtbot, window, monkeypatch) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    w.session.runner.wait()
    reads: list[str] = []
    cf = w.case_file
    real = cf.captive_list
    monkeypatch.setattr(cf, "captive_list", lambda **kw: reads.append("captives") or real(**kw))
    changes: list[object] = []
    w.session.bus.changed.connect(changes.append)
    w.statusBar().clearMessage()
    assert _check(qtbot, w) is False
    assert _check(qtbot, w) is False
    w.session.runner.wait()
    assert (reads, changes, w.statusBar().currentMessage()) == ([], [], "")
    assert view.model.rowCount() > 0


def test_the_window_s_own_save_is_not_announced(qtbot, window) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    added = w.session.ops.write(
        lambda cf: cf.captives.create(names=["Zakaryan Vahe"], capture="2024-05-01"))
    qtbot.waitUntil(lambda: added.id in _ids(view), timeout=WAIT)  # its own change, as always
    w.statusBar().clearMessage()
    assert _check(qtbot, w) is False
    assert not w.statusBar().currentMessage().startswith(ANNOUNCED)


def test_the_chosen_row_and_the_scroll_position_are_kept(
        qtbot, window, other: CaseFile) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    bar = view.table.verticalScrollBar()
    assert bar.maximum() > 0, "the list scrolls at this size"
    chosen = view.model.row_at(view.model.rowCount() // 2).id
    view.select_captive(chosen)
    bar.setValue(bar.maximum() // 2 + 1)
    scrolled = bar.value()
    other.welfare_contacts.create(captive_id=chosen, kind="family_call", contact_on="2026-11-20")
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    assert _check(qtbot, w) is True
    qtbot.waitUntil(lambda: resets != [], timeout=WAIT)
    assert view.current_captive_id() == chosen
    assert bar.value() == scrolled


def test_the_captive_s_open_file_stays_open_and_shows_the_change(
        qtbot, window, other: CaseFile) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    cid = view.model.row_at(0).id
    w.open_captive(cid)
    page = w.views["captive"]
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == cid, timeout=WAIT)
    before = page.sections["welfare_contacts"].model.rowCount()
    other.welfare_contacts.create(captive_id=cid, kind="icrc_visit", contact_on="2026-11-20")
    assert _check(qtbot, w) is True
    qtbot.waitUntil(lambda: page.sections["welfare_contacts"].model.rowCount() == before + 1,
                    timeout=WAIT)
    assert (w.current_view_id(), page.captive_id) == ("captive", cid)


def test_a_dialog_with_unsaved_edits_is_left_as_it_is(qtbot, window, other: CaseFile) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    cid = view.model.row_at(0).id
    w.open_captive(cid)
    page = w.views["captive"]
    qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == cid, timeout=WAIT)
    dialog = dlg.make_add_dialog(w.ui, DETENTION_ORDER, captive_id=cid, file=page.file,
                                 parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["start_date"].edit.setText("2027-01-29")
    other.welfare_contacts.create(captive_id=cid, kind="icrc_visit", contact_on="2026-11-20")
    before = page.sections["welfare_contacts"].model.rowCount()
    assert _check(qtbot, w) is True
    qtbot.waitUntil(lambda: page.sections["welfare_contacts"].model.rowCount() == before + 1,
                    timeout=WAIT)  # the views behind it read again
    assert dialog.isVisible()
    assert dialog.widgets["start_date"].edit.text() == "2027-01-29"


def test_a_change_is_looked_for_when_the_window_is_used_again(
        qtbot, window, other: CaseFile) -> None:
    w = window
    view = _rows_shown(qtbot, w)
    new = other.captives.create(names=["Zakaryan Vahe"], capture="2024-05-01").id
    with qtbot.waitSignal(w.session.outside.checked, timeout=WAIT) as found:
        w.session.application_state(Qt.ApplicationState.ApplicationActive)
    assert found.args == [True]
    qtbot.waitUntil(lambda: new in _ids(view), timeout=WAIT)


def test_a_locked_window_looks_for_nothing(qtbot, window, other: CaseFile) -> None:
    w = window
    _rows_shown(qtbot, w)
    w.locker.lock()
    assert not w.session.outside.timer.isActive()


def test_on_a_team_server_a_colleague_s_write_is_found_and_one_s_own_is_not(
        qtbot, blank_window, pg_url: str) -> None:
    w = blank_window
    w.set_case_file(open_case_file(Location(url=pg_url), actor="anna", today=lambda: TODAY))
    w.show_view("captives")
    colleague = open_case_file(Location(url=pg_url), actor="boris", today=lambda: TODAY)
    try:
        view = w.views["captives"]
        qtbot.waitUntil(lambda: not w.session.outside.looking and not w.session.runner.active,
                        timeout=WAIT)
        w.session.ops.write(lambda cf: cf.captives.create(names=["Vardanyan Armen"]))
        assert _check(qtbot, w) is False
        new = colleague.captives.create(names=["Zakaryan Vahe"], capture="2024-05-01").id
        assert _check(qtbot, w) is True
        qtbot.waitUntil(lambda: new in _ids(view), timeout=WAIT)
        assert w.statusBar().currentMessage().startswith(ANNOUNCED)
    finally:
        colleague.close()
        w.set_case_file(None)


def test_a_file_replaced_under_the_window_is_still_told_once_by_the_next_command(
        qtbot, window, demo_copy: Path, message_boxes) -> None:
    """The look finds a file a synchronised folder replaced: it says nothing itself (every
    20 seconds would be a box each time); the next command says it, once, as before."""
    import os
    import shutil

    w = window
    _rows_shown(qtbot, w)
    incoming = demo_copy.with_name("incoming.db")
    shutil.copyfile(demo_copy, incoming)
    os.replace(incoming, demo_copy)  # another computer's version, put in its place
    checked: list[bool] = []
    w.session.outside.checked.connect(checked.append)
    w.session.outside.timer.timeout.emit()
    qtbot.waitUntil(lambda: not w.session.outside.looking, timeout=WAIT)
    w.session.outside.timer.timeout.emit()  # and again: still nothing said
    qtbot.waitUntil(lambda: not w.session.outside.looking, timeout=WAIT)
    assert (checked, message_boxes) == ([], [])
    w.actions_by_id["new_captive"].trigger()
    [kept] = demo_copy.parent.glob("demo (kept by CaseApp *).db")
    assert [kind for kind, _text in message_boxes] == ["warning"]
    assert f"is kept in {kept}" in message_boxes[0][1]
