"""Deadline rules as data: the shipped rule files, the lawyer's own folder, broken files."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from caseapp.domain.errors import NotFound
from caseapp.domain.rule_files import load_rules, shipped_rules_dir
from caseapp.domain.rules import Closure, Roll, RuleSet, Unit

# Every rule of DOMAIN.md's "Deadline rules" table: whether it is marked verified (the
# table's "partly" and "no" are not verified), whether its way of counting is, and a piece
# of the source it must cite (written from the table, not read from the rule files).
TABLE_RULES = {
    "echr.application": (True, True, "Protocol No. 15"),
    "echr.application.6m": (True, True, "Sabri Güneş"),
    "az.detention.expiry": (True, False, "The detention order itself"),
    "az.detention.extension_upstream_10": (False, False, "Art. 159.3-1"),
    "az.detention.extension_upstream_7": (False, False, "senior prosecutor"),
    "az.detention.extension_request": (False, False, "Art. 159.3-1"),
    "az.court.decides_detention_motion": (True, True, "Art. 447.2"),
    "az.verdict.appeal": (True, False, "AZ CCrP Art. 384"),
    "az.cassation": (True, False, "AZ CCrP Art. 410.1.1"),
    "az.detention.appeal": (False, False, "Arts 448.1.3 and 452-454"),
    "az.arrest.bring_before_judge": (False, False, "article not confirmed"),
    "am.arrest.bring_before_judge": (True, True, "Constitution of Armenia, Art. 27(4)"),
    "un.wgad.government_reply": (False, False, "A/HRC/36/38"),
    "un.hrc.state_reply": (True, False, "Art. 4(2)"),
    "echr.communication.government_observations": (False, False, "Rule 54 § 2 (b)"),
    "echr.communication.friendly_settlement": (False, False, "Rule 62"),
    "geneva.capture_card": (True, True, "even a transit camp"),
    "geneva.pow_trial.notice": (True, True, "must be received by the Protecting Power"),
    "geneva.pow_trial.counsel": (True, True, "Art. 105"),
    "echr.rule39": (True, True, "Practice Direction on requests for interim measures"),
}

VALID = """
[[rules]]
id = "{id}"
version = "1"
title = "{title}"
trigger = "verdict"
offset = {{ amount = 10, unit = "calendar_days" }}
source = "test"
"""


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rules()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the shipped rules ------------------------------------------------------------------------

def test_every_shipped_rule_loads_without_problems(shipped: RuleSet) -> None:
    assert shipped.problems == ()
    files = {p.name for p in shipped_rules_dir().glob("*.toml")}
    assert files == {"echr.toml", "un.toml", "geneva.toml", "azerbaijan.toml", "armenia.toml",
                     "generic.toml"}
    assert len(shipped) >= len(TABLE_RULES) + 4


@pytest.mark.parametrize(("rule_id", "expected"), sorted(TABLE_RULES.items()))
def test_every_rule_of_the_domain_table_is_shipped(shipped: RuleSet, rule_id: str,
                                                   expected: tuple[bool, bool, str]) -> None:
    verified, counting, cited = expected
    rule = shipped.get(rule_id)
    assert (rule.verified, rule.counting_verified) == (verified, counting)
    assert cited in rule.source
    assert rule.title and rule.version


def test_no_shipped_rule_moves_later_unless_its_counting_is_verified(shipped: RuleSet) -> None:
    forward = {r.id for r in shipped if r.roll is Roll.NEXT_WORKING_DAY and r.may_move_later}
    assert forward == {"echr.rule39", "generic.follow_up", "generic.reply_expected"}
    # The corrected Azerbaijani rules no longer ask for a roll at all.
    for rule_id in ("az.verdict.appeal", "az.cassation", "az.detention.appeal"):
        assert shipped.get(rule_id).roll is Roll.NONE


def test_the_corrected_rules_as_data(shipped: RuleSet) -> None:
    appeal = shipped.get("az.verdict.appeal")
    assert (appeal.offset[0].amount, appeal.offset[0].unit) == (20, Unit.CALENDAR_DAYS)
    assert "announcement" in appeal.source and "restored" in appeal.notes
    assert shipped.get("az.cassation").offset[0].amount == 1
    request = shipped.get("az.detention.extension_request")
    assert (request.offset[0].amount, request.offset[0].unit) == (-5, Unit.CALENDAR_DAYS)
    assert "2, 3 or 5 months" in request.notes and "Art. 159.2" in request.notes
    assert "not to the court" in shipped.get("az.detention.extension_upstream_7").source
    detention_appeal = shipped.get("az.detention.appeal")
    assert [p.default for p in detention_appeal.parameters] == [None]  # no period assumed
    am = shipped.get("am.arrest.bring_before_judge")
    assert (am.offset[0].amount, am.offset[0].unit) == (72, Unit.HOURS)
    assert "Art. 119(6)" in am.notes
    observations = shipped.get("echr.communication.government_observations")
    assert [p.default for p in observations.parameters] == [None]  # no 16-week default
    settlement = shipped.get("echr.communication.friendly_settlement")
    assert (settlement.trigger, settlement.offset[0].amount, settlement.offset[0].unit) == (
        "echr_communication", 12, Unit.WEEKS)
    assert shipped.get("un.hrc.state_reply").trigger == "hrc_transmission"
    assert "one week after arrival at a camp, even a transit camp" in shipped.get(
        "geneva.capture_card").source
    assert "adjourned" in shipped.get("geneva.pow_trial.notice").source


def test_rule_39_counts_the_courts_public_holidays(shipped: RuleSet) -> None:
    court = shipped.get("echr.rule39").calendar
    assert (court.name, court.country, court.subdivision) == ("echr_court", "FR", "6AE")
    assert "public holidays" in court.source and "Strasbourg" in court.source


def test_armenian_rules_are_unverified_but_the_constitutional_72_hours(shipped: RuleSet) -> None:
    armenian = [r for r in shipped if r.id.startswith("am.")]
    assert len(armenian) >= 3
    assert [r.id for r in armenian if r.verified] == ["am.arrest.bring_before_judge"]
    custody = [r for r in armenian if "detention" in r.id or "arrest" in r.id]
    assert len(custody) == 3 and all("Art. 119(6)" in r.notes for r in custody)


def test_the_echr_rules_as_data(shipped: RuleSet) -> None:
    rule = shipped.get("echr.application")
    assert rule.offset[0].unit is Unit.MONTHS and rule.offset[0].amount == 4
    assert rule.roll is Roll.NONE and rule.month_end_clamp
    assert rule.condition.applies_from == date(2022, 2, 1)
    assert rule.condition.else_rule == "echr.application.6m"
    assert "Sabri Güneş" in rule.source
    rule39 = shipped.get("echr.rule39")
    assert (rule39.opens, rule39.cutoff, rule39.timezone) == (time(8), time(16), "Europe/Paris")


def test_calendars_are_shared_by_name(shipped: RuleSet) -> None:
    assert shipped.get("az.verdict.appeal").calendar.country == "AZ"
    assert shipped.get("am.verdict.appeal").calendar.country == "AM"
    echr = shipped.get("echr.application").calendar
    assert echr.name == "echr" and echr.closures
    assert set(shipped.calendars) >= {"weekends", "az", "am", "echr", "echr_court"}


def test_rules_by_trigger(shipped: RuleSet) -> None:
    ids = [r.id for r in shipped.for_trigger("detention_order")]
    assert ids == ["am.detention.appeal", "az.detention.appeal", "az.detention.expiry"]
    assert shipped.for_trigger("no such event") == []


def test_an_unknown_rule_is_reported_in_words(shipped: RuleSet) -> None:
    with pytest.raises(NotFound, match=r"no deadline rule “echr.nothing”"):
        shipped.get("echr.nothing")


def test_closures_cover_ranges_over_new_year_and_explicit_dates() -> None:
    christmas = Closure("Christmas", start=(12, 24), end=(1, 1))
    assert christmas.covers(date(2024, 12, 24)) and christmas.covers(date(2025, 1, 1))
    assert not christmas.covers(date(2025, 1, 2)) and not christmas.covers(date(2024, 12, 23))
    summer = Closure("Summer", start=(8, 1), end=(8, 15), dates=frozenset({date(2024, 5, 9)}))
    assert summer.covers(date(2023, 8, 15)) and summer.covers(date(2024, 5, 9))
    assert not summer.covers(date(2023, 5, 9))


# -- the lawyer's own folder ----------------------------------------------------------------

def test_a_user_rule_overrides_a_shipped_rule_by_id(tmp_path: Path) -> None:
    user = tmp_path / "my rules"
    path = write(user, "mine.toml", """
