"""Every shipped deadline rule on hostile calendar cases, each date worked out by hand.

One table (``CASES``): a rule, a trigger, the values it needs and every date it gives, the
rules it sets off included, with the reasoning from the rule's source beside it
(/work/shared/DOMAIN.md, "Deadline rules", and the rule files in resources/rules). Each case
is computed through the paths a lawyer reads it from, and they must agree with the hand-made
date: the engine (:func:`caseapp.domain.deadlines.compute`, what the rule calculator shows),
``caseapp rules compute --format json`` and the deadline engine of a case file
(``DeadlineEngine.from_rule``, what the calculator's "Add" stores and the Deadlines view,
dossier and reports list).

How the sources count, as the rule files encode them:
- ECHR Art. 35 § 1 (Protocol No. 15): 4 months for a final decision taken on or after
  1 February 2022, 6 months before; the same day number N months later, clamped to a
  shorter month's end; never moved off a weekend or holiday (Sabri Güneş v. Turkey [GC]).
  The decision's date picks the period, not the date the application is lodged.
- A detention order: start + term (the same day number N months later, clamped), never
  rolled; the AZ extension steps count back 10, 7 and 5 calendar days from the expiry; only
  the last (the motion in court) moves, and only earlier, off a day off (Art. 159.3-1, "as
  reported": unverified, so never later).
- Treaty and UN periods are calendar periods that no day off moves.
- Hours are real hours from the moment given, shown in the rule's zone.
- Rule 39: Monday to Friday 08:00-16:00 Strasbourg time, public holidays of the Court's
  seat (Alsace: Good Friday and 26 December added to the French ones) are not working days.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from caseapp.config import Location
from caseapp.domain.dates import add_term
from caseapp.domain.deadlines import ComputedDeadline, compute, parse_trigger
from caseapp.domain.messages import text_of
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import RuleSet, Unit
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.deadline_rows import Group
from tests.cli.cli_run import one_line, run


@dataclass(frozen=True)
class Case:
    """``rule`` applied to ``trigger`` (with ``params``) gives ``due``: rule id -> the date
    (YYYY-MM-DD), or the moment in the rule's zone (YYYY-MM-DDTHH:MM+HH:MM)."""

    name: str
    rule: str
    trigger: str
    due: dict[str, str]
    params: dict[str, int] = field(default_factory=dict)


EXPIRY = "az.detention.expiry"
MOTION = "az.detention.extension_request"  # -5 days, previous working day (AZ)
UP10 = "az.detention.extension_upstream_10"  # -10 days, no roll
UP7 = "az.detention.extension_upstream_7"  # -7 days, no roll


def order(start: str, months: int, expiry: str, motion: str, up10: str, up7: str,
          name: str, days: int = 0) -> Case:
    params = {"term_months": months} | ({"term_days": days} if days else {})
    return Case(name, EXPIRY, start, {EXPIRY: expiry, MOTION: motion, UP10: up10, UP7: up7},
                params)


