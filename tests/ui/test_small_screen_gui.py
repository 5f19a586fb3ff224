"""On a 1024×768 screen (its free area 1024×738 under a 30-pixel panel), in Armenian and in
Russian, whose words are the longest: the window on its first start and every dialog open
whole, their buttons in sight, never running off the screen's edge; a long choice (a rule's
title, a letter's) does not widen its dialog, and is whole in its tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtGui import QScreen

from caseapp.services.casefile import open_case_file
from caseapp.ui.language import apply_language
from caseapp.ui.models.records import RECORD_ROLE
from caseapp.ui.sidebar import NAMES_KEY
from tests.ui.cut_cells import cut_texts
from tests.ui.every_dialog import close, every_dialog

ROOM = QRect(0, 0, 1024, 738)
TITLE_BAR = 30  # a window manager's, around a window


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(ROOM))
    return ROOM


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_window_and_every_dialog_fit_a_1024_by_768_screen(
        lang: str, qtbot, tmp_path: Path, demo_copy: Path, small_screen: QRect) -> None:
    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None,
                        demo_path=tmp_path / "no.db")  # no size kept: the first start's
    qtbot.addWidget(window)
    assert window.width() <= small_screen.width() and window.height() <= small_screen.height()
    window.show()
    assert window.open_path(demo_copy)
    ids = [r.id for r in window.case_file.overview.captive_rows()]
    too_large = []
    for name, build in every_dialog(window, ids[0], ids[1], tmp_path):
        dialog = build()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
        # with its title bar (some 30 px): a dialog as tall as the free area had its
        # buttons under the panel (the dossier's, the status report's)
        if dialog.width() > small_screen.width() or dialog.height() + TITLE_BAR > small_screen.height():
            too_large.append(f"{name}: {dialog.width()}×{dialog.height()}")
        close(dialog)
    assert too_large == []
    window.set_case_file(None, backup_previous=False)


def test_a_long_rule_title_is_whole_in_the_open_list_and_the_tooltip(qtbot, ui, small_screen: QRect) -> None:
    from datetime import date

    from caseapp.ui.dialogs.rule_calculator import RuleCalculator
    from caseapp.ui.widgets.captive_picker import CaptiveSource

    apply_language(QCoreApplication.instance(), "hy")
    dialog = RuleCalculator(ui.case_file.rule_set, date(2026, 12, 1), CaptiveSource(ui), None,
                            add=lambda *_a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.rule
    longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
    combo.setCurrentIndex(longest)
    assert combo.toolTip() == combo.itemText(longest)
    view = combo.view()
    assert view.minimumWidth() >= min(view.sizeHintForColumn(0), small_screen.width())


def test_the_no_desktop_notifications_notice_is_read_whole_at_1024(qtbot, tmp_path: Path, demo_copy: Path) -> None:
    """Where the system has no tray, the window says that reminders show at its top: in
    Armenian at 1024 pixels that sentence is on as many lines as it needs, beside the file's
    name, never cut in the middle of a word by it."""
    from PySide6.QtWidgets import QLabel

    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None, demo_path=tmp_path / "no.db")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    assert window.open_path(demo_copy)
    assert not window.notifier.uses_tray  # no tray under the tests' screen
    notice = window.statusBar().findChild(QLabel, "status_notice")
    assert notice is not None and "պատուհանի" in notice.text()
    window.statusBar().clearMessage()  # "Opened …" gone, the notice shows (the test below)
    qtbot.waitUntil(lambda: notice.isVisible() and notice.height() >= notice.heightForWidth(notice.width()))
    assert notice.geometry().right() < window.file_label.geometry().left()
    assert window.open_path(demo_copy)  # opened again: said once, not twice
    qtbot.waitUntil(lambda: len(window.statusBar().findChildren(QLabel, "status_notice")) == 1)
    window.set_case_file(None, backup_previous=False)


def _window_at_1024(qtbot, tmp_path: Path, lang: str):  # type: ignore[no-untyped-def]
    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None, demo_path=tmp_path / "no.db")
    qtbot.addWidget(window)
    window.resize(1024, 738)
    window.show()
    return window


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_status_message_is_never_painted_over_the_notice(lang: str, qtbot, tmp_path: Path,
                                                           demo_copy: Path) -> None:
    """The file opened, "Opened <file>" shows in the status bar while the notice that
    reminders show at the window's top is there too: the message was painted over the
    notice, both unreadable. Now the notice steps aside while a message shows, and is back
    (whole) when the message is gone."""
    from PySide6.QtWidgets import QLabel

    window = _window_at_1024(qtbot, tmp_path, lang)
    bar = window.statusBar()
    assert window.open_path(demo_copy)
    notice = bar.findChild(QLabel, "status_notice")
    assert notice is not None
    for _ in range(3):  # Qt's own deferred showing of a widget just added to the bar
        QCoreApplication.processEvents()
    # "Opened …" shows for five seconds: on a loaded machine the opening may outlast it
    if bar.currentMessage().endswith(str(demo_copy)):
        assert not notice.isVisible()
    bar.clearMessage()
    qtbot.waitUntil(lambda: notice.isVisible() and notice.height() >= notice.heightForWidth(notice.width()))
    bar.showMessage("Deleted a note.")
    QCoreApplication.processEvents()
    assert not notice.isVisible()
    bar.clearMessage()
    assert notice.isVisible()
    window.set_case_file(None, backup_previous=False)


def test_a_long_path_is_cut_in_its_middle_and_whole_in_the_tooltip(qtbot, tmp_path: Path,
                                                                   demo_copy: Path) -> None:
    """A case file deep in folders: its path in the status bar took as much room as it is
    long, the notice beside it squeezed into a column 90 pixels wide. Now the path is cut
    in its middle (its folder's start and the file's name show), whole in its tooltip, and
    the notice keeps its room."""
    from PySide6.QtWidgets import QLabel

    deep = tmp_path.joinpath(*(["dossiers-of-the-captives-held-abroad"] * 6))
    deep.mkdir(parents=True)
    path = demo_copy.rename(deep / "demo.db")
    window = _window_at_1024(qtbot, tmp_path, "ru")
    assert window.open_path(path)
    window.statusBar().clearMessage()
    label = window.file_label
    notice = window.statusBar().findChild(QLabel, "status_notice")
    qtbot.waitUntil(lambda: notice.isVisible() and notice.height() >= notice.heightForWidth(notice.width()))
    assert window.minimumSizeHint().width() <= 1024 and window.width() <= 1024
    assert label.text() == str(path) and label.toolTip() == str(path)
    shown = QLabel.text(label)
    assert "…" in shown and shown.endswith("demo.db") and shown.startswith(str(path)[:5])
    assert label.geometry().right() <= window.statusBar().width()
    assert notice.width() >= window.width() // 3, (notice.width(), label.width())
    assert notice.geometry().right() < label.geometry().left()
    window.set_case_file(None, backup_previous=False)


def _too_wide(qtbot, window, view_id: str) -> list[str]:
    """Where the view (on each of its tabs) scrolls sideways in its scroll area."""
    from PySide6.QtWidgets import QTabWidget

    view = window.views[view_id]
    area = window.stack.area_of(view)
    tabs = view.findChild(QTabWidget) if view_id == "captive" else None
    wide = []
    for i in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(i)
        qtbot.wait(50)  # laid out and the scroll bars set (no time asserted)
        if area.horizontalScrollBar().maximum() > 0:
            where = f"{view_id} / {tabs.tabText(i)}" if tabs is not None else view_id
            wide.append(f"{where}: {view.width()} wide in {area.viewport().width()}")
    return wide


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_the_captive_file_deadlines_and_hearings_never_scroll_sideways_at_1024(
        lang: str, qtbot, tmp_path: Path, demo_copy: Path, small_screen: QRect) -> None:
    """At 1024×768 the captive's file (its header's buttons, status badge, every tab's button
    bar), the Deadlines and the Hearings views fit the window's width: their rows of buttons
    go on a second line rather than past the edge."""
    from caseapp.ui.main_window import MainWindow

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None,
                        demo_path=tmp_path / "no.db")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_copy)
    window.resize(small_screen.size())
    qtbot.waitUntil(lambda: window.width() == small_screen.width(), timeout=5000)
    rows = window.case_file.overview.captive_rows()
    too_wide = []
    for view_id in ("captive", "deadlines", "hearings"):
        if view_id == "captive":
            window.open_captive(rows[0].id)
        else:
            window.show_view(view_id)
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
        QCoreApplication.processEvents()
        too_wide += _too_wide(qtbot, window, view_id)
    assert too_wide == [], "\n".join(too_wide)
    window.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_long_field_label_is_read_whole_in_its_dialog(lang: str, qtbot, ui,
                                                          small_screen: QRect) -> None:
    """Edit summary, asks and consent: the family's consent to a submission to the UN
    Working Group (a whole sentence, longest in Russian) goes on as many lines as it needs
    beside its box, within a dialog that fits the screen, never cut."""
    from PySide6.QtWidgets import QLabel

    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    captive = ui.case_file.overview.captive_rows()[0].id
    dialog = dlg.make_add_dialog(ui, CAPTIVE_CASE, captive_id=captive)
    qtbot.addWidget(dialog)
    dialog.show()
    text = next(f.label for f in dialog.fields if f.name == "consent_family_wgeid")
    caption = next(c for c in dialog.findChildren(QLabel) if c.text() == text)
    qtbot.waitUntil(lambda: caption.isVisible())
    assert dialog.width() <= small_screen.width()
    assert dialog.rect().contains(QRect(caption.mapTo(dialog, caption.rect().topLeft()), caption.size()))
    whole = caption.fontMetrics().horizontalAdvance(caption.text()) <= caption.width() or (
        caption.wordWrap() and caption.height() >= caption.heightForWidth(caption.width()))
    assert whole, (caption.text(), caption.size())
    assert caption.buddy() is dialog.widgets["consent_family_wgeid"]  # its shortcut, its reader


def _cut_in_profile_or_names(view) -> list[str]:  # type: ignore[no-untyped-def]
    """What of the captive's profile (captions, values, buttons) and of its names table is
    cut or too narrow to read."""
    from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton

    profile, scroll = view.profile, view.profile_scroll
    cut = []
    if scroll.horizontalScrollBar().maximum() > 0 or scroll.viewport().width() < profile.minimumSizeHint().width():
        cut.append(f"profile: {scroll.viewport().width()} wide, needs {profile.minimumSizeHint().width()}")
    for key, value in profile.values.items():
        form = value.parentWidget().findChild(QFormLayout)
        caption = form.labelForField(value)
        assert isinstance(caption, QLabel)
        if caption.width() < caption.fontMetrics().horizontalAdvance(caption.text()):
            cut.append(f"caption {caption.text()!r}: {caption.width()}")
        if value.width() < 200:
            cut.append(f"value {key}: {value.width()} wide")
    for button in profile.findChildren(QPushButton):
        right = button.mapTo(scroll.viewport(), button.rect().topRight()).x()
        if button.width() < button.sizeHint().width() or right > scroll.viewport().width():
            cut.append(f"button {button.text()!r}: {button.width()} of {button.sizeHint().width()}")
    table = view.sections["names"].table
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) < table.sizeHintForColumn(column):
            cut.append(f"names column {column}: {header.sectionSize(column)} of "
                       f"{table.sizeHintForColumn(column)}")
    if table.horizontalScrollBar().maximum() > 0:
        cut.append("names table scrolls sideways")
    return cut


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_profile_and_the_names_read_whole_at_1024_and_wider(lang: str, qtbot, tmp_path: Path,
                                                                demo_copy: Path) -> None:
    """The captive's Profile tab: at 1024 pixels in Russian the names table beside the
    profile squeezed it into 300 pixels, its values cut at the edge ("Бывшее должностное"),
    "Удалить фотографию" cut, the names themselves cut ("Армен Мар…"). Now the profile
    sits over the tables where the width cannot give both what they need, beside them on a
    wider screen; either way every caption, value, button and name reads whole."""
    from PySide6.QtCore import Qt

    window = _window_at_1024(qtbot, tmp_path, lang)
    assert window.open_path(demo_copy)
    window.open_captive(window.case_file.overview.captive_rows()[0].id)
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
    view = window.views["captive"]
    # at 1024 the list of views folded leaves the file room for both side by side in some
    # languages (the profile over the tables where it does not)
    for width, orientation in ((1024, None), (1360, Qt.Orientation.Horizontal)):
        window.resize(width, 738)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.waitUntil(lambda o=orientation: o is None or view.profile_split.orientation() == o)
        qtbot.wait(50)  # laid out (no time asserted)
        cut = _cut_in_profile_or_names(view)
        assert cut == [], f"{width}: " + "\n".join(cut)
    window.set_case_file(None, backup_previous=False)


def _advocacy_log(qtbot, tmp_path: Path, demo_copy: Path, lang: str, width: int = 1024):  # type: ignore[no-untyped-def]
    """The window at ``width`` with the demo's advocacy log on screen, loaded and laid out."""
    window = _window_at_1024(qtbot, tmp_path, lang)
    window.resize(width, 738)
    assert window.open_path(demo_copy)
    window.show_view("advocacy")
    view = window.views["advocacy"]
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.model.rowCount() > 0, timeout=20000)
    qtbot.wait(50)  # laid out (no time asserted)
    return window, view


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_advocacy_log_gives_its_table_the_width_and_reads_channel_and_status_whole(
        lang: str, qtbot, tmp_path: Path, demo_copy: Path, small_screen: QRect) -> None:
    """The advocacy log at 1024 pixels: its buttons in a column beside the table left it
    some 530 pixels for seven columns, the channel and the status cut ("Подача …",
    "Получение подтвер…"). The buttons are now over the table, which has the view's
    width, and no word of the channel and status columns is cut (a long one on two lines)."""
    window, view = _advocacy_log(qtbot, tmp_path, demo_copy, lang)
    table = view.table
    assert table.width() >= view.width() - 40
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)
    assert not _cut_in(table, (2, 4))  # the channel, the status
    for button in view.buttons.values():
        assert button.width() >= button.sizeHint().width()
        assert button.mapTo(view, button.rect().topRight()).x() <= view.width()
    window.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_advocacy_log_never_scrolls_sideways_and_keeps_the_subject_readable(
        lang: str, qtbot, tmp_path: Path, demo_copy: Path, small_screen: QRect) -> None:
    """The advocacy log at 1024 pixels: its seven columns were wider than the table (in
    Russian it scrolled sideways; in Armenian the subject was squeezed to 35 pixels). Now
    the captives and the addressee give up width first (elided, whole in their tooltip),
    the captives column is hidden only when the subject could not be read otherwise (the
    panel below lists them), and is back, whole, when the window is wider."""
    window, view = _advocacy_log(qtbot, tmp_path, demo_copy, lang)
    table, header = view.table, view.table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    assert header.length() <= table.viewport().width(), [header.sectionSize(c) for c in range(7)]
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(3) >= 15 * char  # the subject, read
    for column in range(7):
        if not header.isSectionHidden(column):
            title = header.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), title
    if header.isSectionHidden(6):  # the captives, then, in the panel below
        row = next(r for r in range(view.proxy.rowCount())
                   if view.proxy.index(r, 0).data(RECORD_ROLE).captives)
        table.selectRow(row)
        assert view.captives.count() == len(view.current_row().captives) > 0
    else:
        tip = view.proxy.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "\n".join(c.full for c in view.current_row().captives)
    window.resize(1280, 738)
    qtbot.waitUntil(lambda: not header.isSectionHidden(6) and header.sectionSize(6) >= 120)
    assert header.length() <= table.viewport().width()
    window.set_case_file(None, backup_previous=False)


