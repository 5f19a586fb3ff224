"""The holidays package imports only the countries a rule file names (in a fresh process:
what is imported depends on what ran before)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, check=True)
    return done.stdout.split()


def test_reading_the_shipped_rules_imports_only_their_countries() -> None:
    out = _run("""
        import sys
        from caseapp.domain.rule_files import load_rules

        rules = load_rules()
        countries = {c.country for c in rules.calendars.values() if c.country}
        modules = sorted(m for m in sys.modules if m.startswith("holidays.countries."))
        print(len(countries), len(modules))
    """)
    named, imported = map(int, out)
    assert named >= 1  # the shipped rules name at least one country's calendar
    # at most one module per country named (one with a subdivision is imported to check
    # it), where importing the package as it comes imports all ~250
    assert imported <= named


def test_the_package_still_answers_as_before() -> None:
    out = _run("""
        import datetime
        from caseapp.domain.holiday_countries import holidays

        # 28 May is Azerbaijan's Independence Day, 21 September Armenia's
        print(datetime.date(2025, 5, 28) in holidays.country_holidays("AZ", years=2025))
        print(datetime.date(2025, 9, 21) in holidays.AM(years=2025))
        from holidays.countries import Germany  # a name not yet imported: the whole package
        print(Germany.__name__, len(holidays.list_supported_countries()) > 200)
    """)
    assert out == ["True", "True", "Germany", "True"]
