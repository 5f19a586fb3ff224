"""Counts are grouped as each language groups digits; ids, years and versions never are."""

from __future__ import annotations

from caseapp.domain.messages import Message, Number, msg, msg_n

NBSP = "\u00a0"


def test_the_count_of_a_plural_message_is_grouped_by_the_language():
    days = msg_n("{count} day in custody", "{count} days in custody", 2130)
    assert days.render("en") == "2,130 days in custody"
    # not in the catalogue: the English words, the number as Russian groups it (no-break space)
    assert days.render("ru") == f"2{NBSP}130 days in custody"
    # Armenian groups from five digits (CLDR's minimumGroupingDigits is 2 for hy)
    assert days.render("hy") == "2130 days in custody"
    assert days.render("hy").startswith("2130 ")
    # below a thousand nothing changes
    assert msg_n("{count} day", "{count} days", 999).render("en") == "999 days"


def test_an_id_a_year_or_a_version_passed_as_a_number_is_shown_as_written():
    text = msg("Captive {id} was captured in {year}; rule version {version}.",
               id=12345, year=2026, version=10000).render("en")
    assert text == "Captive 12345 was captured in 2026; rule version 10000."


def test_a_quantity_among_the_values_is_grouped_when_it_says_so():
    line = msg("{words} words, {pages} pages", words=Number(12500), pages=Number(3.5))
    assert line.render("en") == "12,500 words, 3.5 pages"
    assert line.render("ru") == f"12{NBSP}500 words, 3,5 pages"  # Russian decimal comma
    again = Message.from_dict(line.as_dict())
    assert again == line
    assert again.render("en") == "12,500 words, 3.5 pages"


def test_a_stored_count_is_grouped_when_shown_later():
    stored = msg_n("{count} row", "{count} rows", 1000000).as_dict()
    assert stored["count"] == 1000000  # stored as the number, not as grouped text
    assert Message.from_dict(stored).render("en") == "1,000,000 rows"


def test_a_count_below_a_thousand_is_written_as_babel_writes_it_in_every_language():
    # format_number answers counts below 1,000 without Babel's locale data; Babel must agree
    # for each of them in every language (and an unknown one, which falls back to English)
    from babel.numbers import format_decimal

    from caseapp.domain.cldr import LOCALES, format_number, locale_of

    for lang in [*LOCALES, "xx"]:
        for count in range(1000):
            assert format_number(count, lang) == format_decimal(count, locale=locale_of(lang))
    # around the edges of the short path: a thousand, a negative, a float
    assert format_number(1000, "ru") == f"1{NBSP}000"
    assert format_number(-5, "en") == "-5"
    assert format_number(7.5, "ru") == "7,5"


def test_armenian_groups_a_count_from_five_digits_as_cldr_says():
    from caseapp.domain.cldr import format_number

    assert [format_number(n, "hy") for n in (1154, 2224, 9999, 10000, 123456)] == [
        "1154", "2224", "9999", f"10{NBSP}000", f"123{NBSP}456"]
    assert format_number(1154.5, "hy") == "1154,5"
    # Russian and English group from four
    assert format_number(1154, "ru") == f"1{NBSP}154"
    assert format_number(1154, "en") == "1,154"
