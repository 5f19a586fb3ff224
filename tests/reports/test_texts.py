"""The documents' catalogue: complete in Armenian and Russian, the same fields as English,
plural forms by CLDR category, dates and numbers as each language writes them (expected
strings written by hand), and the name a document in each language heads with."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveStatus, DatePrecision, NameKind, Script
from caseapp.domain.name_display import NameRow
from caseapp.reports.texts import (
    LABELS,
    TEXTS,
    check_language,
    format_date,
    format_date_short,
    format_datetime,
    format_number,
    format_partial,
    label,
    t,
    tn,
)
from caseapp.reports.texts.names import headline_names, name_in_script

NB = "\u00a0"  # the no-break space dates and numbers keep on one line

# Keys whose text is the same in every language: a symbol, a code or a pattern of fields.
# "eComms": the portal's name; "{state}: {title}" (cal_called_off): punctuation alone
SAME_EVERYWHERE = {"none", "sha256", "ev_filing", "ecomms", "cal_called_off"}
# CLDR's plural categories for whole numbers: Russian has one, few and many (and "other" for
# fractions), Armenian and English one and other.
# French has one (0 and 1), many (a round million: « 1 000 000 de jours ») and other.
CATEGORIES = {"ru": {"one", "few", "many", "other"}, "hy": {"one", "other"},
              "en": {"one", "other"}, "fr": {"one", "many", "other"}}
# Words French spells as English does (a heading "Date", "Source", "Total", a value
# "Probable"): not English left over.
SAME_IN = {"fr": {"date", "dates", "dated", "source", "exp_col_source", "exp_sec_sources", "article_col",
                  "organisation", "exp_col_organisation", "total", "id", "dossier",
                  "exp_sec_documents", "exp_col_documents", "communication", "probable",
                  "latin", "Latn", "public"}}
# A field a language leaves out on purpose: French does not name the addressee in the
# salutation (« Madame, Monsieur, »; the name heads the letter).
FIELDS_LEFT_OUT = {("fr", "salutation_person"): {"name"}}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _forms(entry: str | dict[str, str]) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


@pytest.mark.parametrize("lang", ["hy", "ru", "fr"])
def test_every_english_string_is_translated_with_the_same_fields(lang: str) -> None:
    english, other = TEXTS["en"], TEXTS[lang]
    same = SAME_EVERYWHERE | SAME_IN.get(lang, set())
    assert set(other) == set(english), set(english) ^ set(other)
    for key, entry in english.items():
        wanted = set().union(*(_fields(f) for f in _forms(entry)))
        wanted -= FIELDS_LEFT_OUT.get((lang, key), set())
        for form in _forms(other[key]):
            assert _fields(form) == wanted, (lang, key, form)
            if key not in same:
                assert form not in _forms(entry), (lang, key, "left in English")
        if isinstance(entry, dict) and isinstance(other[key], dict):
            assert set(other[key]) == CATEGORIES[lang], (lang, key)
    assert set(LABELS[lang]) == set(LABELS["en"])
    for key, value in LABELS["en"].items():
        assert LABELS[lang][key] != value or key in same, (lang, key)


@pytest.mark.parametrize(("n", "ru", "en"), [
    # 1, 21, 101: "one"; 2-4, 22: "few"; 5-20, 25, 111: "many" (Russian); English: one or other.
    (1, "1 день (с 1 мая 2025 г.)", "1 day (since 1 May 2025)"),
    (2, "2 дня (с 1 мая 2025 г.)", "2 days (since 1 May 2025)"),
    (5, "5 дней (с 1 мая 2025 г.)", "5 days (since 1 May 2025)"),
    (11, "11 дней (с 1 мая 2025 г.)", "11 days (since 1 May 2025)"),
    (21, "21 день (с 1 мая 2025 г.)", "21 days (since 1 May 2025)"),
    (22, "22 дня (с 1 мая 2025 г.)", "22 days (since 1 May 2025)"),
    (1001, f"1{NB}001 день (с 1 мая 2025 г.)", "1,001 days (since 1 May 2025)"),
])
def test_plural_sentences_take_the_form_of_the_number(n: int, ru: str, en: str) -> None:
    assert tn("days_value", n, "ru", date="1 мая 2025 г.") == ru
    assert tn("days_value", n, "en", date="1 May 2025") == en
    # Armenian keeps the noun singular after a number.
    assert tn("days_value", n, "hy", date="X") == f"{format_number(n, 'hy')} օր (սկսած՝ X)"


def test_report_scope_counts_captives_in_each_language() -> None:
    assert tn("report_scope", 1, "ru", filters="все") == "1 пленный · все"
    assert tn("report_scope", 3, "ru", filters="все") == "3 пленных · все"
    assert tn("report_scope", 25, "ru", filters="все") == "25 пленных · все"
    assert tn("report_scope", 21, "ru", filters="все") == "21 пленный · все"
    assert tn("report_scope", 25, "hy", filters="բոլորը") == "25 գերի · բոլորը"
    assert tn("report_scope", 1, "en", filters="all") == "1 captive · all"


# 1 December 2026, written by hand as each language's CLDR data has it: British English day
# first; Russian with the genitive month and "г." after a no-break space (a year alone too, as
# Russian documents write it, though CLDR leaves it bare); Armenian year first.
# In a table: the abbreviated month in English, day.month.year in Russian and Armenian.
DATES = {
    "en": ("1 December 2026", f"1{NB}Dec{NB}2026", "December 2026", "2026"),
    "ru": (f"1 декабря 2026{NB}г.", "01.12.2026", f"декабрь 2026{NB}г.", f"2026{NB}г."),
    "hy": ("2026 թ. դեկտեմբերի 1", "01.12.2026", "2026 թ. դեկտեմբեր", "2026 թ."),
    # French: the first of the month as an ordinal (« 1er »), day/month/year in a table
    "fr": ("1er décembre 2026", "01/12/2026", "décembre 2026", "2026"),
}


@pytest.mark.parametrize("lang", sorted(DATES))
def test_dates_by_language(lang: str) -> None:
    long, short, month, year = DATES[lang]
    day = date(2026, 12, 1)
    assert format_date(day, lang) == long
    assert format_date(datetime(2026, 12, 1, 23, 30, tzinfo=UTC), lang) == long
    assert format_date_short(day, lang) == short
    assert format_partial(PartialDate(day, DatePrecision.EXACT), lang) == long
    assert format_partial(PartialDate(date(2026, 12, 1), DatePrecision.MONTH), lang) == month
    assert format_partial(PartialDate(date(2026, 1, 1), DatePrecision.YEAR), lang) == year
    assert format_date(None, lang) == format_date_short(None, lang) == ""


def test_approximate_dates_other_months_and_hearing_times() -> None:
    about = PartialDate(date(1979, 3, 14), DatePrecision.APPROXIMATE)
    assert format_partial(about, "en") == "about 14 March 1979"
    assert format_partial(about, "ru") == f"около 14 марта 1979{NB}г."
    assert format_partial(about, "hy") == "մոտ. 1979 թ. մարտի 14"
    # Genitive in a date, nominative on its own: "мая" / "май", "մայիսի" / "մայիս".
    may = date(2024, 5, 9)
    assert format_date(may, "ru") == f"9 мая 2024{NB}г." and format_date(may, "hy") == (
        "2024 թ. մայիսի 9")
    assert format_partial(PartialDate(may, DatePrecision.MONTH), "ru") == f"май 2024{NB}г."
    assert format_partial(PartialDate(may, DatePrecision.MONTH), "hy") == "2024 թ. մայիս"
    hearing = datetime(2026, 12, 10, 11, 0, tzinfo=ZoneInfo("Asia/Baku"))
    # The court's zone by its city in the document's language, as the window and the deadlines
    # name it: "+04" was Yerevan's offset as much as Baku's.
    assert format_datetime(hearing, "ru") == f"10.12.2026, 11:00{NB}Баку"
    assert format_datetime(hearing, "hy") == f"10.12.2026, 11:00{NB}Բաքու"
    assert format_datetime(hearing, "en") == f"10{NB}Dec{NB}2026, 11:00{NB}Baku"
    yerevan = datetime(2026, 12, 10, 11, 0, tzinfo=ZoneInfo("Asia/Yerevan"))
    assert format_datetime(yerevan, "hy") == f"10.12.2026, 11:00{NB}Երևան"
    strasbourg = datetime(2026, 12, 10, 11, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert format_datetime(strasbourg, "fr") == f"10/12/2026, 11:00{NB}Paris"
    # a fixed offset names no place: kept as it is
    fixed = datetime(2026, 12, 10, 11, 0, tzinfo=timezone(timedelta(hours=4)))
    assert format_datetime(fixed, "en").endswith(f"11:00{NB}UTC+04:00")


def test_numbers_and_labels() -> None:
    assert format_number(1154, "en") == "1,154"
    assert format_number(1154, "ru") == f"1{NB}154"
    assert format_number(1154, "hy") == "1154"  # Armenian groups from five digits (CLDR)
    assert format_number(12154, "hy") == f"12{NB}154"
    assert label(CaptiveStatus.PRE_TRIAL, "ru") == "В предварительном заключении"
    assert label("cassation", "hy") == "Վճռաբեկություն"
    assert label(None, "ru") == "не раскрывается"
    assert t("page_of", "ru", page=2, pages=9) == "Страница 2 из 9"


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"“de”.*en, hy, ru"):
        check_language("de")


def _name(full: str, script: Script, kind: NameKind = NameKind.TRANSLITERATION,
          primary: bool = False) -> NameRow:
    return NameRow(full, script.value, "", kind.value, primary)


def test_a_document_heads_with_the_name_in_its_script() -> None:
    names = [_name("Տիգրան Վարդանյան", Script.ARMENIAN, NameKind.NATIVE, primary=True),
             _name("Tigran Vardanyan", Script.LATIN),
             _name("Тиграша", Script.CYRILLIC, NameKind.ALIAS),  # a nickname: never the heading
             _name("Тигран Варданян", Script.CYRILLIC)]
    kw = dict(latin="Tigran Vardanyan", primary="Տիգրան Վարդանյան")
    assert headline_names(names, lang="ru", **kw) == (
        "Тигран Варданян", ["Tigran Vardanyan", "Տիգրան Վարդանյան"])
    assert headline_names(names, lang="hy", **kw) == ("Տիգրան Վարդանյան", ["Tigran Vardanyan"])
    assert headline_names(names, lang="en", **kw) == ("Tigran Vardanyan", ["Տիգրան Վարդանյան"])
    # No Cyrillic spelling recorded (only the alias): the Russian document heads in Latin.
    assert name_in_script(names[:3], "ru") == ""
    assert headline_names(names[:3], lang="ru", **kw)[0] == "Tigran Vardanyan"


def test_every_stored_value_has_a_label_in_each_language() -> None:
    """A document, or the command line, names a stored value (an organisation's kind, a
    deadline's status, how a captive came free …) by its label: every member of every enum
    in the domain has one in English, Armenian and Russian, not its value capitalised."""
    import enum
    import inspect

    from caseapp.domain import enums
    from caseapp.reports.texts import LABELS

    members = [m for E in vars(enums).values()
               if inspect.isclass(E) and issubclass(E, enum.Enum)
               and E.__module__ == enums.__name__ for m in E]
    assert len(members) > 100
    missing = [(lang, m.value) for lang in ("en", "hy", "ru") for m in members
               if m.value not in LABELS[lang]]
    assert missing == []
    assert label(enums.ReleaseKind.END_OF_SENTENCE, "ru") == "Отбытие наказания"
    assert label(enums.OrganisationKind.UN_BODY, "en") == "UN body"


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_a_date_with_its_weekday_writes_the_day_as_the_short_date_does(lang: str) -> None:
    """A table shows dates with and without their weekday in one column: Armenian's day of
    one digit beside the short date's two (2.02.2024 over 02.03.2024) read as two formats."""
    from caseapp.domain.cldr import format_date_short, format_date_weekday

    for day in (date(2024, 2, 2), date(2024, 3, 4), date(2026, 12, 25)):
        assert format_date_short(day, lang) in format_date_weekday(day, lang)


def test_french_dates_numbers_plurals_and_agreement() -> None:
    """French: « 5 décembre 2026 » but « 1er décembre »; « depuis le 5 mai 2024 » and
    « depuis mai 2024 »; 0 and 1 take the singular, a round million « de »; digits grouped by a
    no-break space; a woman's participle (« Capturée », « Libérée »)."""
    from caseapp.domain.enums import Sex
    from caseapp.reports.texts import status_label, t_of

    assert format_date(date(2026, 12, 5), "fr") == "5 décembre 2026"
    assert format_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_date(date(2026, 12, 11), "fr") == "11 décembre 2026"  # not « 11er »
    day = PartialDate(date(2024, 5, 5), DatePrecision.EXACT)
    month = PartialDate(date(2024, 5, 5), DatePrecision.MONTH)
    assert tn("days_value", 1, "fr", date=format_partial(day, "fr", since=True)) == (
        "1 jour (depuis le 5 mai 2024)")
    assert tn("days_value", 0, "fr", date=format_partial(month, "fr", since=True)) == (
        "0 jour (depuis mai 2024)")
    assert tn("days_value", 2, "fr", date="X") == "2 jours (depuis X)"
    assert tn("days_value", 1154, "fr", date="X") == f"1{NB}154 jours (depuis X)"
    assert tn("days_value", 1_000_000, "fr", date="X") == f"1{NB}000{NB}000 de jours (depuis X)"
    assert tn("report_scope", 3, "fr", filters="tous") == "3 captifs · tous"
    assert label(CaptiveStatus.RELEASED, "fr") == "Libéré"
    assert status_label(CaptiveStatus.RELEASED, "fr", Sex.FEMALE) == "Libérée"
    assert status_label(CaptiveStatus.PRE_TRIAL, "fr", Sex.FEMALE) == "En détention provisoire"
    assert t_of("ev_captured", "fr", Sex.FEMALE) == "Capturée"
    assert t_of("ev_captured", "fr", Sex.MALE) == "Capturé"
    # French typography: a no-break space before a colon and inside « guillemets »
    assert t("dossier_title", "fr", name="A") == f"Dossier{NB}: A"
    assert t("report_subject", "fr", level="public") == (
        f"Rapport de situation imprimé au niveau «{NB}public{NB}»")
    assert t("page_of", "fr", page=2, pages=9) == "Page 2 sur 9"
