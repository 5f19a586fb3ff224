"""On a small laptop's 1024×600 screen (its dialogs at most 1016×568 inside the window
manager's frame), in English, Armenian and Russian: each dialog fits, and shows its labels,
buttons and columns whole."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.exceptions import TimeoutError as NotYet

from caseapp.ui.language import apply_language
from tests.ui.cut_cells import cut_texts

SCREEN = QRect(0, 0, 1024, 600)
ROOM = (1016, 568)  # the screen less the window manager's borders and title bar

# A list as the lawyer gets it: long names, long places of detention, a row with errors.
LONG_LIST = (
    "ФИО,Дата рождения,Дата пленения,Статус,Категория,Место содержания\n"
    "Мартиросян Армен Ашотович,1972-06-30,2023-10-04,под следствием,военнослужащий,"
    "Бакинский следственный изолятор № 1 Министерства юстиции\n"
    "Петросян Гагик Самвелович,1980-05-01,2023-09-20,осуждён,гражданское лицо,"
    "Учреждение пенитенциарной службы № 13 (Умбаки)\n"
    "Саргсян Давид,31.02.1990,вчера,в плену,бывшее должностное лицо,неизвестно\n")


@pytest.fixture
def small_laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    for measure in ("availableGeometry", "geometry"):  # (Qt sizes a window by both)
        monkeypatch.setattr(QScreen, measure, lambda _self: QRect(SCREEN))
    return SCREEN


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_import_preview_shows_its_last_column_within_1024_pixels(
        lang: str, qtbot, ui, tmp_path: Path, small_laptop: QRect) -> None:
    """Import Spreadsheet, step 3, with long names and places: the columns were cut to 150
    pixels each, their sum wider than the dialog, and the last one, "Problems and likely
    duplicates", was squeezed to a sliver in English ("lems dupli", "Like ca…") and off the
    right edge in Russian, behind a scroll bar. The columns now share the table's width: the
    problems are in sight, no column narrower than its title, no word cut."""
    from caseapp.ui.dialogs.sheet_import import SheetImportDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    sheet = tmp_path / "список.csv"
    sheet.write_text(LONG_LIST, encoding="utf-8")
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(2):
        assert (fits(dialog), cut_or_hidden(dialog)) == ([], []), dialog.steps.currentIndex()
        dialog.findChild(QPushButton, "sheet_next").click()
    assert dialog.steps.currentIndex() == 2
    table = dialog.rows
    header = table.horizontalHeader()
    last = header.count() - 1

    def seen() -> dict[str, object]:
        return {"scrolls sideways": table.horizontalScrollBar().maximum() > 0,
                "problems past the edge": header.sectionViewportPosition(last)
                + header.sectionSize(last) > table.viewport().width(),
                "narrower than the title": [c for c in range(header.count())
                                            if header.sectionSize(c) < header.sectionSizeHint(c)],
                # the problems are read, not cut to a few letters (the others' tooltips hold
                # a long place whole)
                "words cut": cut_texts(table, elided=range(last))}

    whole = {"scrolls sideways": False, "problems past the edge": False,
             "narrower than the title": [], "words cut": []}
    with contextlib.suppress(NotYet):  # fitted on the next turns of the event loop
        qtbot.waitUntil(lambda: seen() == whole)
    assert seen() == whole
    assert (fits(dialog), cut_or_hidden(dialog)) == ([], [])


def _scrolls(widget: QWidget, dialog: QWidget) -> bool:
    """Whether ``widget`` is in a part of ``dialog`` that scrolls (read by scrolling)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_or_hidden(dialog: QWidget) -> list[str]:
    """The texts of ``dialog`` not shown whole: a label or a button narrower than its text on
    one line, a wrapped label shorter than its lines (painted over its neighbours)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text() or _scrolls(label, dialog):
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(f"{label.text()[:30]}… on {label.height()} of "
                           f"{label.heightForWidth(label.width())} pixels")
        elif label.width() < label.minimumSizeHint().width():
            cut.append(label.text())
    inside = dialog.rect()
    for widget in dialog.findChildren(QWidget):  # a field past the dialog's edge is cut off
        if widget.isVisibleTo(dialog) and not widget.isWindow() and not _scrolls(widget, dialog) \
                and not inside.contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())):
            cut.append(f"{type(widget).__name__} {widget.objectName()!r} past the edge")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text() and \
                button.width() < button.minimumSizeHint().width():
            cut.append(button.text())
    return cut


def fits(dialog: QWidget) -> list[str]:
    """What keeps ``dialog`` from fitting a 1024×600 screen, at its least and as it opens."""
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    return [f"{what} {size.width()}×{size.height()}" for what, size in
            (("least", least), ("opens at", dialog.size()))
            if size.width() > ROOM[0] or size.height() > ROOM[1]]


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_emergency_settings_show_every_sentence_whole(lang: str, qtbot, tmp_path: Path,
                                                         small_laptop: QRect) -> None:
    """Settings → Emergency: in Russian the first box's sentence ran off the right edge
    ("…с обратным отсчётом, который можно отм") and the dialog opened shorter than its
    text, the red warning about wipes that cannot be undone painted over the box above it,
    its first and last lines cut; in Armenian the second box's sentence was cut. Each
    sentence now wraps, and the dialog is never shorter than its lines."""
    from caseapp.ui.panic import EmergencySettingsDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = EmergencySettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog) == []
    assert cut_or_hidden(dialog) == []
    dialog.resize(dialog.minimumWidth(), 10)  # as small as the lawyer can make it
    qtbot.waitUntil(lambda: dialog.height() > 10)
    assert cut_or_hidden(dialog) == []


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_team_login_shows_its_keyring_choice_whole(lang: str, qtbot, tmp_path: Path,
                                                       small_laptop: QRect) -> None:
    """File → Connect to Team Server: "Keep the password in this computer's keyring" was cut
    at the dialog's right edge in Armenian and Russian ("…այս համակարգչի բանալ"). It wraps."""
    from caseapp.ui.team_connect import ConnectDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog) == []
    assert cut_or_hidden(dialog) == []
    assert dialog.keep.accessibleName() == dialog.findChild(QWidget, "keep_password_text").text()