CASES: tuple[Case, ...] = (
    # ---- ECHR application (Art. 35 § 1) ---------------------------------------------------
    # 31 Oct 2023 + 4 months = "31 Feb 2024": February 2024 (leap) ends on the 29th.
    Case("echr 31 Oct + 4m, leap", "echr.application", "2023-10-31",
         {"echr.application": "2024-02-29"}),
    # 31 Oct 2022 + 4 months: February 2023 ends on the 28th.
    Case("echr 31 Oct + 4m", "echr.application", "2022-10-31",
         {"echr.application": "2023-02-28"}),
    # 30 Nov 2023 + 4 months = 30 Mar 2024, a Saturday: not moved to Monday (Sabri Güneş).
    Case("echr 30 Nov + 4m on a Saturday", "echr.application", "2023-11-30",
         {"echr.application": "2024-03-30"}),
    # 29 Feb 2024 + 4 months = 29 Jun 2024 (June has a 29th), a Saturday: not moved.
    Case("echr 29 Feb + 4m", "echr.application", "2024-02-29",
         {"echr.application": "2024-06-29"}),
    # Decided 31 Jan 2022, before 1 Feb 2022: the 6 months still apply (Protocol No. 15,
    # Art. 8 § 3) -> 31 Jul 2022, a Sunday, not moved.
    Case("echr decided 31 Jan 2022: 6 months", "echr.application", "2022-01-31",
         {"echr.application": "2022-07-31"}),
    # Decided on 1 Feb 2022: the first day of the 4 months -> 1 Jun 2022.
    Case("echr decided 1 Feb 2022: 4 months", "echr.application", "2022-02-01",
         {"echr.application": "2022-06-01"}),
    # Asking for the 6-month rule for a decision of 1 Feb 2022 still gives the 4 months.
    Case("echr 6m rule asked for 1 Feb 2022", "echr.application.6m", "2022-02-01",
         {"echr.application.6m": "2022-06-01"}),
    # 31 Aug 2021 + 6 months = "31 Feb 2022" -> 28 Feb 2022.
    Case("echr 31 Aug 2021 + 6m", "echr.application.6m", "2021-08-31",
         {"echr.application.6m": "2022-02-28"}),
    # 31 Oct 2021 + 6 months = "31 Apr 2022" -> 30 Apr 2022, a Saturday: not moved.
    Case("echr 31 Oct 2021 + 6m", "echr.application", "2021-10-31",
         {"echr.application": "2022-04-30"}),
    # 24 Aug 2023 + 4 months = 24 Dec 2023: a Sunday in the Registry's Christmas closure,
    # still the last day.
    Case("echr in the Christmas closure", "echr.application", "2023-08-24",
         {"echr.application": "2023-12-24"}),
    # ---- other ECHR periods -----------------------------------------------------------------
    # eComms keeps a document 12 months: 29 Feb 2024 + 12 months -> 28 Feb 2025.
    Case("ecomms 29 Feb + 12m", "echr.ecomms.download", "2024-02-29",
         {"echr.ecomms.download": "2025-02-28"}),
    # The Rule 39 site keeps it 3 months: 30 Nov 2023 + 3 months = "30 Feb" -> 29 Feb 2024.
    Case("rule 39 site 30 Nov + 3m", "echr.rule39_site.download", "2023-11-30",
         {"echr.rule39_site.download": "2024-02-29"}),
    # 12 weeks = 84 days from Fri 5 Jan 2024: 26 days to 31 Jan, 29 to 29 Feb (55), 29 more
    # -> 29 Mar 2024, Good Friday: a reminder, not moved.
    Case("friendly settlement 12 weeks", "echr.communication.friendly_settlement", "2024-01-05",
         {"echr.communication.friendly_settlement": "2024-03-29"}),
    # 16 weeks = 112 days from 1 Jan 2024 -> 22 Apr 2024 (a Monday, as 1 Jan 2024).
    Case("court's letter 16 weeks", "echr.delivery.time_limit", "2024-01-01",
         {"echr.delivery.time_limit": "2024-04-22"}, {"weeks": 16}),
    # 12 weeks from Sat 16 Dec 2023 -> Sat 9 Mar 2024: unverified counting, not moved later.
    Case("government observations 12 weeks", "echr.communication.government_observations",
         "2023-12-16", {"echr.communication.government_observations": "2024-03-09"},
         {"weeks": 12}),
    # ---- after a Chamber judgment (Arts 43 § 1, 44 § 2 (b)) ---------------------------------
    # 30 Nov 2023 + 3 months = "30 Feb" -> 29 Feb 2024 (the month's end, never 1 March).
    Case("grand chamber referral 30 Nov + 3m", "echr.judgment.referral", "2023-11-30",
         {"echr.judgment.referral": "2024-02-29"}),
    # 9 Sep 2023 + 3 months -> Sat 9 Dec 2023: the counting is not verified, not moved later.
    Case("chamber judgment final on a Saturday", "echr.judgment.final", "2023-09-09",
         {"echr.judgment.final": "2023-12-09"}),
    # ---- Rule 39 (Mon-Fri 08:00-16:00 Strasbourg time) -------------------------------------
    # Fri 27 Mar 2026 15:59 CET, before the cut-off: dealt with that day, by 16:00 CET.
    Case("rule 39 Friday 15:59", "echr.rule39", "2026-03-27T15:59+01:00",
         {"echr.rule39": "2026-03-27T16:00+01:00"}),
    # 16:01 is after it: the next working day is Mon 30 Mar; the clocks went forward on
    # Sun 29 Mar, so 16:00 is CEST (+02:00).
    Case("rule 39 Friday 16:01 before summer time", "echr.rule39", "2026-03-27T16:01+01:00",
         {"echr.rule39": "2026-03-30T16:00+02:00"}),
    # Fri 24 Oct 2025 16:01 CEST: Mon 27 Oct, after the clocks went back on Sun 26 Oct (CET).
    Case("rule 39 Friday 16:01 before winter time", "echr.rule39", "2025-10-24T16:01+02:00",
         {"echr.rule39": "2025-10-27T16:00+01:00"}),
    # Sent 15:59 Baku time (+04:00) = 12:59 in Strasbourg: within the hours, the same day.
    Case("rule 39 from Baku 15:59", "echr.rule39", "2026-03-27T15:59+04:00",
         {"echr.rule39": "2026-03-27T16:00+01:00"}),
    # 19:30 Baku on Thu 26 Mar 2026 = 16:30 in Strasbourg: after the cut-off -> Fri 27 Mar.
    Case("rule 39 from Baku 19:30", "echr.rule39", "2026-03-26T19:30+04:00",
         {"echr.rule39": "2026-03-27T16:00+01:00"}),
    # Good Friday 29 Mar 2024 (an Alsace holiday) and Easter Monday 1 Apr: Tue 2 Apr (CEST).
    Case("rule 39 on Good Friday", "echr.rule39", "2024-03-29T10:00+01:00",
         {"echr.rule39": "2024-04-02T16:00+02:00"}),
    # Wed 24 Dec 2025 16:01: 25 Dec, 26 Dec (Alsace), a weekend -> Mon 29 Dec.
    Case("rule 39 Christmas Eve 16:01", "echr.rule39", "2025-12-24T16:01+01:00",
         {"echr.rule39": "2025-12-29T16:00+01:00"}),
    # Sat 9 May 2026: Sunday, then Mon 11 May -> 11 May (8 May, Friday, was a holiday too).
    Case("rule 39 on a Saturday", "echr.rule39", "2026-05-09T10:00+02:00",
         {"echr.rule39": "2026-05-11T16:00+02:00"}),
    # Mon 2 Mar 2026 07:00, before the office opens: dealt with that day.
    Case("rule 39 before opening", "echr.rule39", "2026-03-02T07:00+01:00",
         {"echr.rule39": "2026-03-02T16:00+01:00"}),
    # ---- detention order: start + term, clamped, never rolled; AZ steps back from it -------
    # 31 Aug 2023 + 4 months = 31 Dec 2023 (a Sunday and Solidarity Day: not moved). Back:
    # -5 = Tue 26 Dec (working); -10 = Thu 21 Dec; -7 = Sun 24 Dec, not moved (no roll).
    order("2023-08-31", 4, "2023-12-31", "2023-12-26", "2023-12-21", "2023-12-24",
          "order 31 Aug + 4m"),
    # 30 Oct 2023 + 4 months = "30 Feb 2024" -> 29 Feb. -5 = Sat 24 Feb -> Fri 23 Feb;
    # -10 = Mon 19 Feb; -7 = Thu 22 Feb.
    order("2023-10-30", 4, "2024-02-29", "2024-02-23", "2024-02-19", "2024-02-22",
          "order 30 Oct + 4m"),
    # 28 Feb 2024 + 1 month = 28 Mar 2024. -5 = Sat 23 Mar, Novruz (20-24 Mar): back past
    # 22, 21, 20 Mar to Tue 19 Mar. -10 = Mon 18 Mar; -7 = Thu 21 Mar (Novruz, no roll).
    order("2024-02-28", 1, "2024-03-28", "2024-03-19", "2024-03-18", "2024-03-21",
          "order 28 Feb + 1m over Novruz"),
    # 29 Feb 2024 + 12 months = "29 Feb 2025" -> 28 Feb. -5 = Sun 23 Feb -> Fri 21 Feb;
    # -10 = Tue 18 Feb; -7 = Fri 21 Feb.
    order("2024-02-29", 12, "2025-02-28", "2025-02-21", "2025-02-18", "2025-02-21",
          "order 29 Feb + 12m"),
    # 1 Mar 2026 + 1 month = 1 Apr 2026. -5 = 27 Mar: Novruz and Eid al-Fitr run from 20 to
    # 27 Mar (observed days included) with the weekend of 21-22: back to Thu 19 Mar.
    # -10 = Sun 22 Mar; -7 = Wed 25 Mar (holidays, no roll).
    order("2026-03-01", 1, "2026-04-01", "2026-03-19", "2026-03-22", "2026-03-25",
          "order over Novruz and Eid 2026"),
    # 2 May 2026 + 1 month = 2 Jun 2026. -5 = Thu 28 May, Independence Day and Eid al-Adha
    # (27-29 May): 27 May is Eid too -> Tue 26 May. -10 = Sat 23 May; -7 = Tue 26 May.
    order("2026-05-02", 1, "2026-06-02", "2026-05-26", "2026-05-23", "2026-05-26",
          "order over 28 May and Eid al-Adha"),
    # 14 Oct 2025 + 1 month = 14 Nov 2025. -5 = Sun 9 Nov, Flag Day; Sat 8 Nov, Victory Day:
    # back to Fri 7 Nov. -10 = Tue 4 Nov; -7 = Fri 7 Nov.
    order("2025-10-14", 1, "2025-11-14", "2025-11-07", "2025-11-04", "2025-11-07",
          "order over 8-9 November"),
    # 5 Dec 2023 + 1 month = 5 Jan 2024. -5 = Sun 31 Dec (Solidarity Day) -> Sat 30 Dec,
    # a working Saturday by the Cabinet's decree (days off moved for the new year) -> 30 Dec.
    # -10 = Tue 26 Dec; -7 = Fri 29 Dec.
    order("2023-12-05", 1, "2024-01-05", "2023-12-30", "2023-12-26", "2023-12-29",
          "order over 31 December"),
    # 15 June: 10 days from Wed 5 Jun 2024 = Sat 15 Jun 2024 (National Liberation Day), not
    # moved. -5 = Mon 10 Jun (working); -10 = Wed 5 Jun; -7 = Sat 8 Jun.
    order("2024-06-05", 0, "2024-06-15", "2024-06-10", "2024-06-05", "2024-06-08",
          "order of 10 days to 15 June", days=10),
    # ---- AZ appeal and cassation --------------------------------------------------------------
    # Announced Fri 1 Mar 2024 + 20 days = 21 Mar 2024, Novruz: not moved (counting
    # unverified; a missed term can be restored, but it is not moved later).
    Case("az appeal into Novruz", "az.verdict.appeal", "2024-03-01",
         {"az.verdict.appeal": "2024-03-21"}),
    # 11 Dec 2023 + 20 days = Sun 31 Dec 2023, Solidarity Day: not moved.
    Case("az appeal into 31 December", "az.verdict.appeal", "2023-12-11",
         {"az.verdict.appeal": "2023-12-31"}),
    # Cassation: 31 Jan 2024 + 1 month = "31 Feb" -> 29 Feb 2024; 31 Jan 2023 -> 28 Feb 2023.
    Case("az cassation 31 Jan, leap", "az.cassation", "2024-01-31",
         {"az.cassation": "2024-02-29"}),
    Case("az cassation 31 Jan", "az.cassation", "2023-01-31", {"az.cassation": "2023-02-28"}),
    # 28 Apr 2024 + 1 month = Tue 28 May 2024, Independence Day: not moved.
    Case("az cassation on 28 May", "az.cassation", "2024-04-28", {"az.cassation": "2024-05-28"}),
    # A detention order's appeal: no period in the law found; 10 days entered by hand from
    # Fri 5 Jan 2024 -> Mon 15 Jan 2024.
    Case("az detention appeal, term entered", "az.detention.appeal", "2024-01-05",
         {"az.detention.appeal": "2024-01-15"}, {"appeal_days": 10}),
    # ---- hours -------------------------------------------------------------------------------------
    # Arrest Sat 30 Mar 2024 23:30 Baku + 48 h = Mon 1 Apr 23:30 Baku.
    Case("az 48h from 23:30", "az.arrest.bring_before_judge", "2024-03-30T23:30+04:00",
         {"az.arrest.bring_before_judge": "2024-04-01T23:30+04:00"}),
    # Arrest 1 Jan 2025 02:30 Baku, given as 31 Dec 2024 22:30 UTC (another calendar day):
    # + 48 h = 3 Jan 2025 02:30 Baku.
    Case("az 48h given in UTC the day before", "az.arrest.bring_before_judge",
         "2024-12-31T22:30+00:00", {"az.arrest.bring_before_judge": "2025-01-03T02:30+04:00"}),
    # Given in Paris time across its spring clock change (31 Mar 2024): 30 Mar 12:00 CET =
    # 15:00 Baku; + 48 real hours = 1 Apr 15:00 Baku (Azerbaijan has no summer time).
    Case("az 48h across a clock change elsewhere", "az.arrest.bring_before_judge",
         "2024-03-30T12:00+01:00", {"az.arrest.bring_before_judge": "2024-04-01T15:00+04:00"}),
    # The court received the motion 31 Dec 2024 23:30 Baku: + 24 h = 1 Jan 2025 23:30.
    Case("az court 24h over the new year", "az.court.decides_detention_motion",
         "2024-12-31T23:30+04:00",
         {"az.court.decides_detention_motion": "2025-01-01T23:30+04:00"}),
    # Deprived of liberty Fri 29 Mar 2024 22:00 Yerevan + 72 h = Mon 1 Apr 22:00 Yerevan.
    Case("am 72h", "am.arrest.bring_before_judge", "2024-03-29T22:00+04:00",
         {"am.arrest.bring_before_judge": "2024-04-01T22:00+04:00"}),
    # ---- Armenian placeholders (unverified: never later) ------------------------------------
    # 2 Feb 2024 + 1 month = Sat 2 Mar 2024: the file asks for the next working day, but the
    # count is unverified: it stays on 2 Mar.
    Case("am appeal on a Saturday, not rolled", "am.verdict.appeal", "2024-02-02",
         {"am.verdict.appeal": "2024-03-02"}),
    # 1 Dec 2023 + 1 month = 1 Jan 2024 (New Year): not rolled.
    Case("am appeal on New Year", "am.verdict.appeal", "2023-12-01",
         {"am.verdict.appeal": "2024-01-01"}),
    # 29 Feb 2024 + 3 days entered = Sun 3 Mar 2024: not rolled.
    Case("am detention appeal, term entered", "am.detention.appeal", "2024-02-29",
         {"am.detention.appeal": "2024-03-03"}, {"appeal_days": 3}),
    # Expiry Thu 28 Mar 2024, 5 working days back in Armenia: 27, 26, 25, 22, 21 -> 21 Mar.
    Case("am motion 5 working days back", "am.detention.extension_request", "2024-03-28",
         {"am.detention.extension_request": "2024-03-21"}),
    # ---- Geneva Convention III -------------------------------------------------------------
    # Art. 70: one week from arrival at a camp, 25 Feb 2024 -> 3 Mar 2024 (across 29 Feb).
    Case("capture card 7 days", "geneva.capture_card", "2024-02-25",
         {"geneva.capture_card": "2024-03-03"}),
    # Art. 104: received 3 weeks before a trial on 14 Mar 2024: 14 Mar - 14 days = 29 Feb,
    # - 7 = 22 Feb 2024.
    Case("trial notice -3 weeks", "geneva.pow_trial.notice", "2024-03-14",
         {"geneva.pow_trial.notice": "2024-02-22"}),
    # Art. 105: counsel 2 weeks before -> 29 Feb 2024.
    Case("counsel -2 weeks", "geneva.pow_trial.counsel", "2024-03-14",
         {"geneva.pow_trial.counsel": "2024-02-29"}),
    # A trial on Mon 3 Mar 2025 - 3 weeks = Mon 10 Feb 2025 (February 2025 has 28 days).
    Case("trial notice -3 weeks, 2025", "geneva.pow_trial.notice", "2025-03-03",
         {"geneva.pow_trial.notice": "2025-02-10"}),
    # ---- UN ------------------------------------------------------------------------------------
    # WGAD 60 days from 1 Jan 2024: 30 to 31 Jan, 59 to 29 Feb -> 1 Mar 2024.
    Case("wgad 60 days, leap", "un.wgad.government_reply", "2024-01-01",
         {"un.wgad.government_reply": "2024-03-01"}),
    # From 1 Jan 2023: 30 + 28 = 58 to 28 Feb -> 2 Mar 2023.
    Case("wgad 60 days", "un.wgad.government_reply", "2023-01-01",
         {"un.wgad.government_reply": "2023-03-02"}),
    # From 2 Oct 2024: 29 to 31 Oct, 59 to 30 Nov -> Sun 1 Dec 2024, not moved.
    Case("wgad 60 days on a Sunday", "un.wgad.government_reply", "2024-10-02",
         {"un.wgad.government_reply": "2024-12-01"}),
    # HRC, OP Art. 4(2): 6 months from 31 Aug 2023 -> "31 Feb" -> 29 Feb 2024; from
    # 31 Aug 2024 -> 28 Feb 2025; from 29 Aug 2023 -> 29 Feb 2024.
    Case("hrc 31 Aug + 6m, leap", "un.hrc.state_reply", "2023-08-31",
         {"un.hrc.state_reply": "2024-02-29"}),
    Case("hrc 31 Aug + 6m", "un.hrc.state_reply", "2024-08-31",
         {"un.hrc.state_reply": "2025-02-28"}),
    Case("hrc 29 Aug + 6m", "un.hrc.state_reply", "2023-08-29",
         {"un.hrc.state_reply": "2024-02-29"}),
    # ---- the lawyer's own reminders --------------------------------------------------------
    # Follow up 14 days after Sat 24 Feb 2024 = Sat 9 Mar: a verified rule of the lawyer's
    # own practice, moved to the next working day (weekends only) -> Mon 11 Mar.
    Case("follow-up", "generic.follow_up", "2024-02-24", {"generic.follow_up": "2024-03-11"},
         {"days": 14}),
    # 10 working days from Sat 24 Feb 2024: 26 Feb-1 Mar (5), 4-8 Mar (10) -> Fri 8 Mar.
    Case("reply expected", "generic.reply_expected", "2024-02-24",
         {"generic.reply_expected": "2024-03-08"}, {"working_days": 10}),
    # Check again 14 days after Sat 24 Feb 2024 -> Sat 9 Mar (no roll).
    Case("proof of life", "generic.proof_of_life_check", "2024-02-24",
        {"generic.proof_of_life_check": "2024-03-09"}, {"days": 14}),
)


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


