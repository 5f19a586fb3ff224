"""The captive's file labels its facts in words that fit a woman as well as a man: the Russian
profile said «Пленён 09.11.2020» of Лилит Акопян (and the custody timeline «Пленён 9 ноября
2020 г.»). A label or tooltip about the captive names the fact («Пленение»), never a masculine
participle."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from caseapp.resources import resource

# the views that say the captive's facts, whoever the captive is
CONTEXTS = {"ProfilePanel", "CustodyTimeline", "CaptiveHeader"}
MASCULINE = re.compile(r"(?<!\w)(пленён|пленен|взят|задержан|освобождён|освобожден|переведён|"
                       r"переведен|осуждён|осужден|репатриирован|арестован)(?!\w)", re.IGNORECASE)


def test_the_captives_facts_are_not_said_in_the_masculine() -> None:
    found = []
    for context in ET.parse(resource("translations", "caseapp_ru.ts")).getroot().iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.findall("message"):
            text = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
            if MASCULINE.search(text):
                found.append((context.findtext("name"), message.findtext("source"), text))
    assert found == []
