"""The calendar names each captive as a calendar in its language writes them: a Russian
calendar in Cyrillic, an Armenian one in Armenian letters, where the case file has that
spelling; the Latin display name otherwise. A captive above the calendar's level is named in
no script."""

from __future__ import annotations

from icalendar import Calendar

from caseapp.services import outputs
from caseapp.services.casefile import CaseFile


def _summaries(cf: CaseFile, lang: str, level: str = "shareable") -> list[str]:
    calendar = Calendar.from_ical(outputs.calendar(cf, level=level, lang=lang).data)
    return [str(e.get("summary")) for e in calendar.walk("VEVENT")]


def _captives(cf: CaseFile) -> None:
    three = cf.captives.create(  # every script recorded
        names=[{"full_name": "Արմեն Մարտիրոսյան", "language": "hy", "is_primary": True},
               {"full_name": "Armen Martirosyan", "kind": "transliteration", "language": "en"},
               {"full_name": "Армен Мартиросян", "kind": "transliteration", "language": "ru"}],
        status="pre_trial", capture="2026-09-01", sensitivity="shareable")
    no_cyrillic = cf.captives.create(
        names=[{"full_name": "Գոռ Ավետիսյան", "language": "hy", "is_primary": True},
               {"full_name": "Gor Avetisyan", "kind": "transliteration", "language": "en"}],
        status="pre_trial", capture="2026-09-01", sensitivity="shareable")
    secret = cf.captives.create(
        names=[{"full_name": "Տիգրան Սարգսյան", "language": "hy", "is_primary": True},
               {"full_name": "Tigran Sargsyan", "kind": "transliteration", "language": "en"},
               {"full_name": "Тигран Саргсян", "kind": "transliteration", "language": "ru"}],
        status="pre_trial", capture="2026-09-01", sensitivity="internal")
    for captive in (three, no_cyrillic, secret):
        cf.detention_orders.create(captive_id=captive.id, start_date="2026-11-01", term_months=2)


def test_a_russian_calendar_names_captives_in_cyrillic(case_file: CaseFile) -> None:
    _captives(case_file)
    text = "\n".join(_summaries(case_file, "ru"))
    assert "Армен Мартиросян" in text
    assert "Armen Martirosyan" not in text
    assert "Gor Avetisyan" in text  # no Cyrillic spelling recorded: the Latin one


def test_an_armenian_calendar_names_captives_in_armenian(case_file: CaseFile) -> None:
    _captives(case_file)
    text = "\n".join(_summaries(case_file, "hy"))
    assert "Արմեն Մարտիրոսյան" in text and "Գոռ Ավետիսյան" in text
    assert "Armen Martirosyan" not in text and "Gor Avetisyan" not in text


def test_an_english_calendar_keeps_the_latin_names(case_file: CaseFile) -> None:
    _captives(case_file)
    text = "\n".join(_summaries(case_file, "en"))
    assert "Armen Martirosyan" in text and "Gor Avetisyan" in text
    assert "Армен" not in text and "Արմեն" not in text


def test_a_captive_above_the_level_is_named_in_no_script(case_file: CaseFile) -> None:
    _captives(case_file)
    for lang in ("en", "ru", "hy"):
        text = "\n".join(_summaries(case_file, lang))
        assert "Армен Мартиросян" in text or "Armen Martirosyan" in text \
            or "Արմեն Մարտիրոսյան" in text
        for spelling in ("Tigran Sargsyan", "Тигран Саргсян", "Տիգրան Սարգսյան", "Sargsyan",
                         "Саргсян", "Սարգսյան"):
            assert spelling not in text, (lang, spelling)
    internal = "\n".join(_summaries(case_file, "ru", level="internal"))
    assert "Тигран Саргсян" in internal
