"""A share of the split recovery key (SLIP-39) is called one way in each language, the
glossary's (docs/glossary.md, *share (of the recovery key)*): «բաժին» in Armenian, «доля» in
Russian, in the window (the recovery dialogs, the printed sheets) and in the messages of the
command line and the services, never «մաս» / «часть». An older delivery
(incoming/gui12.messages.json) said «մաս» / «часть»; read as the lead applies the deliveries
(tests/applied_translations.py), so a delivery that brings the old word back fails here."""

from __future__ import annotations

import re

import pytest

from tests.applied_translations import applied
from tests.glossary_table import COLUMNS, rows

SHARE = re.compile(r"\bshares?\b", re.IGNORECASE)  # not "shareable", nor a "shared database"
# The glossary's term in any case and number (բաժին, բաժնից, բաժինները; доля, долей, долю)
# and not «բաժանել» (to split) nor «должен».
TERM = {"hy": re.compile(r"բաժ[ին]", re.IGNORECASE), "ru": re.compile(r"дол[еияю]", re.IGNORECASE)}
# The word the older delivery used (not «մասին», "about").
OTHER = {"hy": re.compile(r"(?<![\w])մաս(ը|ն|ի|ից|ով|եր\w*)?(?![\w])", re.IGNORECASE),
         "ru": re.compile(r"\bчаст(ь|и|ей|ям|ями|ях|ью)\b", re.IGNORECASE)}


def _glossary_term(lang: str) -> str:
    row = next(cells for cells in rows() if cells[0].startswith("share (of the recovery key)"))
    return row[COLUMNS[lang]]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_glossary_gives_the_term(lang: str) -> None:
    term = _glossary_term(lang)
    assert TERM[lang].search(term) and not OTHER[lang].search(term), term


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_share_is_said_with_the_glossarys_word(lang: str) -> None:
    found = applied(lang)
    keys = [key for key in found if SHARE.search(key[1])]
    assert len(keys) > 30  # the recovery dialogs, the printed sheet, `caseapp recovery`
    wrong = [f"{context or 'catalogue'}: {source[:60]!r} → {text[:90]!r}"
             for context, source in keys for text in found[(context, source)]
             if text and (not TERM[lang].search(text) or OTHER[lang].search(text))]
    assert not wrong, "\n".join(wrong)
