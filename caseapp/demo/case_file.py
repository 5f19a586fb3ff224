"""A fictional demo case file, the first thing a new user sees, built only through the public
services of :class:`CaseFile` (so it obeys every rule a lawyer's input must obey).

People, case numbers, addresses, e-mails and phones are invented; every captive has the tag
``demo`` and a notice in the summary. Past events (captures in late 2020 and September 2023,
charges, verdicts) have fixed dates; recent ones are placed relative to ``case_file.ctx.today()``.
No randomness: for a given "today" the output is always the same."""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

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


# ---- names: Latin, Armenian, Russian[, French-style Latin] ------------------------------------
GIVEN = {g: (hy, ru) for g, hy, ru in (w.split() for w in """
Tigran Տիգրան Тигран, Samvel Սամվել Самвел, Karen Կարեն Карен, Armen Արմեն Армен,
Grigor Գրիգոր Григор, Vardan Վարդան Вардан, Albert Ալբերտ Альберт, Narek Նարեկ Нарек,
Hayk Հայկ Айк, Arsen Արսեն Арсен, Sevak Սևակ Севак, Gor Գոռ Гор, Aram Արամ Арам, Mher Մհեր Мгер,
Gagik Գագիկ Гагик, Anahit Անահիտ Анаит, Hamlet Համլետ Гамлет, Edgar Էդգար Эдгар,
Artur Արթուր Артур, Suren Սուրեն Сурен, Manvel Մանվել Манвел, Zhirayr Ժիրայր Жирайр,
Vahe Վահե Ваге, Lilit Լիլիթ Лилит, Ashot Աշոտ Ашот""".split(","))}
FAMILY = {f[0]: (f[1], f[2], f[3] if len(f) > 3 else "") for f in (w.split() for w in """
Vardanyan Վարդանյան Варданян Vardanian, Martirosyan Մարտիրոսյան Мартиросян Martirossian,
Abrahamyan Աբրահամյան Абрамян, Ghazaryan Ղազարյան Казарян Ghazarian, Davtyan Դավթյան Давтян Davtian,
Melkonyan Մելքոնյան Мелконян Melkonian, Nersisyan Ներսիսյան Нерсисян, Zakaryan Զաքարյան Закарян,
Hambardzumyan Համբարձումյան Амбарцумян, Stepanyan Ստեփանյան Степанян,
Avetisyan Ավետիսյան Аветисян, Arakelyan Առաքելյան Аракелян,
Harutyunyan Հարությունյան Арутюнян Haroutiounian, Khachatryan Խաչատրյան Хачатрян Khachatrian,
Gevorgyan Գևորգյան Геворгян Kevorkian, Petrosyan Պետրոսյան Петросян,
Mkrtchyan Մկրտչյան Мкртчян Mkrtchian, Karapetyan Կարապետյան Карапетян,
Hovhannisyan Հովհաննիսյան Оганесян Hovhannissian, Grigoryan Գրիգորյան Григорян Grigorian,
Baghdasaryan Բաղդասարյան Багдасарян, Tadevosyan Թադևոսյան Тадевосян,
Hakobyan Հակոբյան Акопян Hagopian, Sargsyan Սարգսյան Саргсян Sarkissian,
Yeghiazaryan Եղիազարյան Егиазарян""".split(","))}