[[rules]]
id = "az.verdict.appeal"
version = "2-local"
title = "Appeal against the verdict (our reading)"
trigger = "verdict"
offset = { amount = 15, unit = "calendar_days" }
roll = "previous_working_day"
calendar = "az"
source = "Our reading of AZ CCrP Art. 384"
verified = false
""" + VALID.format(id="mine.new", title="A rule of my own"))
    rules = load_rules(user)
    assert rules.problems == ()
    rule = rules.get("az.verdict.appeal")
    assert (rule.version, rule.offset[0].amount) == ("2-local", 15)
    assert rule.roll is Roll.PREVIOUS_WORKING_DAY
    assert rule.calendar.country == "AZ"  # the shipped calendar, by name
    assert rule.origin == str(path)
    assert "mine.new" in rules and "echr.application" in rules  # added; others untouched


def test_later_folders_win(tmp_path: Path) -> None:
    write(tmp_path / "a", "r.toml", VALID.format(id="x.rule", title="first"))
    write(tmp_path / "b", "r.toml", VALID.format(id="x.rule", title="second"))
    rules = load_rules(tmp_path / "a", tmp_path / "b", shipped=False)
    assert rules.get("x.rule").title == "second" and rules.problems == ()


def test_a_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    rules = load_rules(tmp_path / "not yet created")
    assert rules.problems == () and "echr.application" in rules


def test_without_shipped_rules(tmp_path: Path) -> None:
    write(tmp_path, "r.toml", VALID.format(id="only.me", title="Only me"))
    assert [r.id for r in load_rules(tmp_path, shipped=False)] == ["only.me"]


def test_an_edited_rule_file_is_read_again_at_once(tmp_path: Path) -> None:
    """Files read once are not parsed again on the next open (the shipped rules of every case
    file opened); an edit the lawyer makes, even of the same length within the same
    millisecond, is seen by the next load."""
    write(tmp_path, "r.toml", VALID.format(id="x.rule", title="before"))
    assert load_rules(tmp_path, shipped=False).get("x.rule").title == "before"
    write(tmp_path, "r.toml", VALID.format(id="x.rule", title="after!"))
    assert load_rules(tmp_path, shipped=False).get("x.rule").title == "after!"


def test_the_shipped_files_are_parsed_once_for_every_load() -> None:
    first, second = load_rules(), load_rules()
    assert first.rules.keys() == second.rules.keys() and first.problems == second.problems
    # the same parsed parts, not a second parse (a rule given a named calendar is a copy)
    assert all(second.rules[k].offset is rule.offset for k, rule in first.rules.items())


# -- malformed files ------------------------------------------------------------------------

def problems_for(tmp_path: Path, text: str) -> tuple[RuleSet, list]:
    """Load a bad file next to a good one; the good one must always load."""
    write(tmp_path, "a_good.toml", VALID.format(id="good.rule", title="Good"))
    bad = write(tmp_path, "b_bad.toml", text)
    rules = load_rules(tmp_path, shipped=False)
    assert "good.rule" in rules
    assert all(p.file == str(bad) for p in rules.problems)
    return rules, list(rules.problems)


def test_a_file_that_is_not_toml(tmp_path: Path) -> None:
    _rules, problems = problems_for(tmp_path, "[[rules]\nid = 'broken")
    assert len(problems) == 1
    assert problems[0].rule_id is None
    assert "cannot be read as TOML" in str(problems[0].message)
    assert "b_bad.toml" in str(problems[0])


def test_an_unknown_unit(tmp_path: Path) -> None:
    rules, problems = problems_for(tmp_path, VALID.format(id="bad.unit", title="x").replace(
        '"calendar_days"', '"fortnights"') + VALID.format(id="also.good", title="y"))
    assert [(p.rule_id, "“fortnights” is not a known unit" in str(p.message)) for p in problems] == [
        ("bad.unit", True)]
    assert "calendar_days" in str(problems[0].message)  # the lawyer is told what to write
    assert "also.good" in rules and "bad.unit" not in rules


def test_a_missing_field(tmp_path: Path) -> None:
    text = VALID.format(id="no.source", title="x").replace('source = "test"\n', "")
    _rules, problems = problems_for(tmp_path, text)
    assert [(p.rule_id, str(p.message)) for p in problems] == [
        ("no.source", "missing “source”. The rule was not loaded.")]


def test_a_rule_without_id_is_named_by_its_position(tmp_path: Path) -> None:
    text = VALID.format(id="x", title="x").replace('id = "x"\n', "")
    _, problems = problems_for(tmp_path, text)
    assert problems[0].rule_id == "#1 (no id)" and "“id”" in str(problems[0].message)


def test_a_duplicate_id(tmp_path: Path) -> None:
    rules, problems = problems_for(tmp_path, VALID.format(id="good.rule", title="Again"))
    assert [p.rule_id for p in problems] == ["good.rule"]
    assert "already used in a_good.toml" in str(problems[0].message)
    assert rules.get("good.rule").title == "Good"  # the first one stays


def test_a_duplicate_id_in_the_same_file(tmp_path: Path) -> None:
    text = VALID.format(id="twice", title="one") + VALID.format(id="twice", title="two")
    rules, problems = problems_for(tmp_path, text)
    assert [p.rule_id for p in problems] == ["twice"] and rules.get("twice").title == "one"


@pytest.mark.parametrize(("variant", "expected"), [
    ("misspelt", "unknown setting “verfied” (a misspelling?)"),
    ("roll", "“sideways” is not a known roll"),
    ("calendar", "the calendar “narnia” is not defined"),
    ("timezone", "“Mars/Olympus” is not a time zone"),
    ("param", "parameter “term”, which is not declared"),
    ("amount", "“amount” must be a whole number"),
    ("hours", "need a “timezone”"),
    ("country", "no calendar for “XX”"),
])
def test_each_kind_of_bad_value_is_explained(tmp_path: Path, variant: str, expected: str) -> None:
    base = VALID.format(id="bad.rule", title="Bad") + 'verified = true\n'
    variants = {
        "misspelt": base.replace("verified =", "verfied ="),
        "roll": base + 'roll = "sideways"\n',
        "calendar": base + 'calendar = "narnia"\n',
        "timezone": base + 'timezone = "Mars/Olympus"\n',
        "param": base.replace('amount = 10', 'param = "term"'),
        "amount": base.replace('amount = 10', 'amount = "ten"'),
        "hours": base.replace('"calendar_days"', '"hours"'),
        "country": base + 'calendar = { country = "XX" }\n',
    }
    rules, problems = problems_for(tmp_path, variants[variant])
    assert len(problems) == 1 and problems[0].rule_id == "bad.rule"
    assert expected in str(problems[0].message)
    assert "bad.rule" not in rules


def test_a_reference_to_a_missing_rule_is_reported_but_the_rule_loads(tmp_path: Path) -> None:
    text = VALID.format(id="parent", title="x") + 'derives = ["ghost"]\n'
    rules, problems = problems_for(tmp_path, text)
    assert "parent" in rules
    assert [(p.rule_id, "“ghost”" in str(p.message)) for p in problems] == [("parent", True)]


def test_a_bad_calendar_is_reported_and_rules_using_it_are_left_out(tmp_path: Path) -> None:
    text = ('[calendars.court]\nclosures = [ { name = "Summer", from = "08-01" } ]\n'
            + VALID.format(id="uses.court", title="x") + 'calendar = "court"\n')
    rules, problems = problems_for(tmp_path, text)
    assert "needs both “from” and “to”" in str(problems[0].message)
    assert problems[1].rule_id == "uses.court" and "uses.court" not in rules


def test_an_absurd_offset_names_its_unit_in_the_language(tmp_path: Path) -> None:
    """The unit of an offset too long is a word of the reader's language, not the rule
    file's key ("calendar_days" inside a Russian sentence)."""
    text = ('[[rules]]\nid = "absurd.rule"\nversion = "1"\ntitle = "Absurd"\n'
            'trigger = "verdict"\noffset = { amount = 120000, unit = "calendar_days" }\n'
            'source = "typo"\n')
    _rules, [problem] = problems_for(tmp_path, text)
    assert "120000 calendar days" in problem.said.render("en")
    assert "120000 календарных дней" in problem.said.render("ru")
    assert "calendar" not in problem.said.render("hy")


