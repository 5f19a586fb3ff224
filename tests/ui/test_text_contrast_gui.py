"""Every line of text a lawyer must read in the window's own pages and dialogs meets WCAG AA
(4.5:1) on its background, in the light and the dark palette: the warning under "Do not
encrypt this case file", the passphrase's hint and strength, the lock page's notes and errors,
the welcome page's line. They were drawn in the palette's border grey (1.6:1 on the light
window: the warning that an unencrypted file is readable by anyone at a border was the
faintest text on the screen) or in dark reds and yellows unreadable on the dark palette."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from caseapp.ui.dialogs.passphrase import StrengthMeter
from caseapp.ui.lock_page import LockPage
from caseapp.ui.opener import NewCaseFileDialog
from caseapp.ui.theme import contrast_ratio, dark_palette, light_palette
from caseapp.ui.views.welcome import WelcomePage

PALETTES = {"light": light_palette, "dark": dark_palette}


@contextmanager
def palette(qapp: QApplication, name: str) -> Iterator[QPalette]:
    before = qapp.palette()
    qapp.setPalette(PALETTES[name]())
    try:
        yield qapp.palette()
    finally:
        qapp.setPalette(before)


def _over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as drawn over ``background`` (a translucent colour blends with it)."""
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in zip(
        (colour.redF(), colour.greenF(), colour.blueF()),
        (background.redF(), background.greenF(), background.blueF()), strict=True)))


def unreadable(widget: QWidget) -> list[tuple[str, str, float]]:
    """The visible labels of ``widget`` under 4.5:1 on their window colour."""
    low = []
    for label in widget.findChildren(QLabel):
        if not label.text().strip() or label.isHidden():
            continue
        label.ensurePolished()
        pal = label.palette()
        background = pal.color(QPalette.ColorRole.Window)
        text = _over(pal.color(QPalette.ColorRole.WindowText), background)
        ratio = contrast_ratio(text, background)
        if ratio < 4.5:
            low.append((label.text()[:50], text.name(), round(ratio, 2)))
    return low


def _new_file(parent: QWidget) -> QWidget:
    dialog = NewCaseFileDialog("/tmp/casefile.db", parent)
    dialog.error.setText("The two passphrases differ.")
    return dialog


def _lock_page(parent: QWidget) -> QWidget:
    page = LockPage(parent)
    page.note.setText("Idle for 10 minutes.")
    page.file.setText("casefile.db")
    page.show_error("That passphrase does not open this case file.")
    return page


def _lock_page_busy(parent: QWidget) -> QWidget:
    page = LockPage(parent)
    page.set_busy(True, "Opening the case file…")
    return page


def _strength(text: str) -> Callable[[QWidget], QWidget]:
    def made(parent: QWidget) -> QWidget:
        meter = StrengthMeter(parent)
        meter.set_passphrase(text)
        return meter
    return made


SCREENS: dict[str, Callable[[QWidget], QWidget]] = {
    "new case file": _new_file,
    "welcome page": WelcomePage,
    "lock page": _lock_page,
    "lock page, opening": _lock_page_busy,
    "passphrase hint": _strength(""),
    "weak passphrase": _strength("password1234"),
    "middling passphrase": _strength("Yerevan-2026!"),
    "fair passphrase": _strength("lantern orbit sparrow"),
    "strong passphrase": _strength("lantern orbit sparrow cobalt quince"),
}


@pytest.mark.parametrize("name", PALETTES)
def test_every_label_reads_at_aa_in_both_palettes(qtbot, qapp: QApplication, name: str) -> None:  # type: ignore[no-untyped-def]
    with palette(qapp, name):
        host = QWidget()
        qtbot.addWidget(host)
        low = {screen: unreadable(make(host)) for screen, make in SCREENS.items()}
    assert {screen: found for screen, found in low.items() if found} == {}


def test_the_palettes_placeholder_reads_on_window_base_and_alternate_rows(qapp: QApplication) -> None:
    for make in PALETTES.values():
        p = make()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase):
            background = p.color(role)
            text = _over(p.color(QPalette.ColorRole.PlaceholderText), background)
            assert contrast_ratio(text, background) >= 4.5, (make.__name__, role.name)


def test_the_documents_colours_read_on_every_row_in_both_palettes(qapp: QApplication) -> None:
    """A document's reliability (confirmed green, doubtful red) and its pages OCR may not have
    read (orange) and a hearing day's number in the calendar (blue) were fixed colours: #b9770e
    was 3.7:1 on the light rows and 4.2:1 on the dark, the confirmed green 3.2:1 and the
    hearing days' blue 2.8:1 on the dark."""
    from caseapp.ui.theme import alert_text, caution_text, confirmed_text, hearing_day_text

    for name in PALETTES:
        with palette(qapp, name) as p:
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                         QPalette.ColorRole.AlternateBase):
                for colour in (alert_text(), caution_text(), confirmed_text(), hearing_day_text()):
                    assert contrast_ratio(QColor(colour), p.color(role)) >= 4.5, (name, role.name,
                                                                                   colour)
    assert contrast_ratio(QColor("#b9770e"), light_palette().color(QPalette.ColorRole.Base)) < 4.5