def shown(due: date | datetime) -> str:
    """A due date as the table writes it."""
    return due.isoformat(timespec="minutes") if isinstance(due, datetime) else due.isoformat()


def dates_of(found: list[ComputedDeadline]) -> dict[str, str]:
    return {d.rule_id: shown(d.due) for d in found}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_engine_gives_the_date_worked_out_by_hand(rules: RuleSet, case: Case) -> None:
    assert dates_of(compute(rules, case.rule, case.trigger, case.params)) == case.due


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_command_line_gives_the_same_dates(case: Case) -> None:
    params = [arg for name, value in case.params.items() for arg in ("--param", f"{name}={value}")]
    code, out, err = run("rules", "compute", case.rule, "--trigger", case.trigger, *params,
                         "--format", "json")
    assert code == 0, err
    assert {d["rule_id"]: _as_shown(d["due"]) for d in json.loads(out)} == case.due


def _as_shown(due: str) -> str:
    """The JSON's due date (a day, or a moment with its offset) as the table writes it."""
    return due if len(due) == 10 else shown(datetime.fromisoformat(due))


def test_the_deadlines_a_case_file_stores_give_the_same_dates(case_file: CaseFile) -> None:
    """What the rule calculator's "Add" stores (the Deadlines view, dossier and reports read
    these rows): the day, and for a moment its time and zone."""
    cid = case_file.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    for case in CASES:
        stored = case_file.deadline_engine.from_rule(
            captive_id=cid, rule_id=case.rule, trigger=parse_trigger(case.trigger),
            params=case.params)
        found = {}
        for d in stored:
            day = d.due_on.isoformat()
            if d.due_time is not None:  # the moment in its zone, as the table writes it
                moment = datetime.combine(d.due_on, d.due_time, tzinfo=ZoneInfo(d.timezone))
                day = moment.isoformat(timespec="minutes")
            found[d.rule_id] = day
        assert found == case.due, case.name


