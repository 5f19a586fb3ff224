"""The widest of many names, worked out from their letters' widths: never narrower than a
name laid out whole (a name column as wide as it never cuts one), and wider by a few pixels
at most, in every script a captive's name is written in, with marks, joined letters and
symbols that lay a text out narrower than its letters one by one."""

from __future__ import annotations

import math
import random

from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication

from caseapp.ui.widgets.text_widths import widest_advance

PARTS = ["Արամ", "Պետրոսյան", "Եղիազարյան", "և", "Тигран", "Варданян", "Щукин", "Ivan",
         "WWW", "iiii", "Ölçü", "Hüseynov", "Çələbi", "e\u0301", "ﬁ", "AVA", "Ta", "To",
         "محمد", "علي", "日本", "👩‍⚖️", "1", "№ 17", "(", "—", "ﬀ", "Ы", "Ш", "Ж", "ı", "ﬆ"]


def _names(seed: int, count: int) -> list[str]:
    pick = random.Random(seed)
    return [" ".join(pick.choice(PARTS) for _ in range(pick.randint(1, 5))) for _ in range(count)]


def _fonts() -> list[QFont]:
    fractional = QFont("DejaVu Sans", 11)
    fractional.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return [QApplication.font(), QFont("DejaVu Sans", 13), QFont("DejaVu Serif", 9), fractional]


def test_the_widest_name_is_never_cut_and_given_few_pixels_more(qapp) -> None:
    for font in _fonts():
        whole, exact = QFontMetrics(font), QFontMetricsF(font)
        for seed in range(8):
            names = _names(seed, 200)
            laid_out = max(max(whole.horizontalAdvance(n), math.ceil(exact.horizontalAdvance(n)))
                           for n in names)
            given = widest_advance(names, font)
            assert laid_out <= given <= laid_out + 2 * whole.averageCharWidth(), (seed, font.family())


def test_no_names_need_no_room(qapp) -> None:
    font = QApplication.font()
    assert widest_advance([], font) == 0 and widest_advance([""], font) == 0
    assert widest_advance(["Ivan"], font) >= QFontMetrics(font).horizontalAdvance("Ivan") > 0
