"""One word for one thing (docs/glossary.md): the seizure exposure report is «առգրավման
ռիսկերի հաշվետվություն» / «отчёт о рисках после изъятия» in the document, the command line's
messages and the window, never «բացահայտման հաշվետվություն» / «отчёт о раскрытии»; a name's
script is «գիր» / «письменность» in the dossier's names table as in the window's columns,
never «այբուբեն» / «алфавит»."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from babel.messages.pofile import read_po

from caseapp.reports.texts import TEXTS
from caseapp.resources import resource

EXPOSURE = {"hy": "ռիսկերի հաշվետվ", "ru": "отчёт о рисках"}
NOT_EXPOSURE = {"hy": "բացահայտման", "ru": "раскрыти"}
SCRIPT = {"hy": "գիր", "ru": "письменность"}
NOT_SCRIPT = {"hy": "այբուբեն", "ru": "алфавит"}


def _messages(lang: str) -> list[tuple[str, str | None, list[str]]]:
    with resource("translations", "messages", f"{lang}.po").open("rb") as f:
        catalogue = read_po(f)
    out = []
    for m in catalogue:
        english = m.id[0] if isinstance(m.id, tuple) else m.id
        forms = list(m.string) if isinstance(m.string, tuple | list) else [m.string]
        if english:
            out.append((english, m.context, [str(x) for x in forms]))
    return out


def _interface(lang: str) -> list[tuple[str, str, str]]:
    root = ET.parse(resource("translations", f"caseapp_{lang}.ts")).getroot()
    out = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                out.append((context.findtext("name") or "", message.findtext("source") or "",
                            translation.text.replace("&", "")))
    return out


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_exposure_report_has_one_name(lang: str) -> None:
    assert EXPOSURE[lang] in TEXTS[lang]["exp_title"].casefold()
    said = [text for english, _, forms in _messages(lang) for text in forms
            if "exposure report" in english.casefold()]
    said += [text for _, english, text in _interface(lang)
             if "exposure report" in english.replace("&", "").casefold()]
    assert len(said) >= 6
    assert not [t for t in said if NOT_EXPOSURE[lang] in t.casefold()]
    assert all(EXPOSURE[lang] in t.casefold() for t in said), said


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_names_script_has_one_name(lang: str) -> None:
    window = {text.casefold() for context, english, text in _interface(lang)
              if english == "Script"}
    assert window == {SCRIPT[lang]}
    assert TEXTS[lang]["script"].casefold() == SCRIPT[lang]
    said = [text for english, _, forms in _messages(lang) for text in forms
            if "script" in english.casefold() and "alphabet" not in english.casefold()]
    assert said
    assert not [t for t in said if NOT_SCRIPT[lang] in t.casefold()], said


PROOF_OF_LIFE = {"hy": "ողջ լինելու", "ru": "подтвержден"}
NOT_PROOF_OF_LIFE = {"hy": ("կյանքի", "ապացույց"), "ru": ("что человек жив", "подтверждение, что")}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_proof_of_life_has_one_name(lang: str) -> None:
    """«ողջ լինելու հաստատում» / «подтверждение того, что жив» in the dossier, the messages
    and the window, never «կյանքի ապացույց» / «подтверждение, что человек жив»."""
    said = [str(TEXTS[lang]["last_independent"])]
    said += [text for english, _, forms in _messages(lang) for text in forms
             if "proof of life" in english.casefold()]
    said += [text for _, english, text in _interface(lang)
             if "proof of life" in english.casefold() and "independent" in english.casefold()]
    assert len(said) >= 8
    wrong = [t for t in said if any(w in t.casefold() for w in NOT_PROOF_OF_LIFE[lang])]
    assert not wrong
    assert all(PROOF_OF_LIFE[lang] in t.casefold() for t in said), said


SHARE = {"hy": "բաժ", "ru": "дол"}
NOT_SHARE = {"hy": r"(?<![\w-])[Մմ]աս(երով|երից|երը|երի|երն|եր|ից|ով|ը|ի|ն)?(?!\w)",
             "ru": r"\bчаст(ь|и|ей|ям|ями|ях|ью)\b"}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_recovery_share_has_one_name(lang: str) -> None:
    """A share of the recovery key is «բաժին» / «доля» on the command line as in the window
    and on the printed sheets, never «մաս» / «часть»."""
    import re

    share = re.compile(r"\bshares?\b", re.IGNORECASE)
    said = [text for english, _, forms in _messages(lang) for text in forms if share.search(english)]
    said += [text for _, english, text in _interface(lang) if share.search(english)]
    assert len(said) >= 30
    assert not [t for t in said if re.search(NOT_SHARE[lang], t)]
    assert all(SHARE[lang] in t.casefold() for t in said), [
        t for t in said if SHARE[lang] not in t.casefold()]


DAYS_IN_CUSTODY = {"hy": "կալանքի օրեր", "ru": "под стражей"}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_days_in_custody_have_one_name(lang: str) -> None:
    """The days a captive has been held are «Կալանքի օրեր» / «Дней под стражей» in the
    window's column, on the command line, in the dossier and in the letter templates, never
    «Կալանքում անցկացրած օրեր» in one of them and «Կալանքի օրեր» in another."""
    said = [str(TEXTS[lang]["days_in_custody"])]
    said += [forms[0] for english, _, forms in _messages(lang)
             if english in ("Days in custody", "Days in custody: {days}")]
    said += [text for _, english, text in _interface(lang)
             if english in ("Days held", "Days in custody")]
    assert len(said) >= 5
    assert all(DAYS_IN_CUSTODY[lang] in t.casefold() for t in said), said
    letters = _letter_templates(lang)
    assert "{{ days_in_custody }}" in letters
    assert "անցկացրած օր" not in letters


def _letter_templates(lang: str) -> str:
    """The text of the shipped letter templates in ``lang``, paragraphs and tables."""
    from docx import Document

    out = []
    for name in sorted(resource("templates").iterdir(), key=lambda p: p.name):
        if name.name.endswith(f"_{lang}.docx"):
            with name.open("rb") as f:
                doc = Document(f)
            out += [p.text for p in doc.paragraphs]
            out += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(out).casefold()


CRIMINAL_CASE = {"hy": "քրեական գործ", "ru": "уголовн"}
NOT_CRIMINAL_CASE = {"hy": "հետապնդում", "ru": "преследовани"}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_criminal_case_has_one_name(lang: str) -> None:
    """A captive's prosecution is a criminal case, «քրեական գործ» / «уголовное дело», in the
    window (the file's tab, its heading, the dialogs' titles, the history) as in the
    messages and the documents; the Armenian window said «քրեական հետապնդում» where its own
    count and the charges' heading («… գործով») said «քրեական գործ»."""
    import re

    prosecution = re.compile(r"\bprosecutions?\b", re.IGNORECASE)
    witnesses = "prosecution witnesses"  # the prosecuting party's, not a case
    said = [forms[0] for english, _, forms in _messages(lang)
            if prosecution.search(english) and witnesses not in english.casefold()]
    said += [text for _, english, text in _interface(lang)
             if prosecution.search(english) and witnesses not in english.casefold()]
    assert len(said) >= 10
    assert not [t for t in said if NOT_CRIMINAL_CASE[lang] in t.casefold()], said
    assert all(CRIMINAL_CASE[lang] in t.casefold() for t in said), said