def test_every_shipped_rule_has_a_case(rules: RuleSet) -> None:
    """A rule added to the files without a hand-made case here is caught."""
    covered = {rule_id for case in CASES for rule_id in case.due}
    assert {r.id for r in rules} <= covered


# ---- what the lawyer reads beside each date ----------------------------------------------------

def said(step: Any) -> str:
    """A step in English, its dates' no-break spaces as plain ones."""
    return text_of(step).replace("\u00a0", " ")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_explanation_names_the_source_and_any_roll_refused(rules: RuleSet,
                                                               case: Case) -> None:
    for d in compute(rules, case.rule, case.trigger, case.params):
        rule = rules.get(d.applied_rule_id)
        steps = [said(s) for s in d.steps]
        assert d.source == rule.source and rule.source.strip()
        assert d.verified is rule.verified
        if not rule.verified:
            assert "caution: this rule has not been verified against its source" in steps
        if rule.roll.value == "next_working_day" and not rule.may_move_later \
                and any("is not a working day" in s for s in steps):
            assert "not rolled: the code's rule on non-working days is not verified" in steps


def test_an_unverified_next_working_day_says_why_it_was_not_applied(rules: RuleSet) -> None:
    (d,) = compute(rules, "am.verdict.appeal", "2024-02-02")
    steps = [said(s) for s in d.steps]
    assert steps[1:5] == [
        "+1 month → 2 Mar 2024",
        "Sat, 2 Mar 2024 is not a working day: weekend",
        "not rolled: the code's rule on non-working days is not verified",
        "the rule file asks for the next working day, but a date is never moved later while "
        "the rule's way of counting is unverified"]


