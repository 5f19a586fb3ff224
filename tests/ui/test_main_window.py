"""The main window as a lawyer uses it: welcome page, demo, navigation, shortcuts, undo,
encrypted files and the settings kept between sessions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.ui import settings as keys
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY


def opener(location, **kwargs):
    return open_case_file(location, today=lambda: TODAY, **kwargs)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings, demo_template: Path, tmp_path: Path) -> MainWindow:
    w = MainWindow(settings, opener, demo_builder=lambda p: shutil.copyfile(demo_template, p),
                   demo_path=tmp_path / "demo.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def open_demo(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=20000)


def test_welcome_page_first(window: MainWindow) -> None:
    assert window.case_file is None
    assert window.pages.currentWidget() is window.welcome
    assert not window.actions_by_id["new_captive"].isEnabled()


def test_demo_opens_on_the_dashboard_with_every_view(qtbot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    assert window.pages.currentIndex() == 1
    assert window.nav.count() == 7
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is list(window.views.values())[row]
    window.runner.wait()


def test_ctrl_f_goes_to_the_captives_search(qtbot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    window.actions_by_id["find"].trigger()
    assert window.current_view_id() == "captives"
    assert window.views["captives"].search.hasFocus() or window.focusWidget() is window.views["captives"].search


def test_open_a_captive_from_the_list(qtbot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    window.show_view("captives")
    view = window.views["captives"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    view.table.selectRow(0)
    window.actions_by_id["open_captive"].trigger()
    assert window.current_view_id() == "captive"
    assert window.views["captive"].captive_id == view.model.row_at(0).id


def test_undo_restores_the_last_edit(qtbot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    cf = window.case_file
    captive = cf.captives.list()[0]
    window.session.ops.update("captives", captive.id, {"summary": "changed by mistake"},
                              action="Edit summary", describe=lambda c: c.primary_name)
    assert cf.captives.get(captive.id).summary == "changed by mistake"
    undo = window.actions_by_id["undo"]
    assert undo.isEnabled()
    # The menu names the action and the captive it was about.
    assert undo.text() == f"&Undo Edit summary — {captive.latin_name}"
    undo.trigger()
    assert cf.captives.get(captive.id).summary == captive.summary
    assert "Undone" in window.statusBar().currentMessage()
    assert window.actions_by_id["redo"].text() == f"&Redo Edit summary — {captive.latin_name}"


def test_state_is_kept_between_sessions(qtbot, window: MainWindow, settings: QSettings) -> None:
    open_demo(qtbot, window)
    window.show_view("captives")  # a view is built when first shown; its layout saved then
    window.show_view("hearings")
    window.nav.setCurrentRow(list(window.views).index("hearings"))
    window.close()
    assert settings.value(keys.GEOMETRY) is not None
    assert settings.value(keys.LAST_FILE).endswith("demo.db")
    assert settings.value(keys.LAST_VIEW) == "hearings"
    assert keys.recent_files(settings)[0].endswith("demo.db")
    assert settings.value(keys.CAPTIVES_HEADER) is not None  # column widths and order


def test_encrypted_file_asks_for_the_passphrase(qtbot, window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:
    path = tmp_path / "secret.db"
    open_case_file(Location(path=path), passphrase="right passphrase", create=True, actor="t").close()
    answers = iter([("wrong", True), ("right passphrase", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    assert window.open_path(path)
    assert window.case_file is not None and window.case_file.db.encrypted
    # The padlock is a drawn icon beside the name (a "🔒" glyph showed as a box where the
    # font lacks it).
    assert "🔒" not in window.file_label.text()
    assert window.lock_icon.isVisible() and not window.lock_icon.pixmap().isNull()
    image = window.lock_icon.pixmap().toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width())
               for y in range(image.height()))


def test_wrong_passphrase_then_cancel_keeps_the_welcome_page(qtbot, window: MainWindow,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.db"
    open_case_file(Location(path=path), passphrase="right passphrase", create=True, actor="t").close()
    before = path.read_bytes()
    answers = iter([("wrong", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    assert not window.open_path(path)
    assert window.case_file is None and window.pages.currentWidget() is window.welcome
    assert path.read_bytes() == before


def test_missing_file_is_reported(window: MainWindow, tmp_path: Path, message_boxes) -> None:
    assert not window.open_path(tmp_path / "nothing.db")
    assert any("no case file" in text for _kind, text in message_boxes)
    assert not (tmp_path / "nothing.db").exists()


def test_a_missing_file_offers_to_create_one_there_or_open_another(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop app does not send the user to the command line ("caseapp init"): it says
    the file is not there and offers to create a new case file there or to open another."""
    from PySide6.QtWidgets import QMessageBox

    from caseapp.ui.opener import NewCaseFileDialog

    missing = tmp_path / "moved.db"
    seen: list[str] = []

    def click(label: str):
        def run(box: QMessageBox) -> int:
            seen.append(f"{box.text()} {box.informativeText()}")
            button = next(b for b in box.buttons() if b.text().startswith(label))
            button.click()
            return 0
        return run

    monkeypatch.setattr(QMessageBox, "exec", click("Create a New Case File"))
    monkeypatch.setattr(NewCaseFileDialog, "exec", lambda self: (
        self.plain.setChecked(True), self.accept(), 1)[-1])
    assert window.open_path(missing)
    assert missing.exists() and window.case_file is not None
    assert "caseapp init" not in seen[0] and str(missing) in seen[0]
    window.set_case_file(None, backup_previous=False)

    other = tmp_path / "other.db"
    open_case_file(Location(path=other), create=True, actor="t").close()
    monkeypatch.setattr(QMessageBox, "exec", click("Open Another File"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    assert window.open_path(tmp_path / "gone.db")
    assert window.case_file is not None and window.case_file.db.path == other


def test_deleting_a_captive_names_them_as_the_lists_do(qtbot, window: MainWindow, message_boxes) -> None:
    """Under Russian the question and the status bar name the captive by their Cyrillic
    spelling, as the Captives list shows them, not by the Armenian primary name."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    open_demo(qtbot, window)
    cid = window.case_file.captives.create(names=["Վահրամ Տեր-Մխիթարյան", "Вахрам Тер-Мхитарян"]).id
    window.delete_captive(cid)
    assert "Вахрам Тер-Мхитарян" in message_boxes[-1][1]
    assert window.statusBar().currentMessage() == QCoreApplication.translate(
        "MainWindow", "Deleted %1.").replace("%1", "Вахрам Тер-Мхитарян")


def test_a_file_opened_by_a_relative_path_is_remembered_by_its_folder(
        qtbot, window: MainWindow, settings: QSettings, demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `caseapp --db case.db` from one folder, the app started later from another one: the
    # recent files and the file reopened at start must be this one, not a case.db there.
    first, elsewhere = tmp_path / "first", tmp_path / "elsewhere"
    first.mkdir()
    elsewhere.mkdir()
    shutil.copyfile(demo_template, first / "case.db")
    monkeypatch.chdir(first)
    assert window.open_path(Path("case.db"))
    window.close()
    assert settings.value(keys.LAST_FILE) == str(first / "case.db")
    assert keys.recent_files(settings)[0] == str(first / "case.db")


def test_open_recent_reopens_a_file_closed(qtbot, window: MainWindow, demo_template: Path,
                                            tmp_path: Path) -> None:
    files = [tmp_path / "first.db", tmp_path / "second.db"]
    for path in files:
        shutil.copyfile(demo_template, path)
        assert window.open_path(path)
    window.close_file()
    assert window.case_file is None
    window.recent_menu.aboutToShow.emit()  # as the submenu opens
    entries = [action.text() for action in window.recent_menu.actions()]
    assert entries == [str(files[1]), str(files[0])]
    window.recent_menu.actions()[0].trigger()  # (each entry its own file, not the list's last)
    assert window.case_file is not None and window.case_file.db.path == files[1]
    assert window.pages.currentIndex() == 1


def test_relative_entries_of_earlier_versions_are_not_offered(settings: QSettings) -> None:
    # (earlier versions kept the path as typed: which folder it meant is not known)
    settings.setValue(keys.RECENT_FILES, ["case.db", "/cases/kept.db", "sub/other.db"])
    assert keys.recent_files(settings) == ["/cases/kept.db"]


def test_recent_files_kept_as_a_number_are_none(settings: QSettings) -> None:
    # (a settings store that keeps numbers, as macOS's and Windows' do, edited by hand: the
    # welcome page's list was a TypeError)
    settings.setValue(keys.RECENT_FILES, 5)
    assert keys.recent_files(settings) == []


def test_a_relative_last_file_is_not_opened_from_the_current_folder(
        settings: QSettings, demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.app import last_file

    shutil.copyfile(demo_template, tmp_path / "case.db")
    monkeypatch.chdir(tmp_path)
    settings.setValue(keys.LAST_FILE, "case.db")
    assert last_file(settings) is None
    settings.setValue(keys.LAST_FILE, str(tmp_path / "case.db"))
    assert last_file(settings) == tmp_path / "case.db"
