"""The invented story the demo case file tells: its people (names in Latin, Armenian and
Russian letters), captures, charges, courts, places of detention, organisations and their
people, and the interventions made for the captives. Plain data, no dates relative to today:
:mod:`caseapp.demo.case_file` builds the records from it."""

from __future__ import annotations

from typing import Any

from caseapp.domain.messages import Message, msg

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
