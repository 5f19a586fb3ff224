"""Deadline rules and their explanations in Armenian and Russian: every shipped rule gives its
texts in both languages and in French (a language of the documents), a computed deadline's
title and steps read entirely in the chosen language, and steps stored as messages (or, from
before, as English text) still show."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.deadline_steps import load_steps, stored_steps
from caseapp.domain.deadlines import compute
from caseapp.domain.messages import Message
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import RuleSet

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


def shown(steps, lang: str) -> list[str]:
    return [s.render(lang).replace(NBSP, " ") for s in steps]


def test_every_shipped_rule_speaks_armenian_russian_and_french(rules: RuleSet) -> None:
    missing = {r.id: r.missing_translations() for r in rules if r.missing_translations()}
    assert not rules.problems
    assert not missing, "shipped rules without a translation (add the _hy/_ru/_fr keys): " \
        + "; ".join(f"{k}: {', '.join(v)}" for k, v in missing.items())


def test_a_missing_translation_is_reported_and_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        'body = "My office"\nbody_ru = "Моя контора"\n[[rules]]\nid = "mine.reply"\n'
        'version = "1"\ntitle = "Reply due"\ntitle_ru = "Ответ ожидается"\n'
        'trigger = "intervention"\noffset = { param = "n", unit = "calendar_days" }\n'
        'parameters = [ { name = "n", label = "After (days)", label_hy = "Հետո (օր)" } ]\n'
        'source = "Mine"\n', encoding="utf-8")
    rule = load_rules(tmp_path, shipped=False).get("mine.reply")
    assert rule.missing_translations() == [
        "title_hy", "title_fr", "body_hy", "body_fr", "source_hy", "source_ru", "source_fr",
        "parameter n: label_ru", "parameter n: label_fr"]
    assert (rule.text("title", "ru"), rule.text("title", "hy")) == ("Ответ ожидается", "Reply due")
    assert (rule.text("body", "ru"), rule.text("body", "hy")) == ("Моя контора", "My office")
    assert rule.parameters[0].label_in("hy") == "Հետո (օր)"
    assert rule.parameters[0].label_in("ru") == "After (days)"


def test_a_misspelt_language_key_is_a_problem_of_the_rule(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[[rules]]\nid = "bad.one"\nversion = "1"\ntitle = "T"\ntitle_de = "Frist"\n'
        'trigger = "verdict"\noffset = { amount = 1, unit = "weeks" }\nsource = "S"\n',
        encoding="utf-8")
    loaded = load_rules(tmp_path, shipped=False)
    assert "bad.one" not in loaded
    assert "title_de" in str(loaded.problems[0])


def test_a_stored_title_is_shown_in_the_language_only_when_the_rule_gave_it(
        rules: RuleSet) -> None:
    english = "Appeal against the verdict (20 days from its announcement)"
    assert rules.title_in(english, "ru", "az.verdict.appeal") == \
        "Апелляционная жалоба на приговор (20 суток с оглашения)"
    assert rules.title_in(english, "hy") == "Վերաքննիչ բողոք դատավճռի դեմ (հրապարակումից 20 օր)"
    # a title the lawyer changed stays as written, whatever its rule
    assert rules.title_in("Appeal: ask Mr Aliyev first", "ru", "az.verdict.appeal") == \
        "Appeal: ask Mr Aliyev first"


# The extension motion for an order expiring on Thursday 29 February 2024: 5 days back is
# Saturday 24 February, a day off in Azerbaijan, so the previous working day, Friday 23
# February (Defender of the Fatherland Day is the 23rd in Russia, not in Azerbaijan).
EXTENSION = ("az.detention.extension_request", date(2024, 2, 29))


def test_a_deadline_computed_in_russian(rules: RuleSet) -> None:
    d = compute(rules, *EXTENSION)[0]
    assert d.due == date(2024, 2, 23)
    assert rules.get(d.applied_rule_id).text("title", "ru") == (
        "Продление срока содержания под стражей: ходатайство вышестоящего прокурора должно "
        "поступить в суд (за 5 суток до истечения)")
    assert shown(d.steps, "ru") == [
        "событие-основание: чт, 29.02.2024",
        "−5 дней → 24.02.2024",
        "сб, 24.02.2024 — нерабочий день: выходной день",
        "выпало на сб, 24.02.2024 → перенесено на предыдущий рабочий день, пт, 23.02.2024",
        "внимание: это правило не сверено с источником",
    ]


def test_a_deadline_computed_in_armenian(rules: RuleSet) -> None:
    d = compute(rules, *EXTENSION)[0]
    assert rules.get(d.applied_rule_id).text("title", "hy") == (
        "Կալանավորման ժամկետի երկարաձգում. վերադաս դատախազի միջնորդությունը պետք է "
        "ներկայացվի դատարան (ժամկետի ավարտից 5 օր առաջ)")
    assert shown(d.steps, "hy") == [
        "հիմք հանդիսացող իրադարձություն՝ 29.02.2024, հնգ",
        "−5 օր → 24.02.2024",
        "24.02.2024, շբթ՝ ոչ աշխատանքային օր է. հանգստյան օր",
        "ժամկետը համընկավ 24.02.2024, շբթ օրվա հետ → տեղափոխվեց նախորդ աշխատանքային օր՝ "
        "23.02.2024, ուր",
        "ուշադրություն. այս կանոնը ստուգված չէ իր աղբյուրով",
    ]


def test_plural_units_follow_the_number_in_russian(rules: RuleSet) -> None:
    # 1 месяц, 2 месяца, 5 месяцев, 21 месяц: the term of a detention order
    for months, word in ((1, "месяц"), (2, "месяца"), (5, "месяцев"), (21, "месяц")):
        d = compute(rules, "az.detention.expiry", date(2024, 1, 10), {"term_months": months})[0]
        assert shown(d.steps, "ru")[1].startswith(
            f"+{months} {word} (Срок по постановлению (месяцев)) → ")


# Latin-script words a Russian or Armenian step may keep: rule ids, time zones (IANA names),
# country codes of the holidays package, Roman numerals (Geneva Convention III).
ALLOWED = re.compile(r"^([IVX]+|[a-z0-9_]+(\.[a-z0-9_]+)+|[A-Z][a-z]+/[A-Za-z_]+|[A-Z]{2}|UTC)$")
# triggers on days that are no holiday anywhere the rules count them
TRIGGERS = {"hours": datetime(2024, 4, 10, 11, 0, tzinfo=ZoneInfo("Asia/Baku")),
            "days": date(2024, 4, 10)}


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_no_english_word_is_left_in_any_shipped_rule(rules: RuleSet, lang: str) -> None:
    left = []
    for rule in rules:
        params = {p.name: p.default if p.default is not None else 3 for p in rule.parameters}
        trigger = TRIGGERS["hours" if rule.counts_hours or rule.cutoff else "days"]
        for d in compute(rules, rule.id, trigger, params, today=date(2024, 12, 1)):
            applied = rules.get(d.applied_rule_id)
            texts = [applied.text(f, lang) for f in ("title", "notes", "body")]
            texts += [p.label_in(lang) for p in applied.parameters] + shown(d.steps, lang)
            for text in texts:
                words = re.findall(r"[A-Za-z][A-Za-z0-9_./]*[A-Za-z0-9_]|[A-Za-z]", text)
                left += [f"{rule.id}: {w!r} in {text!r}" for w in words if not ALLOWED.match(w)
                         and w not in ("eComms", "echr_court")]
    assert not left, "\n".join(left[:20])


def test_no_english_word_is_left_in_any_shipped_rule_in_french(rules: RuleSet) -> None:
    from tests.domain.test_rule_sources import english_in_french

    left = []
    for rule in rules:
        texts = [rule.text(f, "fr") for f in ("title", "notes", "body")]
        texts += [p.label_in("fr") for p in rule.parameters]
        texts += [c.name_in("fr") for c in rule.calendar.closures]
        left += [f"{rule.id}: {words} in {text!r}" for text in texts
                 if (words := english_in_french(text))]
        left += [f"{rule.id}: {f} in English" for f in ("title", "notes", "body")
                 if getattr(rule, f) and rule.text(f, "fr") == getattr(rule, f)]
    assert not left, "\n".join(left[:20])


def test_a_rule_title_in_french(rules: RuleSet) -> None:
    assert rules.get("az.detention.expiry").text("title", "fr") == \
        "Expiration de l’ordonnance de placement en détention"
    assert rules.title_in("Appeal against the verdict (20 days from its announcement)", "fr") \
        == "Appel du jugement (20 jours à compter de son prononcé)"
    assert rules.get("echr.rule39").text("body", "fr") == "CEDH"


def test_steps_are_stored_as_messages_and_shown_in_any_language_later(rules: RuleSet) -> None:
    d = compute(rules, *EXTENSION)[0]
    stored = stored_steps(d.steps)
    assert all(isinstance(s, dict) for s in stored)
    import json
    again = load_steps(json.loads(json.dumps(stored)))  # through the JSON column
    assert again == d.steps
    assert shown(again, "ru")[3] == (
        "выпало на сб, 24.02.2024 → перенесено на предыдущий рабочий день, пт, 23.02.2024")


def test_an_old_english_explanation_stays_as_written() -> None:
    old = ["trigger 2023-10-31 (Tuesday)", "+4 months → 2024-02-29", {"step": "by hand"}]
    loaded = load_steps(old)
    assert loaded == ("trigger 2023-10-31 (Tuesday)", "+4 months → 2024-02-29",
                      {"step": "by hand"})
    assert not any(isinstance(s, Message) for s in loaded)
    assert load_steps(None) == ()