INTERNATIONAL = {"hy": "միջազգային վարույթ", "ru": "международн"}
PROCEEDING = {"hy": "վարույթ", "ru": "разбирательств"}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_an_international_proceeding_has_one_name(lang: str) -> None:
    """An international proceeding (a case before the ECHR or a UN body) is «международное
    разбирательство» in the captive's tabs, its record and its history, but was «международное
    производство» in the merge of two captives («1 международное производство») and the
    command line's list (`captives show`: «Международные производства»)."""
    said = [text for english, _, forms in _messages(lang) for text in forms
            if "international proceeding" in english.casefold()]
    said += [text for _, english, text in _interface(lang)
             if "international proceeding" in english.casefold()]
    root = ET.parse(resource("translations", f"caseapp_{lang}.ts")).getroot()
    said += [form.text or "" for message in root.iter("message")  # a count's plural forms
             if "international proceeding" in (message.findtext("source") or "")
             for form in message.iter("numerusform")]
    assert len(said) >= 6
    wrong = [t for t in said if PROCEEDING[lang] not in t.casefold()]
    assert not wrong, wrong


INTERVENTION = {"hy": "միջամտ", "ru": "обращени"}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_an_intervention_has_one_name(lang: str) -> None:
    """An intervention (a letter, meeting, call or filing on a captive's behalf) is
    «միջամտություն» / «обращение» (docs/glossary.md); the history named the captives an
    intervention concerns «Դիմումի գերի», the word of the ECHR and UN filings."""
    said = [(english, text) for english, _, forms in _messages(lang) for text in forms
            if "intervention" in english.casefold()]
    said += [(english, text) for _, english, text in _interface(lang)
             if "intervention" in english.casefold()]
    assert len(said) >= 20
    wrong = [pair for pair in said if INTERVENTION[lang] not in pair[1].casefold()]
    assert not wrong, wrong