def test_the_advocacy_status_is_whole_after_widths_saved_under_english(
        qtbot, tmp_path: Path, demo_copy: Path) -> None:
    """Widths saved by a session in English (the status column 95 pixels wide) were put
    back under Armenian, and cut its statuses ("Ստացումը հ…"). The channel and status
    columns are now as wide as their longest word in the language of the window, whatever
    width was saved."""
    # the names of the views shown (as at 1024 before they folded): the status's own width
    # there was 95, saved with the layout, not a width given by hand
    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue(NAMES_KEY, "shown")
    window, view = _advocacy_log(qtbot, tmp_path, demo_copy, "en")
    view.table.horizontalHeader().resizeSection(4, 95)
    view.save_state(window.settings)
    window.set_case_file(None, backup_previous=False)

    window, view = _advocacy_log(qtbot, tmp_path, demo_copy, "hy", width=1280)
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)
    assert not _cut_in(view.table, (2, 4))  # the channel, the status
    window.set_case_file(None, backup_previous=False)


def _cut_in(table, columns) -> list[str]:  # type: ignore[no-untyped-def]
    """What ``table`` shows cut in ``columns`` (by their titles)."""
    titles = [str(table.model().headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
              for c in columns]
    return [t for t in cut_texts(table) if any(t.startswith(f"{title}: ") for title in titles)]
