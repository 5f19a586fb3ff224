"""What a synced phone calendar shows: each event names its captive (in Latin letters) and
its deadline, warns when its rule is not verified, and keeps its UID when the order it
comes from is edited, so the phone updates the event instead of adding a second one.
Dates are worked out by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

from caseapp.domain.messages import text_of
from caseapp.reports.calendar import write_ics
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile


def export(cf: CaseFile, path: Path) -> dict[str, icalendar.Event]:
    events = cf.reminders.calendar(365, level="shareable")
    write_ics([*events.deadlines, *events.hearings], path, lead_days=events.lead_days,
              names=events.names, level=events.level)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def find(events: dict[str, icalendar.Event], *words: str) -> icalendar.Event:
    (match,) = [e for summary, e in events.items() if all(w in summary for w in words)]
    return match


def test_events_name_the_captive_warn_of_unverified_rules_and_survive_an_edit(
        case_file: CaseFile, tmp_path: Path) -> None:
    cf = case_file  # today is 27 November 2026 in the tests
    captive = cf.captives.create(names=["Արտաշես Մկրտչյան"], capture="2026-10-20",
                                 status="pre_trial")
    order = cf.detention_orders.create(captive_id=captive.id, start_date="2026-10-31",
                                       term_months=4)
    first = export(cf, tmp_path / "first.ics")

    # 31 October 2026 + 4 months: 28 February 2027 (no 31 February).
    expiry = find(first, "Artashes Mkrtchyan", "order expires")
    assert expiry.decoded("DTSTART") == date(2027, 2, 28)
    # The court motion 5 days before (Art. 159.3-1, not verified): 23 February 2027.
    motion = find(first, "Artashes Mkrtchyan", "lodged in court")
    assert motion.decoded("DTSTART") == date(2027, 2, 23)
    assert "not been verified against its source" in str(motion["DESCRIPTION"])
    assert "Artashes Mkrtchyan" in str(motion["SUMMARY"])

    # The court extends the first term to five months: the same events move.
    cf.detention_orders.update(order.id, term_months=5)
    second = export(cf, tmp_path / "second.ics")
    moved = find(second, "Artashes Mkrtchyan", "order expires")
    assert moved.decoded("DTSTART") == date(2027, 3, 31)
    assert str(moved["UID"]) == str(expiry["UID"])
    assert str(find(second, "Artashes Mkrtchyan", "lodged in court")["UID"]) == str(motion["UID"])
    assert len(second) == len(first)


def test_a_calendar_names_rules_by_their_titles_never_by_their_ids(case_file: CaseFile,
                                                                   tmp_path: Path) -> None:
    """The event of the court motion (set off by the order's expiry) names its own rule and
    the one it comes from by their titles in the calendar's language: no "az.…" id."""
    from caseapp.services.outputs import calendar

    cf = case_file
    captive = cf.captives.create(names=["Արտաշես Մկրտչյան"], capture="2026-10-20",
                                 status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2026-10-31", term_months=4)
    expiry = {"en": "Detention order expires",
              "ru": "Истекает срок постановления о заключении под стражу",
              "hy": "Կալանավորման մասին որոշման ժամկետը լրանում է"}
    quoted = {"en": "“{}”", "ru": "«{}»", "hy": "«{}»"}
    for lang in ("en", "ru", "hy"):
        out = tmp_path / f"{lang}.ics"
        calendar(cf, level="shareable", target=out, lang=lang)
        events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        for event in events:
            assert "az." not in str(event.get("DESCRIPTION", "")), (lang, event["DESCRIPTION"])
        own = cf.rule_set.get("az.detention.extension_upstream_10").text("title", lang)
        motion = next(e for e in events if own in str(e["SUMMARY"]))
        description = str(motion["DESCRIPTION"])
        assert own in description.splitlines()[0]  # its own rule, by its title
        assert quoted[lang].format(expiry[lang]) in description  # the rule it comes from
    # The deadline's details in the window name the rule it comes from by its title too.
    motion_id = next(d.id for d in cf.deadlines.list()
                     if d.rule_id == "az.detention.extension_upstream_10")
    steps = [text_of(step, "ru") for step in cf.reminders.explanation(motion_id)]
    assert any(quoted["ru"].format(expiry["ru"]) in step for step in steps)
    assert not any("az." in step for step in steps)


def test_an_armenian_calendar_introduces_a_deadline_as_armenian_does(case_file: CaseFile,
                                                                     tmp_path: Path) -> None:
    """An Armenian phone calendar reads "Ժամկետ՝ …" as "Դատական նիստ՝ …", not "Ժամկետ: …":
    in Armenian the Latin colon looks like the full stop "։", and the event read
    "Deadline. Detention order expires"."""
    from caseapp.services.outputs import calendar

    cf = case_file
    captive = cf.captives.create(names=["Արտաշես Մկրտչյան"], capture="2026-10-20",
                                 status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2026-10-31", term_months=4)
    out = tmp_path / "hy.ics"
    calendar(cf, level="shareable", target=out, lang="hy")
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(out.read_bytes())
                 .walk("VEVENT")]
    expiry = "Ժամկետ՝ Կալանավորման մասին որոշման ժամկետը լրանում է (Արտաշես Մկրտչյան)"
    assert expiry in summaries
    assert not any(s.startswith("Ժամկետ:") for s in summaries)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Date set by hand, kept when the rules recompute."),
    ("ru", "Дата установлена вручную, пересчёт её сохраняет."),
    ("hy", "Ամսաթիվը սահմանվել է ձեռքով, և վերահաշվարկը այն պահպանում է։")])
def test_a_date_changed_by_hand_says_so_above_the_rules_steps(case_file: CaseFile, lang: str,
                                                              words: str) -> None:
    """The event stood on the day the lawyer set, its description giving the rule's steps to
    another day (one month from the decision, 2 January) as if they led to it."""
    cf = case_file
    aram = cf.captives.create(names=["Aram Sargsyan"], capture="2024-11-20", status="on_trial")
    (kept,) = cf.deadline_engine.from_rule(captive_id=aram.id, rule_id="az.cassation",
                                           trigger=date(2026, 12, 2))
    (changed,) = cf.deadline_engine.from_rule(captive_id=aram.id, rule_id="az.cassation",
                                              trigger=date(2026, 12, 3))
    cf.deadlines.update(changed.id, due_on=date(2027, 1, 5))
    ics = outputs.calendar(cf, level="internal", lang=lang).data
    events = {e.decoded("DTSTART"): str(e["DESCRIPTION"])
              for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    assert words in events[date(2027, 1, 5)]
    steps = events[date(2027, 1, 5)].splitlines()
    assert steps.index(next(s for s in steps if words in s)) == 1  # under the rule's line
    assert words not in events[kept.due_on]  # the rule's own date