# ---- captives ------------------------------------------------------------------------------
# Track: A joint trial of former officials · B joint case of servicemen, convicted · C own case,
# convicted · P pre-trial · H held without charges · M missing · R released without trial.
# The family name is the captive's key in this module.
# Flags: alt (French-style Latin spelling too), nolatin (no Latin-script name at all), gap (no
# news for over six months), rep (repatriated), echr/r39/wgad/hrc/ua (international filings),
# end= (day of release).
CAPTIVES = """
Armen   Martirosyan   m 1972-06-30  A hak23 2023-10-04 | 100.2 214.2.1 279.1 318.2 | echr r39
Grigor  Abrahamyan    m ~1965-03-20 A hak23 2023-10-05 | 100.2 279.1 | wgad gap
Vardan  Ghazaryan     m 1975-09-02  A hak23 2023-09-28 | 214.2.1 279.1 228.3 | alt echr
Samvel  Melkonyan     m 1961        A hak23 2023-10-03 | 100.2 214.2.1 278 | echr wgad
Karen   Nersisyan     m 1959-11     A hak23 2023-10-03 | 100.2 279.1 | echr
Albert  Hambardzumyan m 1967-02-14  A hak23 2023-10-03 | 100.2 214.2.1 | echr hrc
Tigran  Vardanyan     m 1979-03-14  P hak23 2023-09-27 | 279.1 228.3 | alt echr r39 wgad hrc
Gagik   Stepanyan     m 1958-08-08  P hak23 2023-09-29 | 116.0.3 120.2.1 | nolatin echr r39
Anahit  Davtyan       f 1983-01-15  P hak23 2023-09-30 | 279.1 | alt echr
Hamlet  Arakelyan     m 1962-02     P stk23 2023-09-25 | 116.0.3 120.2.4 | gap wgad
Edgar   Zakaryan      m 1994-04-04  P brd25 2025-04-11 | 318.1 |
Artur   Harutyunyan   m 1990-12-01  P brd24 2024-08-22 | 318.1 228.1 | alt
Narek   Khachatryan   m 1999-02-17  B kht20 2020-12-13 | 318.2 228.3 | alt echr r39 hrc
Hayk    Gevorgyan     m 2000-07-08  B kht20 2020-12-13 | 318.2 228.3 | alt echr gap
Arsen   Petrosyan     m 1998-12     B kht20 2020-12-13 | 318.2 228.3 | echr
Sevak   Mkrtchyan     m 2001-03-21  B kht20 2020-12-13 | 318.2 228.3 | alt echr end=2024-01-17
Gor     Avetisyan     m 2000-10-05  B kht20 2020-12-13 | 318.2 228.3 | end=2022-10-04
Aram    Hovhannisyan  m 1995        C had20 2020-11    | 116.0.3 120.2.4 | alt echr hrc
Mher    Grigoryan     m 1997-05-29  C had20 2020-11    | 116.0.3 | alt gap wgad
Suren   Baghdasaryan  m 1988-06     H kht20 2020-12-13 |  | gap
Manvel  Karapetyan    m 1970        H stk23 2023-09-20 |  | wgad
Zhirayr Tadevosyan    m 1953-03-03  M hdc20 2020-10    |  | ua
Vahe    Sargsyan      m 1996-09-14  M mrt23 2023-09-19 |  | alt r39
Lilit   Hakobyan      f 1948-05     R hdc20 2020-11-09 |  | alt rep end=2021-02-03
Ashot   Yeghiazaryan  m 1985-07-19  R brd24 2024-05-27 |  | end=2024-12-18
"""
ALIASES = {"Vardanyan": ("Варданян Тигран Арменович", "ru"),  # family, given, patronymic
           "Khachatryan": ("Նարո", "hy")}  # a nickname
BIRTH_PLACES = (msg("Stepanakert"), msg("Martuni"), msg("Hadrut"), msg("Askeran"),
                msg("Martakert"), msg("Shushi"), msg("Yerevan"), msg("Goris"), msg("Gyumri"),
                msg("Vanadzor"), msg("Kapan"), msg("Berd"))
ARMY = msg("Armed Forces of the Republic of Azerbaijan")
BORDER = (msg("State border, Gazakh–Tavush section"),
          msg("State Border Service of the Republic of Azerbaijan"))
CAPTURES = {  # category of those taken there, place, capturing authority, circumstances
    "hak23": ("civilian", msg("Lachin checkpoint at the Hakari bridge"), BORDER[1],
              msg("Taken off an evacuation bus during the mass departure of September–October "
                  "2023; the family saw the arrest.")),
    "stk23": ("civilian", msg("Roadblock on the outskirts of Stepanakert"), ARMY,
              msg("Detained at a roadblock in the days after the offensive of 19–20 September "
                  "2023.")),
    "mrt23": ("serviceman", msg("Positions near Martakert"),
              msg("Armed Forces of the Republic of Azerbaijan (reported)"),
              msg("Captured on the first day of the offensive (a video was posted); not seen "
                  "since.")),
    "kht20": ("serviceman", msg("Near Khtsaberd and Hin Tagher, Hadrut region"), ARMY,
              msg("Captured with his unit on 13 December 2020, after the ceasefire of 10 "
                  "November 2020, at positions the unit had been sent to hold.")),
    "had20": ("serviceman", msg("Hadrut region"), ARMY,
              msg("Taken prisoner during the fighting of autumn 2020; the exact day is not "
                  "known.")),
    "hdc20": ("civilian", msg("Home village, Hadrut region"),
              msg("Unknown", context="capturing authority"),
              msg("Stayed behind when the village was taken; neighbours lost contact that "
                  "month.")),
    "brd24": ("civilian", *BORDER, msg("Detained after crossing; his family says he got lost.")),
    "brd25": ("civilian", *BORDER, msg("Detained on the river bank; he says he was fishing.")),
}
# The circumstances of a woman taken there, where Russian makes the words agree with her
# («Снята с эвакуационного автобуса», «Осталась …; соседи потеряли с ней связь»).
CAPTURES_OF_A_WOMAN = {
    "hak23": msg("Taken off an evacuation bus during the mass departure of September–October "
                 "2023; the family saw the arrest.", context="of a woman"),
    "hdc20": msg("Stayed behind when the village was taken; neighbours lost contact that "
                 "month.", context="of a woman"),
}
CATEGORIES = {"civilian": msg("civilian"), "serviceman": msg("serviceman"),
              "former_official": msg("former official")}
