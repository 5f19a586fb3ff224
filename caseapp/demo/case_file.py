"""A fictional demo case file, the first thing a new user sees, built only through the public
services of :class:`CaseFile` (so it obeys every rule a lawyer's input must obey).

People, case numbers, addresses, e-mails and phones are invented; every captive has the tag
``demo`` and a notice in the summary. Past events (captures in late 2020 and September 2023,
charges, verdicts) have fixed dates; recent ones are placed relative to ``case_file.ctx.today()``.
No randomness: for a given "today" the output is always the same. The story (people, places,
courts, organisations) is :mod:`caseapp.demo.story`; the files' bytes are
:mod:`caseapp.demo.sample_files`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from caseapp.demo.sample_files import silhouette_png, text_pdf
from caseapp.demo.story import (
    ALIASES,
    BIRTH_PLACES,
    CAPTIVES,
    CAPTURES,
    CAPTURES_OF_A_WOMAN,
    CASES,
    CATEGORIES,
    CHARGES,
    CODE,
    COURTS,
    FACILITIES,
    FAIR_TRIAL_WATCH,
    FAMILY,
    GIVEN,
    HEALTH,
    ICRC_BAKU,
    INTERVENTIONS,
    LAWYER_ACCESS,
    ORGANISATIONS,
    STAYS,
    TRACKS,
)
from caseapp.domain.dates import PartialDate
from caseapp.domain.errors import ConflictError, ValidationError
from caseapp.domain.messages import Message, current_language, msg, msg_n
from caseapp.domain.table_counts import counts_of

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

# The app's notice on every demo captive, in the language the demo is made in.
NOTICE = msg("FICTIONAL DEMO RECORD: an invented person, made up to show how CaseApp works; "
             "any resemblance to a real person is coincidental.")
EARLIEST_TODAY = date(2025, 9, 1)  # the fixed history below must lie in the past
ZONE = "Asia/Baku"
DAY = timedelta(days=1)


# The demo lawyer chose to share the notes of these records of facts with partners (her
# notes say nothing she keeps to her team): without a level chosen, a record holding a note
# is internal (caseapp.domain.redaction.default_level), and the demo's shareable dossiers and
# calendar would show none of its hearings, orders and the deadlines computed from them.
SHARED_NOTES = frozenset({"welfare_contacts", "prosecutions", "detention_orders",
                          "detention_places", "hearings", "interventions",
                          "international_proceedings", "documents"})


@dataclass(frozen=True)
class DemoSummary:  # how many records of each kind the demo created
    captives: int
    names: int
    detention_places: int
    welfare_contacts: int
    prosecutions: int
    charges: int
    detention_orders: int
    hearings: int
    international_proceedings: int
    organisations: int
    contacts: int
    interventions: int
    documents: int
    notes: int
    deadlines: int


# ---- helpers ----------------------------------------------------------------------------------
def _workday(d: date, step: timedelta = -DAY) -> date:  # the nearest weekday, back or forth
    while d.weekday() >= 5:
        d += step
    return d


# ---- the builder --------------------------------------------------------------------------

def _stay_ended(released: bool, woman: bool) -> Message:
    """The note of a stay that ended: a release or a transfer, said of a woman if ``woman``."""
    if released:
        return msg("Released.", context="stay, of a woman") if woman else msg("Released.",
                                                                               context="stay")
    return msg("Transferred.", context="of a woman") if woman else msg("Transferred.")


class _Demo:
    def __init__(self, cf: CaseFile):
        self.cf, self.today = cf, cf.ctx.today()
        self.n: Counter[str] = Counter()  # records created, by service
        self.ids: dict[str, int] = {}  # family name -> captive id
        self.pids: dict[str, int] = {}  # family name -> prosecution id
        self.cases: dict[str, str] = {}  # family name -> case number
        self.hearings: dict[tuple, dict[str, list]] = {}  # merged across co-defendants
        self.orgs: dict[str, int] = {}
        self.contacts: dict[str, int] = {}

    def add(self, service: str, **values: Any) -> Any:
        self.n[service] += 1
        if service in SHARED_NOTES:
            values.setdefault("sensitivity", "shareable")
        return getattr(self.cf, service).create(**values)

    def days(self, n: int) -> date:
        return self.today + timedelta(days=n)

    def hearing(self, day: date, at: str, court: str, kind: str, family: str, *, outcome: str = "",
                next_date: date | None = None, notes: str = "") -> None:
        """Collect a hearing; the same hearing of co-defendants in one case becomes one record."""
        h = self.hearings.setdefault((day, at, court, kind, self.cases[family]),
                                     dict(families=[], outcomes=[], next=[], notes=[notes]))
        h["families"].append(family)
        h["outcomes"].append(outcome if day <= self.today else "")
        h["next"].append(next_date)

    # -- captives --
    def captive(self, index: int, line: str) -> None:
        head, charges, flag_text = (part.strip() for part in line.split("|"))
        given, family, sex, birth, track, capkey, capture = head.split()
        f: dict[str, str] = {}
        for flag in flag_text.split():
            key, _, value = flag.partition("=")
            f[key] = value
        (hy_g, ru_g), (hy_f, ru_f, alt) = GIVEN[given], FAMILY[family]
        names = [(f"{hy_g} {hy_f}", "hy", "native"),
                 ("nolatin" not in f and f"{given} {family}", "en", "transliteration"),
                 (f"{ru_g} {ru_f}", "ru", "transliteration"),
                 ("alt" in f and alt and f"{given} {alt}", "fr", "transliteration"),
                 (*ALIASES.get(family, ("", "")), "alias")]
        category, place, authority, circumstances = CAPTURES[capkey]
        woman = sex == "f"
        circumstances = CAPTURES_OF_A_WOMAN.get(capkey, circumstances) if woman else circumstances
        category = "former_official" if track == "A" else category
        tag, asks = (str(text) for text in TRACKS[track])
        shown_name = {"hy": names[0][0], "ru": names[2][0]}.get(current_language(),
                                                               f"{given} {family}")
        cap = PartialDate.parse(capture).earliest
        case = CASES.get(track) or CASES.get(family) or {}
        end = date.fromisoformat(f["end"]) if "end" in f else None
        day = PartialDate.parse(capture).shown()
        summary = (msg("{name}: {category}, {group}; captured {day}.", context="of a woman",
                       name=shown_name, category=CATEGORIES[category], group=tag, day=day)
                   if woman else
                   msg("{name}: {category}, {group}; captured {day}.", name=shown_name,
                       category=CATEGORIES[category], group=tag, day=day))
        cid = self.ids[family] = self.add(
            "captives", sex={"m": "male", "f": "female"}[sex], birth=birth,
            names=[dict(full_name=name, language=lang, kind=kind, is_primary=i == 0)
                   for i, (name, lang, kind) in enumerate(names) if name],
            birth_place=str(BIRTH_PLACES[index % len(BIRTH_PLACES)]),
            citizenship=str(msg("Armenia")), category=category,
            status="missing" if track == "M" else "held", status_since=cap, capture=capture,
            capture_place=str(place), capturing_authority=str(authority),
            capture_circumstances=str(circumstances), consent_power_of_attorney=track in "ABCP",
            consent_publicity="echr" in f, current_asks=asks, health=str(HEALTH.get(family, "")),
            # Those who consented to publicity can be named in public; health stays in the
            # team (the Rule 39 case excepted) and dates of birth go no further than partners.
            sensitivity="public" if "echr" in f else "shareable",
            field_levels={"birth_date": "shareable",
                          "health": "shareable" if family == "Stepanyan" else "internal"},
            summary=f"{NOTICE!s}\n" + str(summary),
            tags=["demo", tag, str(msg("captured {year}", context="tag", year=cap.year)),
                  *([str(msg("no recent news", context="tag"))] if "gap" in f else [])],
            **({"photo": silhouette_png(), "photo_media_type": "image/png"} if index % 6 == 0 else {})).id
        charged = date.fromisoformat(case["charged"]) if "charged" in case else cap + DAY
        if charges:
            self.prosecute(family, track, index, charges, charged, case)
        self.places(cid, STAYS["R-rep" if track == "R" and "rep" in f else track], cap, charged,
                    case, end, woman)
        if track != "M":
            self.welfare(cid, index, track, cap, end, "gap" in f)
        elif capkey == "mrt23":
            self.add("welfare_contacts", captive_id=cid, contact_on=cap + DAY,
                     kind="media_appearance", confirmed=False,
                     source=str(msg("Video on a social network")),
                     notes=str(msg("Shows him alive after the capture; not verified.")))
        if end:
            self.cf.captives.set_status(
                cid, "repatriated" if "rep" in f or track == "B" else "released", effective_on=end,
                note=str(msg("Handed over at the border, ICRC present.", context="of a woman")
                         if woman else msg("Handed over at the border, ICRC present.")))
        self.international(cid, index, cap, f)

    def prosecute(self, family: str, track: str, index: int, charges: str, charged: date,
                  case: dict[str, Any]) -> None:
        cid, border = self.ids[family], charges.startswith("318.1")
        pre = {"A": "sabail", "B": "khatai"}.get(track, "gazakh" if border else "nasimi")
        court = "mil" if track == "A" else "grave"
        p = self.add(
            "prosecutions", captive_id=cid, investigating_body=str(
                msg("State Border Service, Investigation Department") if border else
                msg("State Security Service, Investigation Department") if track == "A" else
                msg("Prosecutor General's Office, Investigation Department")),
            case_number=str(msg("{number} (joint case)", number=case["number"]))
            if case.get("joint") else f"DEMO-{1200 + index * 17:04d}/{charged.year}",
            court=str(COURTS[court][0]), judge=str(COURTS[court][1]), opened_on=charged,
            language="az", prosecutor=str(msg("Prosecutor Tural Nümunəzadə")),
            notes=str(msg("Fictional demo case.")),
            defence_counsel=str(msg("Adv. Rəşad Örnəkov") if index % 3 == 0
                                else msg("Adv. Nərmin Misallı")),
            counsel_kind="chosen" if index % 3 == 0 else "appointed")
        self.pids[family], self.cases[family] = p.id, p.case_number
        for charge in charges.split():
            article, _, part = charge.partition(".")
            self.add("charges", prosecution_id=p.id, code=str(CODE), article=article, part=part,
                     title=str(CHARGES[article]), brought_on=charged)
        self.cf.captives.set_status(cid, "pre_trial", effective_on=charged, note=str(msg(
            "Charged under art. {articles}.", articles=", ".join(charges.split()))))
        verdict = date.fromisoformat(case["verdict"]) if "verdict" in case else None
        trial = (date.fromisoformat(case["trial"]) if "trial" in case else
                 verdict - timedelta(days=60) if verdict else None)
        self.orders(family, pre, court, charged + DAY, trial, verdict or date.max)
        if trial:
            self.cf.captives.set_status(cid, "on_trial", effective_on=trial,
                                        note=str(msg("Trial opened.")))
            self.trial(family, court, trial, verdict, case.get("sentence"))
        if verdict:
            self.cf.captives.set_status(cid, "convicted", effective_on=verdict, note=str(msg_n(
                "Sentenced to {count} year in prison.", "Sentenced to {count} years in prison.",
                case["sentence"])))

    def orders(self, family: str, pre: str, trial_court: str, start: date, trial: date | None,
               verdict: date) -> None:
        """Four-month orders, each starting the day the previous one expires, up to the verdict
        or to the order whose extension hearing is still to come."""
        decided, i = start, 0
        while True:
            court = trial_court if trial and decided >= trial else pre
            appeal = decided + 3 * DAY if i % 3 == 0 and decided + 3 * DAY <= self.today else None
            ruled = appeal + timedelta(days=17) if appeal else None
            o = self.add(
                "detention_orders", captive_id=self.ids[family], prosecution_id=self.pids[family],
                decided_on=decided, ordering_court=str(COURTS[court][0]), start_date=start,
                term_months=4, kind="initial" if i == 0 else "extension", appeal_filed_on=appeal,
                appeal_outcome="" if not ruled else str(
                    msg("Pending before the Baku Court of Appeal.") if ruled > self.today else
                    msg("Dismissed by the Baku Court of Appeal on {day}.", day=ruled)))
            nxt = _workday(o.expires_on - 5 * DAY)
            self.hearing(decided, "11:00", court, "other" if i == 0 else "detention_extension",
                         family, next_date=nxt if o.expires_on < verdict else None,
                         outcome=str(msg("Detention ordered for four months, until {day}.",
                                         day=o.expires_on) if i == 0 else
                                     msg("Detention extended for four months, until {day}.",
                                         day=o.expires_on)))
            if o.expires_on >= verdict:
                return
            if nxt > self.today:  # the next extension hearing is still to come
                if trial is None:  # (during a trial it is decided at a trial session)
                    self.hearing(nxt, "11:00", pre, "detention_extension", family,
                                 notes=str(msg("Prosecutor's motion to extend detention by "
                                               "four months.")))
                return
            start, decided, i = o.expires_on, nxt, i + 1

    def trial(self, family: str, court: str, start: date, verdict: date | None,
              sentence: int | None) -> None:
        if verdict is None:  # still going: two early sittings, four recent ones, two to come
            days = [start, date(2025, 1, 28), *(_workday(self.days(-k)) for k in (84, 56, 35, 14)),
                    *(_workday(self.days(k), DAY) for k in (6, 20))]
        else:
            days = [start, verdict - timedelta(days=28), verdict]
        for j, day in enumerate(days):
            kind = "preliminary" if j == 0 else "verdict" if day == verdict else "trial_session"
            outcome = (msg("Indictment read; defence motions rejected.") if kind == "preliminary"
                       else msg_n("Guilty; sentenced to {count} year in prison.",
                                  "Guilty; sentenced to {count} years in prison.", sentence or 0)
                       if kind == "verdict" else msg("Prosecution witnesses heard; the defence "
                                                     "noted interpreting problems."))
            self.hearing(day, "10:30", court, kind, family, outcome=str(outcome),
                         next_date=days[j + 1] if j + 1 < len(days) else None,
                         notes="" if day <= self.today else
                         str(msg("Scheduled; trial observers notified.")))
        if verdict:
            self.hearing(_workday(verdict + timedelta(days=99), DAY), "10:00", "appeal", "appeal",
                         family, outcome=str(msg("Appeal dismissed; verdict upheld.")))
            self.hearing(_workday(verdict + timedelta(days=253), DAY), "10:00", "supreme",
                         "cassation", family, outcome=str(msg("Cassation appeal dismissed.")))

    def places(self, cid: int, plan: str, cap: date, charged: date, case: dict[str, Any],
               end: date | None, woman: bool = False) -> None:
        """Consecutive stays, each ending the day the next begins; the last open unless
        released (its note said of a woman if ``woman``: «Освобождена.»)."""
        stays = []
        for item in plan.split():
            fac, _, offset = item.partition(":")
            stays.append((fac, charged + DAY if offset == "c" else cap + int(offset or 0) * DAY))
        if "verdict" in case:
            stays.append(("pen", date.fromisoformat(case["verdict"]) + timedelta(days=45)))
        for j, (fac, start) in enumerate(stays):
            until = stays[j + 1][1] if j + 1 < len(stays) else end
            self.add("detention_places", captive_id=cid, facility=str(FACILITIES[fac][0]),
                     address=str(FACILITIES[fac][1]), from_date=start, to_date=until,
                     notes="" if not until else str(_stay_ended(until == end, woman)))

    def welfare(self, cid: int, index: int, track: str, cap: date, end: date | None,
                gap: bool) -> None:
        """Proof of life at a steady rhythm up to the last news (long ago if there is a gap)."""
        last = end - 3 * DAY if end else self.days(
            -(200 + index * 13 % 120) if gap else -(4 + index * 7 % 45))
        plan = [("icrc_visit", 45, 270, str(ICRC_BAKU)),
                ("family_call", 90, 180, str(msg("Family (call arranged through the ICRC)"))),
                *([("lawyer_visit", 30, 240, str(msg("Defence counsel", context="source")))]
                  if track in "ABCP" else [])]
        for kind, first, step, source in plan:
            day = cap + timedelta(days=first)
            while day < last:
                self.add("welfare_contacts", captive_id=cid, contact_on=day, kind=kind,
                         source=source)
                day += timedelta(days=step)
        if last >= cap:
            self.add("welfare_contacts", captive_id=cid, contact_on=last,
                     kind="family_letter" if index % 2 else "icrc_visit",
                     source=str(msg("Red Cross message") if index % 2 else ICRC_BAKU),
                     notes=str(msg("Last news; nothing since: ask the ICRC.") if gap
                               else msg("Last news.")))

    def international(self, cid: int, index: int, cap: date, f: dict[str, str]) -> None:
        def lodged(days: int) -> date:
            return min(cap + timedelta(days=days), self.days(-20))
        old = self.days(-365)
        number = f"{21000 + index * 389}/{lodged(150).year % 100:02d}"
        specs = {  # flag: body, kind, reference, lodged, status, outcome
            "r39": ("echr", "rule_39", number, lodged(4), "granted", msg(
                "Interim measure indicated: the Government to report on health, detention "
                "conditions and whereabouts.")),
            "echr": ("echr", "application", number, lodged(150),
                     "communicated" if lodged(150) < old else "lodged",
                     msg("Articles 3, 5, 6 and 8 of the Convention (demo application).")),
            "wgad": ("wgad", "communication", f"WGAD/DEMO/{300 + index}", lodged(210),
                     "decided" if lodged(210) < old else "pending",
                     msg("Opinion adopted: detention arbitrary (demo).")
                     if lodged(210) < old else ""),
            "hrc": ("un_hrc", "communication", f"CCPR/DEMO/{4000 + index}/{lodged(400).year}",
                    lodged(400), "pending", ""),
            "ua": ("un_special_procedures", "urgent_appeal", f"UA DEMO {index}/{lodged(30).year}",
                   lodged(30), "closed",
                   msg("The Government replied it has no information (demo).")),
        }
        for flag, (body, kind, ref, on, status, outcome) in specs.items():
            if flag in f:
                # Communicated (ECHR) or transmitted to the Government (WGAD, HRC) some weeks
                # after lodging: the Government's time limit runs from then.
                sent = (min(on + timedelta(days=45), self.days(-12))
                        if flag in ("echr", "wgad", "hrc") and status != "lodged" else None)
                self.add("international_proceedings", captive_id=cid, body=body, kind=kind,
                         reference=ref, lodged_on=on, status=status, outcome=str(outcome),
                         communicated_on=sent if sent and sent >= on else None)

    def flush_hearings(self) -> dict[tuple, int]:
        ids = {}
        for key in sorted(self.hearings):
            day, at, court, kind, _case = key
            h = self.hearings[key]
            families, outcomes = h["families"], set(h["outcomes"])
            ids[key] = self.add(
                "hearings", starts_at=datetime.combine(day, time.fromisoformat(at)),
                timezone=ZONE, court=str(COURTS[court][0]), judge=str(COURTS[court][1]), kind=kind,
                captive_ids=[self.ids[fam] for fam in families],
                prosecution_id=self.pids[families[0]] if len(families) == 1 else None,
                outcome=outcomes.pop() if len(outcomes) == 1 else
                str(msg("Detention of each defendant extended by four months (see the orders).")),
                next_date=min((d for d in h["next"] if d), default=None), notes=h["notes"][0]).id
        return ids

    # -- advocacy, documents, notes, deadlines --
    def advocacy(self) -> dict[str, int]:
        """Organisations, their people, and the advocacy log; gives intervention ids by subject."""
        n = 0  # the line of the directory, numbering the invented phones and addresses
        for key, name, kind, country, people in ORGANISATIONS:
            n += 1
            domain = key.replace("_", "-") + ".example.org"
            self.orgs[key] = self.add(
                "organisations", name=str(name), kind=kind, country=str(country),
                email=f"info@{domain}", phone=f"+000 00 000 {n:04d}", website=f"https://{domain}",
                address=str(msg("{number} Example Street, {country} (fictional address)",
                                number=n, country=country)),
                notes=str(msg("Fictional demo entry: contact details are invented."))).id
            for contact, person, role, language in people:
                n += 1
                self.contacts[contact] = self.add(
                    "contacts", organisation_id=self.orgs[key], name=str(person), role=str(role),
                    language=language, email=f"{contact}@{domain}", phone=f"+000 00 111 {n:04d}",
                    notes=str(msg("Fictional demo contact."))).id
        return {subject.text: self.add(
            "interventions", made_on=self.days(-ago), contact_id=self.contacts[contact],
            channel=channel, status=status, subject=str(subject), request=str(request),
            response=str(response),
            follow_up_on=None if follow is None else self.days(follow),
            captive_ids=[self.ids[fam] for fam in families.split()]).id
            for ago, contact, channel, status, follow, families, subject, request, response
            in INTERVENTIONS}

    def paperwork(self, interventions: dict[str, int], hearing_ids: dict[tuple, int]) -> None:
        ids, t = self.ids, self.today
        session = max(k for k in hearing_ids if k[3] == "trial_session" and k[0] <= t)
        letter = str(msg("To the Commissioner for Human Rights (Ombudsman)\n{day}\n\nRe: Tigran "
                         "Vardanyan (FICTIONAL DEMO PERSON)\n\nI ask you to ensure that his "
                         "defence counsel can visit him in confidence before the next hearing."
                         "\n\nDemo Lawyer\n", day=self.days(-25)))
        # The delegation's confirmation and the observer's notes are papers received from
        # others, in English whatever the demo's language; the lawyer's own words are in it.
        pdf = text_pdf(["ICRC Delegation in Baku - FICTIONAL DEMO DOCUMENT", f"Date: {self.days(-30)}",
                    "Re: Tigran Vardanyan", "The delegation visited the person named above and",
                    "passed on a Red Cross message to the family.", "This document is invented."])
        for doc in (
            dict(title=str(msg("ICRC visit confirmation: T. Vardanyan (demo)")),
                 filename="icrc-visit.pdf", content=pdf, captive_id=ids["Vardanyan"],
                 source=str(ICRC_BAKU),
                 received_on=self.days(-28), reliability="confirmed"),
            dict(title=str(msg("Letter to the Ombudsman: lawyer access")),
                 filename="letter-ombudsman.txt", content=letter.encode(),
                 captive_id=ids["Vardanyan"], source=str(msg("Our office")),
                 intervention_id=interventions[LAWYER_ACCESS.text],
                 received_on=self.days(-25), reliability="confirmed"),
            dict(title=str(msg("Sketch of the capture site (demo image)")),
                 filename="capture-site.png", content=silhouette_png(32), captive_id=ids["Khachatryan"],
                 reliability="unverified", source=str(msg("A fellow serviceman, after his return")),
                 received_on=self.days(-300)),
            dict(title=str(msg("Observer's notes of the last joint trial session")),
                 filename="trial-notes.txt", hearing_id=hearing_ids[session],
                 content=b"FICTIONAL DEMO NOTES\nSix defendants present. No interpreter for "
                         b"one hour. Next session scheduled.\n",
                 source=str(FAIR_TRIAL_WATCH), received_on=session[0],
                 reliability="probable"),
        ):
            self.add("documents", **doc)
        for family, ago, title, body in (
            # the app's word to the user, in the language the demo is made in
            (None, 0, str(msg("About this demo case file")), str(msg(
                "Everything in this file is invented to show how CaseApp works: people, case "
                "numbers, addresses, e-mails and phone numbers. Keep your real work in a new "
                "case file."))),
            ("Vardanyan", 12, str(msg("Call with the mother")),
             str(msg("She received a Red Cross message; asks about his medication."))),
            ("Stepanyan", 7, str(msg("Health", context="note")),
             str(msg("Insulin irregular, says the ICRC; Rule 39 follow-up."))),
            ("Gevorgyan", 3, str(msg("No news", context="note")),
             str(msg("No confirmed contact for over six months; ICRC asked."))),
        ):
            self.add("notes", captive_id=ids.get(family) if family else None, title=title, body=body,
                     written_at=datetime.combine(self.days(-ago), time(9, 30), tzinfo=UTC))
        # Deadlines entered by hand (no rule computes them): titled in the demo's language, as
        # a lawyer using CaseApp in it would have typed them.
        for family, said, days, at, status, why in (
            ("Vardanyan", msg("ECHR: observations in reply to the Government"), 24, None, "open",
             None),
            ("Martirosyan", msg("WGAD: the Government's reply is due"), 9, None, "open", None),
            ("Stepanyan", msg("Rule 39: send the medical report to the Court"), 3, "16:00", "open",
             None),
            ("Khachatryan", msg("UN HRC: remind the Committee of the overdue reply"), 75, None,
             "open", None),
            ("Gevorgyan", msg("Ask the ICRC for news"), -6, None, "done", None),
            ("Harutyunyan", msg("Appeal against the last extension order"), -10, None, "dismissed",
             msg("The client chose not to appeal.")),
        ):
            self.add("deadlines", captive_id=ids[family], title=str(said), due_on=self.days(days),
                     due_time=at, timezone="Europe/Paris" if at else "", status=status,
                     status_reason=str(why or ""), notes=str(msg("Entered by hand (demo).")))


# The demo's case settings: its captives are tried by Azerbaijani courts.
DEMO_SETTINGS = {"procedure": "az"}


def build_demo(case_file: CaseFile) -> DemoSummary:
    """Fill an empty case file with the demo. Raises ConflictError if it holds anything, and
    ValidationError if its today is before EARLIEST_TODAY (the demo's past would be future)."""
    cf = case_file
    held = {name: getattr(cf, name).count() for name in ("captives", "organisations",
            "contacts", "interventions", "documents", "notes", "deadlines")}
    if any(held.values()):
        raise ConflictError(msg(
            "The demo can only be built into an empty case file; this one holds {what}.",
            what=counts_of((name, n) for name, n in held.items() if n)))
    if cf.ctx.today() < EARLIEST_TODAY:
        raise ValidationError(msg("The demo needs a date on or after {earliest} (the case "
                                  "file's today is {today}).", earliest=EARLIEST_TODAY,
                                  today=cf.ctx.today()))
    with cf.ctx.batch():  # one transaction: the demo is written whole or not at all
        # Written first, through the case settings (not assumed by the deadline engine): the
        # demo's orders and hearings then get the deadlines of the procedure their courts follow.
        cf.settings.set_many(DEMO_SETTINGS)
        demo = _Demo(cf)
        for index, line in enumerate(CAPTIVES.strip().splitlines()):
            demo.captive(index, line)
        hearing_ids = demo.flush_hearings()
        demo.paperwork(demo.advocacy(), hearing_ids)
        demo.n["names"] = cf.names.count()
        demo.n["deadlines"] = cf.deadlines.count()  # with those computed from the orders
    return DemoSummary(**{f.name: demo.n[f.name] for f in fields(DemoSummary)})
