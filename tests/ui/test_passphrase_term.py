"""The secret that opens a case file is called one way in each language, the glossary's
(docs/glossary.md, *passphrase*): in the window's Qt catalogues (caseapp_hy.ts, caseapp_ru.ts)
and in the messages' catalogue of the command line and the documents (messages/hy.po, ru.po).
The Armenian said «գաղտնաբառ» in the window and «գաղտնաբառային արտահայտություն» on the
command line for the same thing; the Russian window called it «пароль» once."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from babel.messages.pofile import read_po

from caseapp.resources import resource
from tests.glossary_table import COLUMNS, rows

# What each language's term is recognised by, in any case and number.
STEMS = {"hy": ("գաղտնաբառ",), "ru": ("парольн", "фраз")}
OTHER = {"hy": "գաղտնաբառային արտահայտ", "ru": None}  # the word that is not to come back
NAMES = re.compile(r"CASEAPP_PASSPHRASE|caseapp passphrase")  # names, not the word


def _term(lang: str) -> str:
    row = next(cells for cells in rows() if cells[0] == "passphrase")
    return row[COLUMNS[lang]]


def _messages(lang: str) -> Iterator[tuple[str, str]]:
    """(English source, translation) of every finished message of both catalogues."""
    for context in ET.parse(resource("translations", f"caseapp_{lang}.ts")).getroot().iter(
            "context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type"):
                yield message.findtext("source") or "", "".join(translation.itertext())
    with open(resource("translations", "messages", f"{lang}.po"), "rb") as po:
        for m in read_po(po):
            if m.id and m.string:
                ids = [m.id] if isinstance(m.id, str) else list(m.id)
                strings = [m.string] if isinstance(m.string, str) else list(m.string)
                yield " ".join(ids), " ".join(strings)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_glossary_gives_the_term(lang: str) -> None:
    term = _term(lang).casefold()
    assert all(stem in term for stem in STEMS[lang]), term
    other = OTHER[lang]
    assert other is None or other not in term


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_passphrase_is_said_with_the_glossarys_word(lang: str) -> None:
    other = OTHER[lang]
    wrong = [(source, text) for source, text in _messages(lang)
             if (other is not None and other in text.casefold())
             or ("passphrase" in NAMES.sub("", source).casefold()
                 and not all(stem in text.casefold() for stem in STEMS[lang]))]
    assert not wrong, "\n".join(f"{s!r} -> {t!r}" for s, t in wrong[:10])
