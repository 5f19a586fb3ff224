"""The European Court of Human Rights' filing rules that a pack is checked against: the
application form's limits, the eComms portal's file rules, ASCII file names, and when a Rule 39
request reaching the Court will be dealt with.

Each limit keeps its source. When a Rule 39 request is dealt with comes from the deadline
rule ``echr.rule39`` (``resources/rules/echr.toml``: Monday to Friday 08:00–16:00 Strasbourg
time, the Court's closing days as the calendar ``echr_court``), so that the pack's warning and
the deadlines screen say the same. A warning never moves a legal deadline: it is information
for the lawyer sending the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from anyascii import anyascii

from caseapp.domain.deadlines import compute
from caseapp.domain.messages import Message, Number, WeekdayDate, msg, msg_n
from caseapp.domain.non_working_days import non_working_why
from caseapp.domain.rules import RuleSet

STRASBOURG = ZoneInfo("Europe/Paris")
RULE39_RULE = "echr.rule39"
APPLICATION_RULES = ("echr.application", "echr.application.6m")

# ---- the application form ----------------------------------------------------------------

# An application number as the Court writes it: the number, a slash and the last two digits
# of the year it was lodged ("12345/24"; "application no. 12345/24").
APPLICATION_NUMBER = re.compile(r"\d{1,6}/\d{2}")
_NUMBER_LIKE = re.compile(r"\d+(?:\s*[/\\.\-]\s*\d+)?")


def odd_application_number(reference: str) -> bool:
    """Whether ``reference`` holds a number not written as the Court writes an application's
    ("12345/2024", "12345-24", "1234524"), or none: each number in it (joined applications:
    "12345/24 and 12346/24") must be one."""
    found = _NUMBER_LIKE.findall(reference)
    return not found or any(not APPLICATION_NUMBER.fullmatch(f) for f in found)


FORM_NOTES = ("ECHR, Notes for filling in the application form (ENG 2022/1), §§ 58–65: the "
              "facts, complaints and compliance with the admissibility criteria must be set out "
              "in the space provided in sections E, F and G so that the Court can determine the "
              "application without reference to any other material; an additional document "
              "may develop them in at most 20 pages (accompanying decisions and documents not "
              "counted). Rules of Court, Rule 47 § 1 (d)–(f) and § 2 (a).")
FORM_SPACE_SOURCE = ("The form's space: three pages for section E, two for F and one for G, as "
                     "described in A. Tymofeyeva (ed.), European Court of Human Rights in Action "
                     "(2016), 'Common mistakes in filling in the application form'. Check the "
                     "current form's boxes before filing.")
# Characters one page of the form's text box holds, for an estimate only: 10-point type in
# a box of A4 width, about 45 lines of 85 characters (the box, not this count, is the limit).
CHARS_PER_FORM_PAGE = 3800


@dataclass(frozen=True)
class SectionLimit:
    section: str  # "E", "F", "G"
    title: str
    pages: int


FORM_SECTIONS = (
    SectionLimit("E", "Statement of the facts", 3),
    SectionLimit("F", "Statement of alleged violation(s) of the Convention and relevant arguments", 2),
    SectionLimit("G", "Compliance with admissibility criteria", 1),
)
ADDITIONAL_DOCUMENT_PAGES = 20  # Notes § 61 (ENG 2022/1), Rule 47 § 2 (b)


@dataclass(frozen=True)
class LengthCount:
    section: str
    words: int
    characters: int
    pages_allowed: int

    @property
    def estimated_pages(self) -> float:
        return round(self.characters / CHARS_PER_FORM_PAGE, 1)

    @property
    def over(self) -> bool:
        return self.characters > self.pages_allowed * CHARS_PER_FORM_PAGE

    def line(self) -> Message:
        """"Section E: 2,130 words, 14,020 characters, about 3.7 of 3 form pages (over the
        form's space: shorten it).", in the lawyer's language."""
        words = msg_n("{count} word", "{count} words", self.words)
        characters = msg_n("{count} character", "{count} characters", self.characters)
        pages = msg_n("about {pages} of {count} form page", "about {pages} of {count} form pages",
                      self.pages_allowed, pages=Number(self.estimated_pages))
        if self.over:
            return msg("Section {section}: {words}, {characters}, {pages} (over the form's "
                       "space: shorten it).", section=self.section, words=words,
                       characters=characters, pages=pages)
        return msg("Section {section}: {words}, {characters}, {pages} (within the form's "
                   "space).", section=self.section, words=words, characters=characters,
                   pages=pages)


def length_count(section: SectionLimit, text: str) -> LengthCount:
    """Words and characters (spaces included, line breaks not) of ``text``."""
    return LengthCount(section.section, len(text.split()), len(text.replace("\n", "")),
                       section.pages)


# ---- the eComms portal ------------------------------------------------------------------

ECOMMS_MAX_BYTES = 50 * 1024 * 1024
ECOMMS_SOURCE = ("ECHR, eComms: documents are uploaded as text (not image) PDFs of at most "
                 "50 MB each, a larger one split into parts named Part 1, Part 2; file names "
                 "in extended ASCII only.")
ANNEX_PAGE_LIMIT = ADDITIONAL_DOCUMENT_PAGES
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")


def ascii_file_stem(text: str, *, limit: int = 60) -> str:
    """``text`` in plain ASCII letters, digits and underscores for a file name: Armenian and
    Cyrillic transliterated (anyascii), everything else an underscore; "document" if nothing
    is left."""
    stem = _NOT_NAME.sub("_", anyascii(text or "")).strip("_")
    return stem[:limit].rstrip("_") or "document"


def annex_file_name(number: int, on: date | None, title: str, *, part: int | None = None,
                    parts: int = 1, width: int = 2, lang: str = "en") -> str:
    """``01_2024-05-19_Detention_order.pdf`` (``…_Part_2.pdf`` for a part of a split one, in
    a French pack ``…_Partie_2.pdf``: the part's word from the documents' catalogue in the
    pack's language, in plain ASCII as the portal's names must be). The part's number has as
    many digits as the number of ``parts`` (``Part_02`` of 12), so that the parts are listed
    in their order by name."""
    pieces = [f"{number:0{width}d}"]
    if on is not None:
        pieces.append(on.isoformat())
    pieces.append(ascii_file_stem(title))
    if part is not None:
        digits = len(str(max(parts, part)))
        word = msg("Part_{number}", context="annex file name",
                   number=f"{part:0{digits}d}").render(lang)
        pieces.append(ascii_file_stem(word, limit=20))
    return "_".join(pieces) + ".pdf"


# ---- Rule 39: when a request reaching the Court is dealt with ----------------------------

@dataclass(frozen=True)
class Rule39Arrival:
    """When a Rule 39 request arriving at ``arrives`` will be dealt with."""

    arrives: datetime  # in Strasbourg time
    handled_from: datetime  # in Strasbourg time: ``arrives`` when within office hours
    in_office_hours: bool
    closed_because: Message | None  # why the Court is closed that day ("weekend", "public
    # holiday…"), or None when it is open
    steps: tuple[Message, ...]
    source: str

    @property
    def warning(self) -> Message | None:
        """One sentence for the lawyer, in her language; None when the request arrives within
        office hours."""
        if self.in_office_hours:
            return None
        arrives, handled = _when(self.arrives), _when(self.handled_from)
        if self.closed_because is not None:
            return msg("Arriving on {arrives} Strasbourg time, a day the Court is closed "
                       "({why}): it will be dealt with from {handled}. Telephone the Registry "
                       "first if the risk cannot wait. This warning does not move any time "
                       "limit.", arrives=arrives, why=self.closed_because, handled=handled)
        return msg("Arriving on {arrives} Strasbourg time, outside the Court's office hours for "
                   "interim measures (Monday to Friday 08:00–16:00 Strasbourg time): it will be "
                   "dealt with from {handled}. Telephone the Registry first if the risk cannot "
                   "wait. This warning does not move any time limit.", arrives=arrives,
                   handled=handled)


def long_day(day: date) -> str:
    """"Friday 4 December 2026", as the English forms sent to the Court write it (CLDR's
    English, whatever the computer's locale)."""
    from babel.dates import format_date

    return format_date(day, "EEEE d MMMM y", locale="en_GB")


def _when(moment: datetime) -> Message:
    """"Friday, 4 December 2026 at 16:00": the day with its weekday as the language writes
    it in a sentence."""
    return msg("{day} at {time}", day=WeekdayDate(moment.date(), full=True),
               time=f"{moment:%H:%M}")


def rule39_arrival(rule_set: RuleSet, arrives: datetime) -> Rule39Arrival:
    """When the Court will deal with a Rule 39 request arriving at ``arrives`` (aware), by the
    rule ``echr.rule39``: within office hours at once, otherwise from the opening hour of the
    next working day (the day itself before 08:00)."""
    if arrives.tzinfo is None:
        raise ValueError("the arrival time needs its time zone")
    local = arrives.astimezone(STRASBOURG)
    result = compute(rule_set, RULE39_RULE, local)[0]
    rule = rule_set.get(RULE39_RULE)
    opens = rule.opens or time(8, 0)
    due = result.due if isinstance(result.due, datetime) else datetime.combine(
        result.due, rule.cutoff or time(16, 0), STRASBOURG)
    due = due.astimezone(STRASBOURG)
    in_hours = due.date() == local.date() and local.time() >= opens
    handled = local if in_hours else datetime.combine(due.date(), opens, STRASBOURG)
    return Rule39Arrival(local, handled, in_hours, non_working_why(rule.calendar, local.date()),
                         result.steps, result.source)
