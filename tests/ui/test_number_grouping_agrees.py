"""A count reads the same in the window (Qt's QLocale) and in the documents and the command
line (Babel): both from CLDR, whose minimum grouping digits Babel does not apply by itself."""

from __future__ import annotations

import pytest

from caseapp.domain.cldr import LOCALES, format_number


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_documents_group_counts_as_the_window_does(lang: str, qapp) -> None:
    from PySide6.QtCore import QLocale

    qt = QLocale(LOCALES[lang])
    for n in (999, 1000, 1154, 2224, 9999, 10000, 12224, 123456, 1234567):
        # (French groups with CLDR's narrow no-break space, which the documents write as a
        # no-break space, as they do in dates: caseapp.domain.cldr)
        assert format_number(n, lang) == qt.toString(n).replace("\u202f", "\u00a0"), (lang, n)