TRACKS = {  # tag, current asks
    "A": (msg("2023 officials trial", context="tag"),
          msg("Fair trial, trial observers, release pending trial.")),
    "P": (msg("pre-trial", context="tag"),
          msg("Release pending trial, counsel of own choosing, independent doctor.")),
    "B": (msg("Khtsaberd group", context="tag"),
          msg("Release and repatriation on humanitarian grounds; ICRC visits.")),
    "C": (msg("2020 war", context="tag"),
          msg("Review of the conviction; medical care; family visits through the ICRC.")),
    "H": (msg("no charges", context="tag"),
          msg("Charge or release; ICRC access; news to the family.")),
    "M": (msg("missing", context="tag"),
          msg("Disclosure of fate and whereabouts; tracing through the ICRC.")),
    "R": (msg("returned", context="tag"),
          msg("Collect testimony for the ECHR file; medical and psychological support.")),
}
CASES: dict[str, dict[str, Any]] = {  # the two joint cases (by track) and the two own cases (by family name)
    "A": dict(number="DEMO-0101/2025", joint=True, trial="2025-01-17"),
    "B": dict(number="DEMO-0412/2021", joint=True, charged="2021-01-20", trial="2021-05-10",
              verdict="2021-07-05", sentence=6),
    "Hovhannisyan": dict(charged="2021-02-15", verdict="2022-03-14", sentence=15),
    "Grigoryan": dict(charged="2021-03-01", verdict="2022-04-28", sentence=10),
}
HEALTH = {"Stepanyan": msg("Type 2 diabetes; insulin reported irregular (ICRC, last visit)."),
          "Abrahamyan": msg("Heart condition; asked for a cardiologist twice."),
          "Hovhannisyan": msg("Shrapnel wound to the left leg, untreated since 2020.")}
CODE = msg("Criminal Code of the Republic of Azerbaijan")
CHARGES = {"100": msg("Planning, preparing, initiating or waging an aggressive war"),
           "116": msg("Violation of the norms of international humanitarian law in armed "
                      "conflict"),
           "120": msg("Intentional murder"), "214": msg("Terrorism"),
           "228": msg("Illegal handling of firearms"),
           "278": msg("Violent seizure or retention of power"),
           "318": msg("Illegal border crossing"),
           "279": msg("Creation of armed formations or groups not provided for by law")}
COURTS = {  # real courts, invented judges
    "sabail": (msg("Sabail District Court, Baku"), msg("Judge Elçin Nümunəli")),
    "nasimi": (msg("Nasimi District Court, Baku"), msg("Judge Səbinə Misalova")),
    "khatai": (msg("Khatai District Court, Baku"), msg("Judge Rövşən Örnəkli")),
    "gazakh": (msg("Gazakh District Court"), msg("Judge Fərid Nümunəzadə")),
    "mil": (msg("Baku Military Court"), msg("Judge Kamran Misallı")),
    "grave": (msg("Baku Grave Crimes Court"), msg("Judge Aynur Örnəkova")),
    "appeal": (msg("Baku Court of Appeal"), msg("Judge Zaur Nümunov")),
    "supreme": (msg("Supreme Court of the Republic of Azerbaijan"), msg("Judge Validə Misalzadə")),
}
FACILITIES = {  # name, address for letters
    "bsg": (msg("State Border Service holding facility"),
            msg("1 Example Road, Baku AZ1000 (fictional)")),
    "sss": (msg("State Security Service isolator"),
            msg("2 Example Avenue, Baku AZ1001 (fictional)")),
    "iso": (msg("Baku Pre-trial Detention Centre No. 1"),
            msg("3 Example Street, Baku AZ1002 (fictional)")),
    "mil": (msg("Military police holding facility"),
            msg("4 Example Lane, Baku AZ1003 (fictional)")),
    "pen": (msg("Penitentiary Institution No. 17"),
            msg("5 Example Settlement, Baku AZ1004 (fictional)")),
    "unk": (msg("Place of detention not disclosed"),
            msg("None known: Red Cross messages via the ICRC")),
}
STAYS = {  # facility from day 0 of the capture, then the next ones (c: the day after the charge)
    "A": "bsg sss:1", "P": "bsg iso:c", "B": "mil iso:c", "C": "mil iso:c", "H": "mil unk:30",
    "R": "bsg iso:2", "R-rep": "unk", "M": "",
}

