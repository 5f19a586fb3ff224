"""Colours a lawyer must read: every status colour and every urgency colour meets WCAG AA
(4.5:1 for text) on every background it is drawn on, in the light and the dark palette;
the badge's white text on each status colour too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.labels import status_badge_colour, status_colour
from caseapp.ui.theme import contrast_ratio, dark_palette, light_palette, relative_luminance, urgency_colour

ROLES = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Window)


def palettes(qapp: QApplication) -> dict[str, QPalette]:
    return {"light": light_palette(), "dark": dark_palette()}


def test_the_contrast_formula_against_known_pairs() -> None:
    # WCAG's own end points: black on white is 21:1, a colour on itself 1:1.
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # #767676 is the lightest grey with 4.5:1 on white (4.54), #777777 falls just short (4.48).
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert relative_luminance(QColor("#ffffff")) == pytest.approx(1.0)


def test_every_status_colour_reads_on_both_palettes(qapp) -> None:
    failures = []
    for name, palette in palettes(qapp).items():
        for role in ROLES:
            background = palette.color(role)
            for status in CaptiveStatus:
                ratio = contrast_ratio(status_colour(status, background), background)
                if ratio < 4.5:
                    failures.append((name, role.name, status.value, round(ratio, 2)))
    assert failures == []


def test_convicted_is_no_longer_dark_red_on_dark_grey(qapp) -> None:
    grey = dark_palette().color(QPalette.ColorRole.Base)
    # The old colour, #922b21, gave 1.53:1 on this grey.
    assert contrast_ratio(QColor("#922b21"), grey) < 2
    assert contrast_ratio(status_colour(CaptiveStatus.CONVICTED, grey), grey) >= 4.5


def test_badges_keep_white_text_readable_and_statuses_distinct(qapp) -> None:
    white = QColor("#ffffff")
    for status in CaptiveStatus:
        assert contrast_ratio(status_badge_colour(status), white) >= 4.5, status
    for name, palette in palettes(qapp).items():
        base = palette.color(QPalette.ColorRole.Base)
        shades = {status_colour(s, base).name() for s in CaptiveStatus}
        assert len(shades) == len(CaptiveStatus), name


def test_urgency_colours_read_on_both_palettes(qapp) -> None:
    for palette in palettes(qapp).values():
        for role in ROLES:
            background = palette.color(role)
            for kind in ("overdue", "today", "week"):
                assert contrast_ratio(urgency_colour(kind, background), background) >= 4.5, kind


def test_the_palette_in_use_decides(qapp) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        grey = dark_palette().color(QPalette.ColorRole.Base)
        assert contrast_ratio(status_colour(CaptiveStatus.CONVICTED), grey) >= 4.5
    finally:
        qapp.setPalette(before)


def test_the_deadlines_view_draws_its_groups_and_hard_marks_in_readable_colours(qapp) -> None:
    from caseapp.services.deadline_rows import Group
    from caseapp.ui.views.deadline_columns import group_colour
    from caseapp.ui.views.deadline_details import hard_colour

    before = qapp.palette()
    try:
        for palette in palettes(qapp).values():
            qapp.setPalette(palette)
            window = palette.color(QPalette.ColorRole.Window)
            # Its old week colour, #b7950b, gave 2.5:1 on the light window colour.
            for group in (Group.OVERDUE, Group.TODAY, Group.THIS_WEEK):
                assert contrast_ratio(QColor(group_colour(group)), window) >= 4.5, group
            assert contrast_ratio(QColor(hard_colour()), window) >= 4.5
    finally:
        qapp.setPalette(before)
