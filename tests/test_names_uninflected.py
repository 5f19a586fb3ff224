"""A captive's (or a contact's) name goes into a Russian or Armenian sentence as it is
written: no sentence puts it where the language would decline it ("из карточки пленного
Эдгар Закарян", "Զաքարյան-ի"). The name stands after a colon, in parentheses, first, or
after an arrow.

Read from the translations as the lead will apply them: the .ts and .po files, overlaid by
the deliveries in ``resources/translations/incoming`` that change them (one already applied,
whose text the .ts or .po holds, changes nothing)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
INCOMING = TRANSLATIONS / "incoming"

# (context, source, the placeholder that is a person's name); context None: the documents'
# catalogue (services, command line).
NAMED = [
    ("MainWindow", "Delete %1 and everything recorded about them (orders, hearings they alone "
                   "attend, contacts, documents)? This cannot be undone.", "%1"),
    ("Notifier", "No confirmed news of %1 for %Ln day(s)", "%1"),
    ("Notifier", "No confirmed news of %1 is recorded", "%1"),
    ("Operations", "Undoing “%1” deletes the captive %2 with everything recorded in their file. "
                   "Delete it?", "%2"),
    ("Operations", "Undoing “%1” deletes %2 from the file of %3. Delete it?", "%3"),
    ("MergeCaptivesDialog", "Moves to %1: %2.", "%1"),
    ("MergeCaptivesDialog", "The record of %1 is deleted once everything recorded about them has "
                            "moved. Edit → Undo brings both back as they were.", "%1"),
    ("MergeCaptivesDialog", "Merge %1 into %2", "%2"),
    ("MergeCaptivesDialog", "Merged %1 into %2.", "%2"),
    ("MergeCaptivesDialog", "Keep %1 (ID %2) and merge %3 (ID %4) into them. Where the two "
                            "differ, choose the value to keep.", "%1"),
    ("SheetImportDialog", "Merge into %1 (ID %2)", "%1"),
    ("ContactsView", "Delete %1 from the directory? The advocacy log keeps the interventions "
                     "addressed to them.", "%1"),
    (None, "Document {record_id} is not among the documents of {name} at the {level} level.",
     "{name}"),
    (None, "The family of {name} has not consented to a submission to the Working Group on "
           "Enforced or Involuntary Disappearances: record their consent on the captive "
           "(summary, asks and consent) before drafting it.", "{name}"),
    (None, "The file of {name} (ID {record_id}) is marked {marked}: it cannot go in a travel "
           "copy at the {level} level.", "{name}"),
    (None, "The file of {name} is marked {marked}: it cannot be printed at the {level} level. "
           "Lower the captive's sensitivity first (single fields can stay restricted).", "{name}"),
    (None, "The request needs the facts of the imminent risk to {name}: give them (--risk), or "
           "record the captive's health at the {level} level.", "{name}"),
    (None, "The {kind} of {name} (ID {record_id}) cannot become the kept captive's: {reason} "
           "Correct one of the two first; nothing was merged.", "{name}"),
    (None, "Wrote the dossier of {name} at the {level} level to {file} (version {version}).",
     "{name}"),
    (None, "{name} has not consented to publicity (no consent to publicity is recorded): no "
           "public {what} can be made. Record the consent first, or choose the shareable level.",
     "{name}"),
]


# "пленного 17": a number, not a name, follows the word
NUMBERED = {("SheetImportDialog", "captive %1")}


def _deliver(found: dict, before: dict, key: tuple[str | None, str], text: str | list[str]) -> None:
    texts = text if isinstance(text, list) else [text]
    if before.get(key) != texts:
        found[key] = texts


def _qt(lang: str) -> dict[tuple[str | None, str], list[str]]:
    found: dict[tuple[str | None, str], list[str]] = {}
    root = ET.parse(TRANSLATIONS / f"caseapp_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    before = dict(found)
    for delivery in sorted(INCOMING.glob("*.json")):
        if delivery.name.endswith(".messages.json"):
            continue
        for entry in json.loads(delivery.read_text(encoding="utf-8")):
            _deliver(found, before, (entry["context"], entry["source"]), entry[lang])
    return found


def _catalogue(lang: str) -> dict[tuple[str | None, str], list[str]]:
    with (TRANSLATIONS / "messages" / f"{lang}.po").open("rb") as f:
        catalog = read_po(f)
    found: dict[tuple[str | None, str], list[str]] = {}
    for message in catalog:
        if message.id:
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            found[(None, key)] = [s or "" for s in strings]
    before = dict(found)
    for delivery in sorted(INCOMING.glob("*.messages.json")):
        for entry in json.loads(delivery.read_text(encoding="utf-8")):
            _deliver(found, before, (None, entry["source"]), entry[lang])
    return found


@pytest.fixture(scope="module", params=["ru", "hy"])
def translations(request):
    return request.param, {**_qt(request.param), **_catalogue(request.param)}


def _declined_at(text: str, placeholder: str, lang: str) -> str | None:
    """The words around ``placeholder`` where the language would decline the name, or None."""
    for match in re.finditer(re.escape(placeholder) + r"(?![0-9])", text):
        before, after = text[:match.start()], text[match.end():]
        if lang == "ru" and re.search(r"[А-Яа-яЁё]\s*$", before):
            return text[max(0, match.start() - 25):match.end() + 5]
        if lang == "hy" and re.match(r"-", after):  # "Զաքարյան-ի": a case ending stuck on
            return text[max(0, match.start() - 5):match.end() + 10]
    return None


def test_a_name_is_never_where_the_language_declines_it(translations):
    lang, found = translations
    wrong = []
    for context, source, placeholder in NAMED:
        for text in found[(context, source)]:
            where = _declined_at(text, placeholder, lang)
            if where is not None:
                wrong.append(f"{context or 'catalogue'}: {source[:50]}… → “{where}”")
    assert not wrong, "\n".join(wrong)


def test_no_name_follows_the_word_captive_in_a_case(translations):
    """Wherever it comes from: "пленного %3", "пленному {name}" need an inflected name."""
    lang, found = translations
    if lang != "ru":
        pytest.skip("Armenian puts the name before the noun or in parentheses")
    wrong = [text for key, texts in found.items() if key not in NUMBERED for text in texts
             if re.search(r"\bплен(ного|ной|ному|ным|ном|ных)\s+(%\d|\{name\})", text)]
    assert not wrong, "\n".join(wrong)


# Interface sentences naming a team login (%1); the documents' catalogue: every {login}.
LOGGED_IN = [
    ("TeamConnect", "The server requires a second factor of %1: type the 6-digit code of the "
                    "authenticator app, or one of the recovery codes."),
    ("TeamConnect", "Needs internal clearance: %1 has clearance %2, which adds and edits records "
                    "at or below it, but not this."),
]


def test_a_login_takes_no_armenian_ending() -> None:
    """A login is Latin ("anna.k"): an ending after a hyphen ("anna.k-ը", "anna.k-ի") is not
    Armenian; the sentence declines the word մուտքանուն next to it instead."""
    found = {**_qt("hy"), **_catalogue("hy")}
    keys = [(c, s) for c, s in LOGGED_IN] + [k for k in found if k[0] is None and "{login}" in k[1]]
    assert len(keys) > 15
    wrong = [f"{context or 'catalogue'}: {text}" for context, source in keys
             for text in found[(context, source)]
             if _declined_at(text, "%1" if context else "{login}", "hy")]
    assert not wrong, "\n".join(wrong)