# ---- organisations, each with its country and its people: key, name, role, language -------
Person = tuple[str, "str | Message", Message, str]  # key, name, role, language


def _people(*rows: Person) -> tuple[Person, ...]:
    return rows


ICRC_BAKU = msg("ICRC Delegation in Baku")
FAIR_TRIAL_WATCH = msg("Fair Trial Watch (demo NGO)")
ORGANISATIONS = (  # key, name, kind, country, people
    ("icrc_baku", ICRC_BAKU, "icrc", msg("Azerbaijan"), _people(
        ("delegate", "Claire Demoulin", msg("Protection delegate (detention)"), "fr"),
        ("icrc_head", "Jonas Beispiel", msg("Head of protection"), "en"))),
    ("icrc_yer", msg("ICRC Delegation in Yerevan"), "icrc", msg("Armenia"), _people(
        ("tracing", "Mariam Orinakyan", msg("Tracing officer"), "hy"))),
    ("omb_az", msg("Commissioner for Human Rights (Ombudsman) of Azerbaijan"), "ombudsman",
     msg("Azerbaijan"), _people(
        ("omb", "Leyla Nümunəova", msg("Senior adviser, complaints department"), "ru"))),
    ("hrd_am", msg("Human Rights Defender of the Republic of Armenia"), "ombudsman",
     msg("Armenia"), _people(
        ("hrd", "Ani Nmushyan", msg("Adviser on captives and missing persons"), "hy"))),
    ("mfa_am", msg("Ministry of Foreign Affairs of the Republic of Armenia"), "ministry",
     msg("Armenia"), _people(
        ("mfa", "Davit Orinakyan", msg("Desk officer, humanitarian issues"), "hy"))),
    ("emb_fr", msg("Embassy of France in Baku"), "embassy", msg("Azerbaijan"), _people(
        ("fr", "Marc Exemple", msg("Political counsellor"), "fr"))),
    ("emb_de", msg("Embassy of Germany in Baku"), "embassy", msg("Azerbaijan"), _people(
        ("de", "Katrin Muster", msg("Human rights officer"), "de"))),
    ("wgad", msg("UN Working Group on Arbitrary Detention (OHCHR)"), "un_body",
     msg("Switzerland"), _people(
        ("wgad", msg("WGAD Secretariat"), msg("Petitions and urgent actions"), "en"))),
    ("coe", msg("Council of Europe Commissioner for Human Rights"), "council_of_europe",
     msg("France"), _people(
        ("coe", "Elena Esempio", msg("Adviser to the Commissioner"), "en"))),
    ("echr", msg("European Court of Human Rights, Registry"), "court", msg("France"), _people(
        ("registry", "Pierre Modèle", msg("Case-processing lawyer"), "fr"))),
    ("media1", msg("Caucasus Demo Bulletin"), "media", msg("Georgia"), _people(
        ("journalist", "Nino Nimushi", msg("Correspondent"), "en"))),
    ("media2", msg("Example Broadcasting Europe"), "media", msg("Belgium"), _people(
        ("editor", "Sophie Specimen", msg("Europe editor"), "en"))),
    ("ngo", FAIR_TRIAL_WATCH, "ngo", msg("Netherlands"), _people(
        ("monitor", "Daniel Sample", msg("Trial monitor"), "en"))),
    ("fam_vard", msg("Vardanyan family"), "family", msg("Armenia"), _people(
        ("mother", "Anahit Vardanyan", msg("Mother of Tigran Vardanyan"), "hy"),
        ("wife", "Lusine Vardanyan", msg("Wife of Tigran Vardanyan"), "ru"))),
    ("fam_khach", msg("Khachatryan family"), "family", msg("Armenia"), _people(
        ("sister", "Gayane Khachatryan", msg("Sister of Narek Khachatryan"), "hy"))),
    ("fam_tad", msg("Tadevosyan family"), "family", msg("Armenia"), _people(
        ("daughter", "Ruzanna Tadevosyan", msg("Daughter of Zhirayr Tadevosyan"), "en"))),
)
_A = "Martirosyan Abrahamyan Ghazaryan Melkonyan Nersisyan Hambardzumyan"
LAWYER_ACCESS = msg("Lawyer access for T. Vardanyan")  # the subject a letter is attached to
INTERVENTIONS = (  # days ago, contact, channel, status, follow-up (days from today), captives,
    # subject, request, response
    (300, "wgad", "filing", "acknowledged", -20, _A,
     msg("Communication on the joint trial of six former officials"),
     msg("Find the detention arbitrary."), msg("Transmitted to the Government.")),
    (200, "registry", "filing", "answered", None, "Stepanyan",
     msg("Rule 39: health of G. Stepanyan"),
     msg("Indicate medical care and a report to the Court."), msg("Interim measure indicated.")),
    (120, "mfa", "meeting", "closed", None, _A + " Vardanyan Stepanyan Khachatryan",
     msg("Brief for the next round of talks"), msg("Include every name on the list."),
     msg("Names taken; no timing.")),
    (90, "tracing", "meeting", "acknowledged", -30, "Tadevosyan Sargsyan",
     msg("Tracing request: Z. Tadevosyan and V. Sargsyan"), msg("Open tracing files."),
     msg("Tracing files opened.")),
    (60, "coe", "meeting", "answered", 30, "Vardanyan Stepanyan Davtyan Arakelyan",
     msg("Pre-trial detention beyond three years"), msg("Raise it in the country dialogue."),
     msg("Will be raised.")),
    (40, "delegate", "email", "acknowledged", -5, "Abrahamyan Arakelyan Gevorgyan Grigoryan "
     "Baghdasaryan", msg("Visits: no news for six months"),
     msg("Visit them; pass on Red Cross messages."), msg("Request noted.")),
    (25, "omb", "letter", "sent", 5, "Vardanyan", LAWYER_ACCESS,
     msg("Ensure a confidential visit by defence counsel before the next hearing."), ""),
    (18, "fr", "email", "answered", 5, _A, msg("Request to observe the joint trial"),
     msg("Send an observer to the next sessions."), msg("An embassy officer will attend.")),
    (12, "mother", "call", "closed", None, "Vardanyan",
     msg("Family update after the last hearing"), "",
     msg("Family informed; asked for a Red Cross message form.")),
    (10, "journalist", "call", "closed", None, "Vardanyan Khachatryan",
     msg("Background briefing (public facts only)"), "",
     msg("Article to appear without personal details.")),
    (7, "hrd", "letter", "sent", 21, "Stepanyan", msg("Health concerns of G. Stepanyan"),
     msg("Raise his medical care with your counterpart."), ""),
    (2, "omb", "letter", "draft", 12, "Hovhannisyan", msg("Medical care for A. Hovhannisyan"),
     msg("Examination by an independent doctor."), ""),
)