# -- absurd offsets (issue 10 § 6) ------------------------------------------------------------

@pytest.mark.parametrize(("setting", "named"), [
    ('offset = { amount = 1000000000000, unit = "calendar_days" }', "the offset of 1000000000000"),
    ('offset = { amount = -999999999, unit = "months" }', "the offset of -999999999 months"),
    ('offset = { amount = 120000, unit = "months" }', "the offset of 120000 months"),
    ('offset = { amount = 9000000, unit = "working_days" }', "the offset of 9000000"),
    ('offset = { amount = 10000000000, unit = "hours" }\ntimezone = "Asia/Baku"',
     "the offset of 10000000000 hours"),
    ('offset = { param = "d", unit = "weeks" }\n'
     'parameters = [ { name = "d", default = 99999999 } ]', "the default of “d”"),
    ('offset = { amount = 3, unit = "calendar_days" }\nreminders = [1000000000000]',
     "a reminder of 1000000000000"),
])
def test_an_absurd_offset_is_refused_at_load_naming_file_and_rule(
        tmp_path: Path, setting: str, named: str) -> None:
    text = ('[[rules]]\nid = "absurd.rule"\n'
            + 'version = "1"\ntitle = "Absurd {{ 7*7 }}"\ntrigger = "verdict"\n'
            + setting + '\nsource = "typo"\n' + VALID.format(id="next.door", title="Fine"))
    rules, problems = problems_for(tmp_path, text)
    assert [p.rule_id for p in problems] == ["absurd.rule"]
    line = str(problems[0])
    assert "\n" not in line and "b_bad.toml" in line and "“absurd.rule”" in line
    assert named in line and "longer than a hundred years" in line
    assert "absurd.rule" not in rules and "next.door" in rules  # the rest still loads


def test_a_negative_default_is_refused_at_load_as_a_typed_value_would_be(
        tmp_path: Path) -> None:
    text = ('[[rules]]\nid = "back.rule"\nversion = "1"\ntitle = "Back"\ntrigger = "verdict"\n'
            'offset = { param = "d", unit = "calendar_days" }\n'
            'parameters = [ { name = "d", default = -5 } ]\nsource = "typo"\n'
            + VALID.format(id="next.door", title="Fine"))
    rules, problems = problems_for(tmp_path, text)
    assert [p.rule_id for p in problems] == ["back.rule"]
    assert "the default of “d” cannot be negative (-5)" in str(problems[0])
    assert "back.rule" not in rules and "next.door" in rules


def test_the_longest_sensible_offset_still_loads(tmp_path: Path) -> None:
    text = VALID.format(id="century", title="x").replace("amount = 10", "amount = 36600")
    rules, problems = problems_for(tmp_path, text)
    assert problems == [] and rules.get("century").offset[0].amount == 36600