def test_the_echr_limit_says_it_is_not_extended_on_a_weekend(rules: RuleSet) -> None:
    (d,) = compute(rules, "echr.application", "2023-11-30")
    steps = [said(s) for s in d.steps]
    assert "not rolled: this rule does not move off weekends or holidays" in steps
    assert "Sabri Güneş" in d.source and "Protocol No. 15" in d.source


def test_the_motion_before_expiry_says_it_moved_earlier_and_why(rules: RuleSet) -> None:
    found = compute(rules, EXPIRY, "2024-02-28", {"term_months": 1})
    (motion,) = [d for d in found if d.rule_id == MOTION]
    steps = " | ".join(said(s) for s in motion.steps)
    assert "−5 days → 23 Mar 2024" in steps
    assert "rolled to the previous working day Tue, 19 Mar 2024" in steps
    assert "Spring Festival" in steps


# ---- never later when unsure ------------------------------------------------------------------

def _plain(rule: Any, trigger: date, params: dict[str, int]) -> date:
    """The plain computation: the offset in calendar terms (months clamped), no roll."""
    day = trigger
    for part in rule.offset:
        amount = part.amount if part.param is None else params[part.param]
        if part.unit is Unit.MONTHS:
            day = add_term(day, months=amount)
        elif part.unit is Unit.WEEKS:
            day += timedelta(weeks=amount)
        else:  # calendar or working days: a working day counted is never before a calendar one
            day += timedelta(days=amount)
    return day


