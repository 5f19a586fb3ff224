"""Armenian keeps the noun singular after a number: "5 գերի", "5 գերուց", "3 տողը", never
"5 գերիներից" or "3 տողերը". Checked in the window strings (.ts) and in the documents' and
command line's catalogue (.po), wherever a count (%n, %Ln, {count}) stands right before one
of the nouns a translation once put in the plural there. A plural without a count ("the
captives", "գերիները") is genuine and is not looked at."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

# The plural stems once found after a count: captives, matches, rows, numbers.
PLURAL_AFTER_COUNT = re.compile(r"(%L?n|\{count\})\s+(գերիներ|համընկնումներ|տողեր|թվեր)")


def _window_strings() -> list[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / "caseapp_hy.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found += [(f"{name}: {message.findtext('source')}", form) for form in forms]
    return found


def _catalogue_strings() -> list[tuple[str, str]]:
    with open(TRANSLATIONS / "messages" / "hy.po", "rb") as fh:
        catalogue = read_po(fh)
    found = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        found += [(source, s) for s in strings if s]
    return found


def test_the_pattern_tells_a_count_from_a_genuine_plural() -> None:
    assert PLURAL_AFTER_COUNT.search("այս գործի %Ln գերիներից մեկին")
    assert PLURAL_AFTER_COUNT.search("սկսած {count} տողերը չեն կարդացվում")
    assert not PLURAL_AFTER_COUNT.search("այս գործի %Ln գերուց մեկին")
    assert not PLURAL_AFTER_COUNT.search("արդեն գրանցված գերիների հետ՝ {merged}")
    assert not PLURAL_AFTER_COUNT.search("ամսաթվի սյունակների {count} թիվը")


def test_window_strings_keep_the_noun_singular_after_a_count() -> None:
    wrong = [(where, text) for where, text in _window_strings() if PLURAL_AFTER_COUNT.search(text)]
    assert wrong == []


def test_catalogue_keeps_the_noun_singular_after_a_count() -> None:
    wrong = [(where, text) for where, text in _catalogue_strings()
             if PLURAL_AFTER_COUNT.search(text)]
    assert wrong == []
