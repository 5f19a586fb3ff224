"""A deadline rule's source in the reader's language: every shipped rule (and calendar that
gives a source) cites it in Armenian, Russian and French as a lawyer of that language does, with
every article, rule and § number of the English and every doubt the English states; a
lawyer's own rule file without translations still loads and shows its source as written."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.deadlines import compute
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import RuleSet

# What a lawyer checks against the code: an article or rule number (410.1.1, 159.3-1,
# 27(4), 452-454), a paragraph (§ 1), a document symbol (36/38), a case number (27396/06),
# a date or period (2022, 72), and Geneva Convention III's Roman numeral.
NUMBER = re.compile(r"\d+(?:[.\-/]\d+)*(?:\(\d+\))?|§ \d+|\b[IVX]{2,}\b")

LANGUAGES = ("hy", "ru", "fr")
# A doubt stated in English, and how each language must still state it.
DOUBTS = {
    "as reported": {"ru": "по имеющимся сведениям", "hy": "ըստ հաղորդումների",
                    "fr": "selon les informations disponibles"},
    "article not confirmed": {"ru": "статья не подтверждена", "hy": "հոդվածը հաստատված չէ",
                              "fr": "article non confirmé"},
    "secondary source": {"ru": "вторичный источник", "hy": "երկրորդային աղբյուր",
                         "fr": "source secondaire"},
    "Unverified": {"ru": "Не проверено", "hy": "Չստուգված", "fr": "non vérifié"},
    "placeholder": {"ru": "условно", "hy": "պայմանական", "fr": "valeur provisoire"},
    "nothing is assumed": {"ru": "ничего не предполагается", "hy": "ոչինչ չի ենթադրվում",
                           "fr": "rien n’est présumé"},
    "the period was not": {"ru": "срок — нет", "hy": "ժամկետը՝ ոչ", "fr": "le délai ne l’est pas"},
    "not a legal time limit": {"ru": "а не установленный законом срок",
                               "hy": "այլ ոչ թե օրենքով սահմանված ժամկետ",
                               "fr": "et non un délai légal"},
}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


def sources(rules: RuleSet) -> list[tuple[str, str, dict[str, str]]]:
    """(what, English source, {lang: translated source}) of every rule and every calendar
    that gives a source."""
    found = [(r.id, r.source, {lang: r.text("source", lang) for lang in LANGUAGES})
             for r in rules]
    found += [(f"calendar {name}", c.source, {lang: c.source_in(lang) for lang in LANGUAGES})
              for name, c in rules.calendars.items() if c.source]
    return found


def has_number(number: str, text: str) -> bool:
    """``number`` in ``text`` as a number of its own (27 is not found in 27396/06)."""
    return re.search(r"(?<![\d.])" + re.escape(number) + r"(?![\d(]|[.\-/]\d)", text) is not None


def test_every_shipped_source_is_cited_in_armenian_russian_and_french(rules: RuleSet) -> None:
    found = sources(rules)
    assert any(what == "calendar echr_court" for what, _, _ in found)
    missing = [f"{what} ({lang})" for what, english, translated in found
               for lang, text in translated.items() if not text.strip() or text == english]
    assert not missing, "sources shown in English: " + ", ".join(missing)


def test_every_article_and_rule_number_of_the_english_is_kept(rules: RuleSet) -> None:
    lost = [f"{what} ({lang}): {number!r}" for what, english, translated in sources(rules)
            for number in NUMBER.findall(english)
            for lang, text in translated.items() if not has_number(number, text)]
    assert not lost, "numbers lost in translation: " + "; ".join(lost)


def test_the_examples_a_lawyer_cites(rules: RuleSet) -> None:
    assert rules.get("az.cassation").text("source", "ru").startswith(
        "УПК Азербайджанской Республики, ст. 410.1.1")
    assert rules.get("az.cassation").text("source", "hy").startswith(
        "Ադրբեջանի Հանրապետության քրեական դատավարության օրենսգիրք, հոդված 410.1.1")
    assert rules.get("am.arrest.bring_before_judge").text("source", "ru").startswith(
        "Конституция Республики Армения, ст. 27(4)")
    assert rules.get("am.arrest.bring_before_judge").text("source", "hy").startswith(
        "ՀՀ Սահմանադրություն, հոդված 27(4)")
    assert rules.get("echr.application").text("source", "ru").startswith("Конвенция, ст. 35 § 1")
    assert rules.get("echr.application").text("source", "hy").startswith(
        "Կոնվենցիա, հոդված 35 § 1")
    assert "Регламент Европейского суда по правам человека, правило 39" in rules.get(
        "echr.rule39").text("source", "ru")
    assert "Դատարանի կանոնակարգ, կանոն 39" in rules.get("echr.rule39").text("source", "hy")
    assert rules.get("am.verdict.appeal").text("source", "ru").startswith(
        "УПК Республики Армения")


def test_the_examples_a_lawyer_cites_in_french(rules: RuleSet) -> None:
    def fr(rule_id: str) -> str:
        return rules.get(rule_id).text("source", "fr").replace("\u00a0", " ")

    assert fr("az.cassation").startswith(
        "Code de procédure pénale de la République d’Azerbaïdjan, art. 410.1.1 :")
    assert fr("am.arrest.bring_before_judge").startswith(
        "Constitution de la République d’Arménie, art. 27(4) :")
    assert fr("echr.application").startswith(
        "Convention, art. 35 § 1, tel que modifié par le Protocole n° 15")
    assert "Sabri Güneş c. Turquie [GC], n° 27396/06, 29 juin 2012" in fr("echr.application")
    assert "(article 39 du règlement de la Cour)" in fr("echr.rule39")
    assert "Règlement de la Cour, article 54 § 2 (b)" in fr("echr.communication.government_observations")
    assert fr("un.wgad.government_reply").startswith("Méthodes de travail du GTDA (A/HRC/36/38)")
    assert fr("geneva.capture_card").startswith("IIIe Convention de Genève, art. 70 :")
    # a title in its original language stays as cited, in French quotation marks
    assert "« Data retention »" in fr("echr.ecomms.download")


def test_no_source_sounds_more_certain_than_the_english(rules: RuleSet) -> None:
    dropped = [f"{what} ({lang}): {doubt!r}" for what, english, translated in sources(rules)
               for doubt, said in DOUBTS.items() if doubt.lower() in english.lower()
               for lang, text in translated.items() if said[lang].lower() not in text.lower()]
    assert not dropped, "doubts dropped in translation: " + "; ".join(dropped)
    hedged = [what for what, english, _ in sources(rules) if "as reported" in english]
    assert len(hedged) >= 5  # the AZ extension steps, the AM placeholders, the WGAD reply


def test_a_computed_deadline_gives_its_source_in_each_language(rules: RuleSet) -> None:
    d = compute(rules, "az.cassation", date(2024, 1, 31))[0]
    assert d.source.startswith("AZ CCrP Art. 410.1.1")
    assert d.source_in("en") == d.source
    assert d.source_in("ru") == rules.get("az.cassation").text("source", "ru")
    assert d.source_in("hy").startswith("Ադրբեջանի Հանրապետության")
    # the deadlines a rule sets off from a known date carry theirs too
    expiry = compute(rules, "az.detention.expiry", date(2024, 1, 10), {"term_months": 2})
    upstream = next(x for x in expiry if x.applied_rule_id == "az.detention.extension_upstream_10")
    assert upstream.source_in("ru").startswith("УПК Азербайджанской Республики, ст. 159.3-1")


def test_a_rule_file_of_ones_own_shows_its_source_as_written_or_as_translated(
        tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        '[calendars.office]\nsource = "Our office calendar"\nsource_ru = "Календарь офиса"\n'
        '[[rules]]\nid = "mine.plain"\nversion = "1"\ntitle = "Reply due"\n'
        'trigger = "intervention"\noffset = { amount = 3, unit = "calendar_days" }\n'
        'source = "Mine, Art. 5"\n'
        '[[rules]]\nid = "mine.translated"\nversion = "1"\ntitle = "Reply due"\n'
        'trigger = "intervention"\noffset = { amount = 3, unit = "calendar_days" }\n'
        'calendar = "office"\nsource = "Mine, Art. 5"\nsource_ru = "Моё, ст. 5"\n',
        encoding="utf-8")
    loaded = load_rules(tmp_path, shipped=False)
    assert not loaded.problems
    plain, translated = loaded.get("mine.plain"), loaded.get("mine.translated")
    assert plain.text("source", "ru") == plain.text("source", "hy") == "Mine, Art. 5"
    assert (translated.text("source", "ru"), translated.text("source", "hy")) == (
        "Моё, ст. 5", "Mine, Art. 5")
    assert compute(loaded, "mine.plain", date(2024, 3, 4))[0].source_in("ru") == "Mine, Art. 5"
    assert compute(loaded, "mine.translated", date(2024, 3, 4))[0].source_in("ru") == "Моё, ст. 5"
    assert loaded.calendars["office"].source_in("ru") == "Календарь офиса"
    assert loaded.calendars["office"].source_in("hy") == "Our office calendar"
    assert "source_hy" in translated.missing_translations()


# Latin-script words a translated source may keep: the names of the Court's systems
# ("eComms", "ECHR Services"), a UN document symbol (A/HRC/36/38), a sub-paragraph letter
# (Rule 54 § 2 (b)), Geneva Convention III's numeral.
KEPT = {"eComms", "ECHR", "Services", "A", "HRC", "b", "III"}


def test_no_english_word_is_left_in_a_translated_source(rules: RuleSet) -> None:
    left = [f"{what} ({lang}): {word!r}" for what, _, translated in sources(rules)
            for lang, text in translated.items() if lang != "fr"
            for word in re.findall(r"[A-Za-z]+", text) if word not in KEPT]
    assert not left, "; ".join(left[:20])


# English words no French sentence holds (French is written in Latin letters too, so a
# French text is checked for these instead).
ENGLISH_WORDS = frozenset({
    "the", "of", "and", "to", "within", "before", "after", "days", "months", "hours", "weeks",
    "motion", "order", "reported", "unverified", "must", "is", "are", "not", "by", "with",
    "from", "for", "at", "be", "appeal", "deadline", "limit", "trigger"})


def english_in_french(text: str) -> list[str]:
    """The English words of ``text`` outside « quotation marks » (a title cited in its
    original language, « Data retention », stays as written)."""
    bare = re.sub(r"«[^»]*»", " ", text)
    return [w for w in re.findall(r"[A-Za-z]+", bare) if w.lower() in ENGLISH_WORDS]


def test_no_english_word_is_left_in_a_french_source(rules: RuleSet) -> None:
    left = [f"{what}: {words}" for what, _, translated in sources(rules)
            if (words := english_in_french(translated["fr"]))]
    assert not left, "; ".join(left[:20])