# ---- helpers ----------------------------------------------------------------------------------
def _workday(d: date, step: timedelta = -DAY) -> date:  # the nearest weekday, back or forth
    while d.weekday() >= 5:
        d += step
    return d


def _png(size: int = 16) -> bytes:
    """A tiny valid PNG: a grey silhouette on a light background."""
    def pixel(x: int, y: int) -> bytes:
        head = (x - size / 2) ** 2 + (y - size * 0.35) ** 2 < (size * 0.18) ** 2
        body = y > size * 0.6 and abs(x - size / 2) < size * 0.3
        return bytes((110, 110, 120) if head or body else (225, 228, 235))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc
    raw = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(size)) for y in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF written by hand (ASCII text in Helvetica), with a correct xref table."""
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for ln in lines]
    stream = ("BT /F1 11 Tf 56 780 Td 16 TL " + " ".join(f"({t}) '" for t in esc) + " ET").encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref, size = len(out), len(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


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
            **({"photo": _png(), "photo_media_type": "image/png"} if index % 6 == 0 else {})).id
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
        pdf = _pdf(["ICRC Delegation in Baku - FICTIONAL DEMO DOCUMENT", f"Date: {self.days(-30)}",
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
                 filename="capture-site.png", content=_png(32), captive_id=ids["Khachatryan"],
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