PARAMS = {"term_months": 4, "term_days": 0, "appeal_days": 10, "weeks": 12, "days": 14,
          "working_days": 10}


def test_no_unverified_rule_gives_a_date_later_than_the_plain_computation(
        rules: RuleSet) -> None:
    """Every trigger of 2023-2026 for every rule whose counting is unverified (the days off
    of both countries, Novruz, the moving Eids, the leap day)."""
    unsure = [r for r in rules if not r.may_move_later and not r.counts_hours]
    assert len(unsure) > 10
    later = []
    for rule in unsure:
        day = date(2023, 1, 1)
        while day < date(2027, 1, 1):
            params = {p.name: PARAMS[p.name] for p in rule.parameters}
            due = compute(rules, rule.id, day, params)[0]
            if due.applied_rule_id == rule.id and due.due > _plain(rule, day, params):
                later.append((rule.id, day, due.due))
            day += timedelta(days=1)
    assert later == []


# ---- hostile input on the command line --------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ("echr.application", "--trigger", "0001-01-01"),
    ("echr.application.6m", "--trigger", "9999-12-31"),
    ("echr.application", "--trigger", "2199-12-31"),  # 2200-04-30: beyond the years computed
    ("no.such.rule", "--trigger", "2024-01-01"),
    (EXPIRY, "--trigger", "2024-01-01", "--param", "term_months=-3"),
    (EXPIRY, "--trigger", "2024-01-01", "--param", "term_months=10000"),
    (EXPIRY, "--trigger", "2024-01-01", "--param", "term_months=99999999999999999999999"),
    (EXPIRY, "--trigger", "2024-02-30", "--param", "term_months=1"),
    (EXPIRY, "--trigger", "2024-01-01", "--param", "term_months=1.5"),
    ("echr.rule39", "--trigger", "9999-12-31T23:59-12:00"),
    ("az.arrest.bring_before_judge", "--trigger", "2024-01-01"),  # hours need a time
])
def test_hostile_input_is_one_line_and_exit_2(argv: tuple[str, ...]) -> None:
    code, out, err = run("rules", "compute", *argv)
    assert (code, out) == (2, "")
    assert one_line(err), err


