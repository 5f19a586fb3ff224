"""The Armenian and Russian translations as the lead will apply them: the window's Qt
catalogues (caseapp_hy.ts, caseapp_ru.ts) and the messages' catalogues (messages/hy.po, ru.po),
overlaid by the deliveries in ``resources/translations/incoming`` in the order of their names,
as ``apply incoming/*.json`` writes them: a later delivery overrides an older one, and a
delivery overrides what the catalogue holds. Keys are (context, English source); the
messages' catalogue has the context None. Values are the forms (one, or the plural forms)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
INCOMING = TRANSLATIONS / "incoming"

Key = tuple[str | None, str]


def _deliver(found: dict[Key, list[str]], key: Key, text: str | list[str]) -> None:
    found[key] = text if isinstance(text, list) else [text]


def qt(lang: str) -> dict[Key, list[str]]:
    """The window's messages: every message of the .ts, then the Qt deliveries."""
    found: dict[Key, list[str]] = {}
    root = ET.parse(TRANSLATIONS / f"caseapp_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    for delivery in sorted(INCOMING.glob("*.json")):
        if delivery.name.endswith(".messages.json"):
            continue
        for entry in json.loads(delivery.read_text(encoding="utf-8")):
            _deliver(found, (entry["context"], entry["source"]), entry[lang])
    return found


def catalogue(lang: str) -> dict[Key, list[str]]:
    """The messages of the services, the command line and the documents: the .po, then the
    deliveries ``*.messages.json``."""
    with (TRANSLATIONS / "messages" / f"{lang}.po").open("rb") as f:
        po = read_po(f)
    found: dict[Key, list[str]] = {}
    for message in po:
        if message.id:
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            found[(None, key)] = [s or "" for s in strings]
    for delivery in sorted(INCOMING.glob("*.messages.json")):
        for entry in json.loads(delivery.read_text(encoding="utf-8")):
            if lang in entry:  # (an entry for French documents only gives "fr")
                _deliver(found, (None, entry["source"]), entry[lang])
    return found


def qt_sources(lang: str) -> set[Key]:
    """The window's messages the .ts holds (deliveries aside)."""
    root = ET.parse(TRANSLATIONS / f"caseapp_{lang}.ts").getroot()
    return {(context.findtext("name"), message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def catalogue_sources(lang: str) -> set[Key]:
    """The messages the .po holds (deliveries aside)."""
    with (TRANSLATIONS / "messages" / f"{lang}.po").open("rb") as f:
        po = read_po(f)
    return {(None, m.id[0] if isinstance(m.id, tuple) else m.id) for m in po if m.id}


def applied(lang: str) -> dict[Key, list[str]]:
    """Both: every message a user of ``lang`` reads, in the window or from the services."""
    return {**qt(lang), **catalogue(lang)}