def _more_dialogs(window, captive_id: int, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The dialogs :func:`every_dialog` leaves out: a new captive, a status, a document, a
    contact, an organisation, an intervention from the advocacy log, the second factor."""
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.status_dialog import make_status_dialog
    from caseapp.ui.team_connect import second_factor_dialog
    from caseapp.ui.views.advocacy import intervention_dialog

    ui = window.session.ui
    cf = ui.case_file
    document = tmp_path / "письмо_МККК_о_посещении_Бакинского_следственного_изолятора.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    yield "new captive", lambda: dlg.make_new_captive_dialog(ui, window)
    yield "status", lambda: make_status_dialog(ui, cf.captives.get(captive_id), window)
    yield "document", lambda: dlg.make_document_dialog(ui, document, captive_id=captive_id,
                                                      parent=window)
    yield "intervention", lambda: intervention_dialog(ui, cf.organisations.list(),
                                                      cf.contacts.list(), parent=window)
    yield "second factor", lambda: second_factor_dialog(window, "armen.hovhannisyan@example.org")


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_every_dialog_fits_a_1024_by_600_screen_and_shows_its_texts_whole(
        lang: str, qtbot, tmp_path: Path, demo_copy: Path, small_laptop: QRect) -> None:
    """Every dialog a lawyer opens, over the demo case file, on a 1024×600 screen: it fits
    at its least and as it opens (a taller one scrolls inside), and no label, check box or
    button is cut, no sentence painted over the next."""
    from caseapp.services.casefile import open_case_file
    from caseapp.ui.main_window import MainWindow
    from tests.ui.every_dialog import close, every_dialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None,
                        demo_path=tmp_path / "no.db")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_copy)
    ids = [r.id for r in window.case_file.overview.captive_rows()]
    wrong: dict[str, list[str]] = {}
    for name, build in [*every_dialog(window, ids[0], ids[1], tmp_path),
                        *_more_dialogs(window, ids[0], tmp_path)]:
        dialog = build()
        dialog.show()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=20000)
        qtbot.waitExposed(dialog)
        with contextlib.suppress(NotYet):  # laid out again once its background reads came
            qtbot.waitUntil(lambda: fits(dialog) + cut_or_hidden(dialog) == [])  # noqa: B023
        found = fits(dialog) + cut_or_hidden(dialog)
        if found:
            wrong[name] = found
        close(dialog)
    window.set_case_file(None, backup_previous=False)
    assert wrong == {}


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_filing_dialog_opens_within_a_1024_by_600_screen_for_every_pack(
        lang: str, qtbot, ui, small_laptop: QRect) -> None:
    """Reports → Filing with the ECHR and the UN opened 620 pixels tall whatever the screen:
    on a 1024×600 one its Make the pack and Close buttons were under the screen's bottom
    edge. It opens within the screen, for every pack, at its least too."""
    from caseapp.ui.dialogs.filing import FilingDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = FilingDialog(ui, captive_id=ui.case_file.overview.captive_rows()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for pack in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(pack)
        assert (fits(dialog), cut_or_hidden(dialog)) == ([], []), dialog.kind.currentText()


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_recovering_a_passphrase_with_many_shares_fits_and_reaches_each_box(
        lang: str, qtbot, encrypted_case_file, small_laptop: QRect) -> None:
    """File → Recover a Lost Passphrase… for a file that needs 9 shares: a box for each
    made the dialog 826 pixels tall (16 shares: some 1,300), its last boxes, the new
    passphrase and the button that sets it below the bottom of a 1024×600 screen (and of a
    768-pixel one). The shares' boxes now scroll; Tab brings each into sight."""
    from PySide6.QtCore import Qt

    from caseapp.services import recovery
    from caseapp.ui.dialogs.recovery import RecoverPassphraseDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    recovery.set_up(encrypted_case_file.db, shares=9, threshold=9)
    path = encrypted_case_file.db.path
    encrypted_case_file.close()
    dialog = RecoverPassphraseDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.share_edits) == 9
    assert (fits(dialog), cut_or_hidden(dialog)) == ([], [])
    assert dialog.buttons.isVisible() and dialog.fields.isVisible()
    dialog.share_edits[0].setFocus()
    for _ in range(8):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    last = dialog.share_edits[-1]
    assert dialog.focusWidget() is last
    viewport = last.parentWidget().parentWidget()  # the scroll area's
    shown = QRect(last.mapTo(viewport, QPoint(0, 0)), last.size())
    assert viewport.rect().contains(shown)  # scrolled into sight


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_a_new_case_file_in_a_deep_folder_shows_its_caption_and_fits(
        lang: str, qtbot, tmp_path: Path, small_laptop: QRect) -> None:
    """File → New Case File… in a deep folder: the whole path on one line made the dialog
    wider than its window, its "File" caption squeezed to "Фай" and the path cut at the
    right edge. The path is now cut in its middle (its folder's start and its name shown),
    whole in its tooltip."""
    from caseapp.ui.opener import NewCaseFileDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    path = str(Path("/home/armen/Документы/Дела/Пленные_2023_Лачинский_коридор_и_Нагорный_Карабах"
                    "/Апелляции_и_продления_стражи") / "Дело пленных — копия для поездки.db")
    dialog = NewCaseFileDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with contextlib.suppress(NotYet):  # laid out on the next turns of the event loop
        qtbot.waitUntil(lambda: fits(dialog) + cut_or_hidden(dialog) == [])
    assert (fits(dialog), cut_or_hidden(dialog)) == ([], [])
    assert dialog.path.text() == path and dialog.path.toolTip() == path