# ---- one order, one expiry, wherever it is read ---------------------------------------------

ORDERS = [c for c in CASES if c.rule == EXPIRY]


@pytest.mark.parametrize("stated", [False, True], ids=["computed", "stated by the court"])
def test_an_orders_expiry_is_the_same_date_in_every_output(tmp_path: Any, stated: bool) -> None:
    """For each order of the table: the order's stored expiry, its deadlines (the Deadlines
    view), the detention clock (the captive's header, "Needs attention", the timeline's
    order), the dossier, the status report and ``captives show`` give one date. Stated: the
    court's order says the day before start + term (it counted the start day), and that
    date wins everywhere, the extension steps counted back from it. Each order is recorded
    on its first day, so that all its deadlines are still open."""
    from caseapp.domain.cldr import format_date_short
    from caseapp.services.dossier_data import build_dossier
    from caseapp.services.status_report_data import build_status_report

    db_path = tmp_path / "orders.db"
    today = [date(2023, 1, 2)]
    case_file = open_case_file(Location(path=db_path), create=True, actor="tester",
                               today=lambda: today[0])

    shown_in_cli: dict[int, date] = {}
    for case in ORDERS:
        expiry = date.fromisoformat(case.due[EXPIRY]) - timedelta(days=1 if stated else 0)
        today[0] = date.fromisoformat(case.trigger)
        cid = case_file.captives.create(names=["Sahakyan Davit"], status="pre_trial",
                                        capture=case.trigger).id
        made = case_file.detention_orders.create(
            captive_id=cid, start_date=case.trigger,
            expires_on=expiry.isoformat() if stated else None, **case.params)
        assert made.expires_on == expiry, case.name
        stored = {r.deadline.rule_id: r.deadline.due_on for r in case_file.reminders.rows()
                  if r.deadline.captive_id == cid and r.group is not Group.SNOOZED
                  and r.deadline.rule_id.startswith("az.detention")}
        assert stored[EXPIRY] == expiry, case.name
        if not stated:  # the steps back from the expiry, as the table has them
            assert {k: v.isoformat() for k, v in stored.items()} == case.due, case.name
        assert case_file.deadline_engine.clock(cid).order_expires_on == expiry, case.name
        dossier = build_dossier(case_file, cid, level="internal")
        assert [o.expires_on for o in dossier.detention_orders] == [expiry], case.name
        assert [d.due_on for d in dossier.domestic_deadlines if d.rule_id == EXPIRY] == [expiry]
        row = next(r for r in build_status_report(case_file).rows if r.id == cid)
        assert row.next_deadline == min(stored.values()), case.name
        shown_in_cli[cid] = expiry
    case_file.close()
    for cid, expiry in shown_in_cli.items():
        code, out, err = run("--db", str(db_path), "captives", "show", str(cid))
        assert code == 0, err
        line = next(x for x in out.splitlines() if " → " in x)
        assert line.split(" → ")[1].startswith(format_date_short(expiry, "en")), line


# ---- a decided hearing: its day is the court's ------------------------------------------------

@pytest.mark.parametrize(("kind", "held", "due"), [
    # A cassation decided 31 Jan 2022 at 23:30 Baku (19:30 UTC): a final decision taken before
    # 1 Feb 2022 -> 6 months (the rule hands over to echr.application.6m) -> 31 Jul 2022,
    # a Sunday, not moved.
    ("cassation", "2022-01-31 23:30", {"echr.application": "2022-07-31"}),
    # At 00:30 Baku on 1 Feb 2022 (still 31 Jan in UTC and in Strasbourg): the court's day,
    # 1 Feb, is the decision's -> 4 months -> 1 Jun 2022.
    ("cassation", "2022-02-01 00:30", {"echr.application": "2022-06-01"}),
    # A verdict announced 1 Mar 2024 at 00:30 Baku (29 Feb in UTC): + 20 days from 1 Mar ->
    # 21 Mar 2024 (Novruz, not moved).
    ("verdict", "2024-03-01 00:30", {"az.verdict.appeal": "2024-03-21"}),
    # An appellate decision of 31 Jan 2024 at 23:00 Baku: + 1 month -> 29 Feb 2024.
    ("appeal", "2024-01-31 23:00", {"az.cassation": "2024-02-29"}),
])
def test_a_decided_hearing_counts_from_the_courts_day(case_file: CaseFile, kind: str, held: str,
                                                     due: dict[str, str]) -> None:
    cid = case_file.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    case_file.hearings.create(captive_ids=[cid], starts_at=held, timezone="Asia/Baku", kind=kind,
                              court="Baku Court of Appeal", outcome="decided")
    # (long past, they are filed as history: dismissed, with their dates)
    found = {d.rule_id: d.due_on.isoformat() for d in case_file.deadlines.list(captive_id=cid)}
    assert found == due
    if kind == "cassation":  # the ECHR form's section G gives the same date and rule
        from caseapp.domain.enums import Sensitivity
        from caseapp.services.filing_time_limit import recorded_limits

        ((limit, _note),) = recorded_limits(case_file, cid, Sensitivity.INTERNAL,
                                            case_file.ctx.today())
        assert limit.due_on.isoformat() == due["echr.application"]
        assert limit.trigger == date.fromisoformat(held[:10])
        assert limit.rule_id == ("echr.application.6m" if limit.trigger < date(2022, 2, 1)
                                 else "echr.application")


# ---- GC III Art. 103: three months of confinement awaiting trial -------------------------------

@pytest.mark.parametrize(("since", "ends"), [
    ("2023-11-30", "2024-02-29"),  # + 3 months = "30 Feb 2024" -> 29 Feb (leap)
    ("2024-11-30", "2025-02-28"),  # -> 28 Feb 2025
    ("2024-05-31", "2024-08-31"),  # August has a 31st
    ("2023-12-31", "2024-03-31"),
])
def test_a_prisoner_of_war_awaiting_trial_three_months_clamped(since: str, ends: str) -> None:
    from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
    from caseapp.domain.pow_confinement import pow_confinement
    from tests.domain.test_order_expiry_domain import Order

    start = date.fromisoformat(since)
    orders = [Order(1, start, start + timedelta(days=60))]
    assert pow_confinement(CaptiveCategory.SERVICEMAN, CaptiveStatus.PRE_TRIAL, orders,
                           start + timedelta(days=1)) == (start, date.fromisoformat(ends))
