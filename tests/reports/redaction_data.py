"""A case file with a distinct marker string in every record kind at every level, built
through the services the way a lawyer's entries are, for the redaction tests.

Markers are ``Q<KIND><LEVEL>Z`` (``QHEASHRZ``: a hearing at the shareable level). A marker
whose record hangs on a more restricted parent carries the *effective* level in its name
(``QDOCUNDERINTZ``: a public document filed with an internal hearing, so internal).

Names are Armenian only (no Latin spelling recorded), one with template syntax in it, and one
captive has given no consent to publicity.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import CaseFile

PUB, SHR, INT = Sensitivity.PUBLIC, Sensitivity.SHAREABLE, Sensitivity.INTERNAL
CODE = {PUB: "PUB", SHR: "SHR", INT: "INT"}
LEVELS = (PUB, SHR, INT)

MAIN_NAME = "Արամ Պետրոսյան"  # Armenian only
MAIN_FAMILY_LATIN = "Petrosyan"  # what any romanisation of Պետրոսյան gives
SHAREABLE_NAME = "Սուրեն {{ 7*7 }} Հակոբյան"  # template syntax in a name
INTERNAL_NAME = "Իշխան Մելքոնյան"
NO_CONSENT_NAME = "Նարեկ ${x} Ավետիսյան"  # public record, no consent to publicity


def m(kind: str, level: Sensitivity) -> str:
    return f"Q{kind}{CODE[level]}Z"


# Fields of the main captive: column -> level (every level used, several fields each)
CAPTIVE_FIELDS = {
    "summary": PUB, "capture_place": PUB,
    "current_asks": SHR, "capturing_authority": SHR, "citizenship": SHR,
    "health": INT, "capture_circumstances": INT, "birth_place": INT, "consent_notes": INT,
}
FIELD_CODES = {"summary": "FSUM", "capture_place": "FCPL", "current_asks": "FASK",
               "capturing_authority": "FCAU", "citizenship": "FCIT", "health": "FHEA",
               "capture_circumstances": "FCCI", "birth_place": "FBPL", "consent_notes": "FCON"}


@dataclass
class Matrix:
    cf: CaseFile
    main: int
    shareable_captive: int
    internal_captive: int
    no_consent: int
    contact: int  # internal contact of a shareable organisation
    # marker -> effective level, per output family that prints it
    dossier: dict[str, Sensitivity] = field(default_factory=dict)
    report: dict[str, Sensitivity] = field(default_factory=dict)
    calendar: dict[str, Sensitivity] = field(default_factory=dict)
    timing: set[str] = field(default_factory=set)  # dossier markers that are litigation timing


def build_matrix(cf: CaseFile) -> Matrix:
    d: dict[str, Sensitivity] = {}
    rep: dict[str, Sensitivity] = {}
    cal: dict[str, Sensitivity] = {}
    timing: set[str] = set()

    values = {col: m(FIELD_CODES[col], lvl) for col, lvl in CAPTIVE_FIELDS.items()}
    main = cf.captives.create(
        names=[dict(full_name=MAIN_NAME, language="hy", is_primary=True)],
        birth="1980-05-02", capture="2023-09-27", status="missing", category="civilian",
        consent_publicity=True, sensitivity="public",
        field_levels={col: lvl.value for col, lvl in CAPTIVE_FIELDS.items()}, **values)
    d.update({values[c]: lvl for c, lvl in CAPTIVE_FIELDS.items()})
    c = main.id

    # status changes, each with a note at its own level
    for status, when, lvl in (("held", "2023-10-01", PUB), ("pre_trial", "2024-01-10", SHR),
                              ("on_trial", "2025-05-05", INT)):
        cf.captives.set_status(c, status, effective_on=when, note=m("STA", lvl), level=lvl.value)
        d[m("STA", lvl)] = lvl

    for lvl in LEVELS:
        cf.identity_documents.create(captive_id=c, kind="passport", number=f"AN{CODE[lvl]}01",
                                     issuer=m("IDD", lvl), sensitivity=lvl.value)
        d[m("IDD", lvl)] = lvl
    for lvl, start, end in ((PUB, "2023-09-27", "2023-10-05"), (SHR, "2023-10-05", "2024-01-01"),
                            (INT, "2024-01-01", None)):
        cf.detention_places.create(captive_id=c, facility=m("PLC", lvl), from_date=start,
                                   to_date=end, sensitivity=lvl.value)
        d[m("PLC", lvl)] = lvl
    rep[m("PLC", INT)] = INT  # the open stay is the report's "held at"
    for lvl, day in ((PUB, "2026-01-05"), (SHR, "2026-02-05"), (INT, "2026-03-05")):
        cf.welfare_contacts.create(captive_id=c, contact_on=day, kind="icrc_visit",
                                   notes=m("VIS", lvl), sensitivity=lvl.value)
        cf.welfare_contacts.create(captive_id=c, contact_on=day, kind="family_call",
                                   notes=m("FAM", lvl), sensitivity=lvl.value)
        d[m("VIS", lvl)] = d[m("FAM", lvl)] = lvl

    prosecutions = {}
    for lvl in LEVELS:
        p = cf.prosecutions.create(captive_id=c, case_number=f"1-{CODE[lvl]}/2024",
                                   court="Baku Grave Crimes Court", notes=m("PRO", lvl),
                                   sensitivity=lvl.value)
        cf.charges.create(prosecution_id=p.id, code="Criminal Code", article="279",
                          title=m("CHG", lvl))
        prosecutions[lvl] = p.id
        d[m("PRO", lvl)] = d[m("CHG", lvl)] = lvl
    for lvl, start in ((PUB, "2024-01-01"), (SHR, "2024-05-01")):
        cf.detention_orders.create(captive_id=c, prosecution_id=prosecutions[PUB],
                                   ordering_court=m("ORD", lvl), start_date=start,
                                   term_months=4, kind="initial" if lvl is PUB else "extension",
                                   sensitivity=lvl.value)
        d[m("ORD", lvl)] = lvl
    # a public order of an internal prosecution is internal
    cf.detention_orders.create(captive_id=c, prosecution_id=prosecutions[INT],
                               ordering_court="QORDUNDERINTZ", start_date="2024-09-01",
                               term_months=4, kind="extension", sensitivity="public")
    d["QORDUNDERINTZ"] = INT
    # an internal order still running: the deadlines computed from it are internal, whatever
    # their own level says
    running = cf.detention_orders.create(
        captive_id=c, prosecution_id=prosecutions[PUB], ordering_court=m("ORD", INT),
        start_date="2026-10-01", term_months=4, kind="extension", sensitivity="internal")
    d[m("ORD", INT)] = INT
    computed = [x for x in cf.deadlines.list(captive_id=c) if x.trigger_uid == running.uid
                and x.status.value == "open" and x.due_on >= date(2026, 11, 27)]
    assert computed, "a running order sets off deadlines"
    for n, x in enumerate(computed):
        cf.deadlines.update(x.id, title=f"QDLTRIG{n}INTZ", sensitivity="public")
        d[f"QDLTRIG{n}INTZ"] = cal[f"QDLTRIG{n}INTZ"] = INT
        timing.add(f"QDLTRIG{n}INTZ")

    hearings = {}
    for lvl, when in ((PUB, "2027-03-01T10:00"), (SHR, "2027-03-02T10:00"),
                      (INT, "2027-03-03T10:00")):
        h = cf.hearings.create(captive_ids=[c], starts_at=when, timezone="Asia/Baku",
                               kind="trial_session", court=m("HEA", lvl),
                               prosecution_id=prosecutions[PUB], sensitivity=lvl.value)
        hearings[lvl] = h.id
        d[m("HEA", lvl)] = rep[m("HEA", lvl)] = cal[m("HEA", lvl)] = lvl
    cf.hearings.create(captive_ids=[c], starts_at="2027-03-04T10:00", timezone="Asia/Baku",
                       kind="trial_session", court="QHEAUNDERINTZ",
                       prosecution_id=prosecutions[INT], sensitivity="public")
    d["QHEAUNDERINTZ"] = rep["QHEAUNDERINTZ"] = cal["QHEAUNDERINTZ"] = INT

    for lvl in LEVELS:
        cf.international_proceedings.create(captive_id=c, body="echr", kind="application",
                                            reference=m("FIL", lvl), lodged_on="2024-02-24",
                                            status="lodged", sensitivity=lvl.value)
        d[m("FIL", lvl)] = lvl

    org = cf.organisations.create(name=m("ORG", SHR), kind="icrc", sensitivity="shareable")
    person = cf.contacts.create(organisation_id=org.id, name=m("CON", INT), sensitivity="internal")
    d[m("ORG", SHR)] = SHR
    d[m("CON", INT)] = INT
    interventions = {}
    for lvl in LEVELS:
        i = cf.interventions.create(made_on="2026-11-01", contact_id=person.id,
                                    subject=m("INV", lvl), captive_ids=[c],
                                    sensitivity=lvl.value)
        interventions[lvl] = i.id
        d[m("INV", lvl)] = lvl

    for lvl in LEVELS:
        cf.documents.create(captive_id=c, title=m("DOC", lvl), filename="x.txt",
                            content=m("DOC", lvl).encode(), sensitivity=lvl.value)
        d[m("DOC", lvl)] = lvl
    cf.documents.create(captive_id=c, hearing_id=hearings[INT], title="QDOCUNDERINTZ",
                        filename="h.txt", content=b"h", sensitivity="public")
    cf.documents.create(captive_id=c, intervention_id=interventions[INT], title="QDOCINVINTZ",
                        filename="i.txt", content=b"i", sensitivity="public")
    cf.documents.create(captive_id=c, prosecution_id=prosecutions[INT], title="QDOCPROINTZ",
                        filename="p.txt", content=b"p", sensitivity="public")
    cf.documents.create(captive_id=c, prosecution_id=prosecutions[SHR], title="QDOCPROSHRZ",
                        filename="q.txt", content=b"q", sensitivity="public")
    d["QDOCUNDERINTZ"] = d["QDOCINVINTZ"] = d["QDOCPROINTZ"] = INT
    d["QDOCPROSHRZ"] = SHR

    # hand-entered deadlines: the earliest allowed one is the report's "next deadline"
    for lvl, due in ((INT, "2026-12-01"), (SHR, "2026-12-05"), (PUB, "2026-12-10")):
        cf.deadlines.create(captive_id=c, title=m("DL", lvl), due_on=due, sensitivity=lvl.value)
        d[m("DL", lvl)] = cal[m("DL", lvl)] = lvl
        timing.add(m("DL", lvl))
    rep[m("DL", INT)] = INT  # (at the shareable level the next one is QDLSHRZ: tested apart)

    # captives whose record (or missing consent) keeps them out of lower outputs
    def other(name: str, level: str, consent: bool, code: str, **fields: object) -> int:
        o = cf.captives.create(names=[dict(full_name=name, language="hy", is_primary=True)],
                               status="pre_trial", capture="2024-03-01", sensitivity=level,
                               consent_publicity=consent, category="former_official", **fields)
        cf.detention_places.create(captive_id=o.id, facility=f"QRPLC{code}Z",
                                   from_date="2024-03-01", sensitivity="public")
        cf.deadlines.create(captive_id=o.id, title=f"QRDL{code}Z", due_on="2026-12-15",
                            sensitivity="public")
        return o.id
    shareable = other(SHAREABLE_NAME, "shareable", True, "CAPSHR")
    internal = other(INTERNAL_NAME, "internal", True, "CAPINT")
    no_consent = other(NO_CONSENT_NAME, "public", False, "NOCONSENT",
                       field_levels={"category": "internal"})
    # a public hearing shared with an internal co-defendant; a public document of the
    # co-defendant filed with it reaches the main captive's annex, and is internal
    joint = cf.hearings.create(captive_ids=[c, internal], starts_at="2027-03-05T10:00",
                               timezone="Asia/Baku", kind="trial_session",
                               court="QHEAJOINTPUBZ", sensitivity="public")
    cf.documents.create(captive_id=internal, hearing_id=joint.id, title="QDOCCODEFINTZ",
                        filename="c.txt", content=b"c", sensitivity="public")
    d["QHEAJOINTPUBZ"] = rep["QHEAJOINTPUBZ"] = cal["QHEAJOINTPUBZ"] = PUB
    d["QDOCCODEFINTZ"] = INT
    for code, lvl in (("CAPSHR", SHR), ("CAPINT", INT), ("NOCONSENT", SHR)):
        rep[f"QRPLC{code}Z"] = lvl
        rep[f"QRDL{code}Z"] = lvl
        cal[f"QRDL{code}Z"] = lvl
    rep[SHAREABLE_NAME] = SHR
    rep[INTERNAL_NAME] = INT
    rep[NO_CONSENT_NAME] = SHR  # not named at the public level
    return Matrix(cf, c, shareable, internal, no_consent, person.id, d, rep, cal, timing)


def add_every_other_kind(mx: Matrix, pdf: Callable[[str], bytes]) -> dict[str, Sensitivity]:
    """The record kinds :func:`build_matrix` leaves out, with a marker at each level: notes
    (title and text), the Court's deliveries (title and notes), the facts of detention (their
    source and risk notes, internal), a tag (always internal) and a PDF document at each level
    (the ECHR pack's annex bundle: ``pdf(text)`` makes one showing ``text``). Returns every
    marker of the case file (these and the matrix's) with its effective level, for the tests
    that look for them in the raw bytes of every output."""
    cf, c = mx.cf, mx.main
    extra: dict[str, Sensitivity] = {}
    for lvl in LEVELS:
        cf.notes.create(captive_id=c, title=m("NOTT", lvl), body=m("NOTB", lvl),
                        sensitivity=lvl.value)
        cf.deliveries.create(captive_id=c, appeared_on="2026-11-20", title=m("DLV", lvl),
                             notes=m("DLVN", lvl), sensitivity=lvl.value)
        cf.documents.create(captive_id=c, title=m("DOCPDF", lvl), filename="decision.pdf",
                            content=pdf(m("DOCPDFTEXT", lvl)), received_on="2024-03-01",
                            sensitivity=lvl.value)
        for code in ("NOTT", "NOTB", "DLV", "DLVN", "DOCPDF", "DOCPDFTEXT"):
            extra[m(code, lvl)] = lvl
    cf.captives.update(c, tags=["QTAGINTZ"])
    cf.detention_facts.record(c, confirmed_source="QFACTSRCINTZ", risk_notes="QFACTRISKINTZ",
                              risk_health=True, sensitivity="internal")
    extra.update(QTAGINTZ=INT, QFACTSRCINTZ=INT, QFACTRISKINTZ=INT)
    every: dict[str, Sensitivity] = {}
    for kind in (mx.dossier, mx.report, mx.calendar, extra):
        for marker, lvl in kind.items():
            if marker.startswith("Q") and marker.endswith("Z"):
                every[marker] = lvl
    return every


def x(kind: str, level: Sensitivity) -> str:
    """A marker of :func:`add_every_field` (``QX…Z``: never the prefix of another)."""
    return f"QX{kind}{CODE[level]}Z"


def add_every_field(mx: Matrix, pdf: Callable[[str], bytes]) -> dict[str, Sensitivity]:
    """Every free-text field a lawyer can type into that :func:`build_matrix` and
    :func:`add_every_other_kind` leave empty, with a marker at each level of its record: the
    names and aliases of every captive (at their captive's level; the captive without consent
    counts as shareable), places' addresses and notes, the source of a visit, the number of a
    document of identity, every party of a prosecution, a charge's code and part, an order's
    appeal outcome and notes, a hearing's judge, outcome and notes, a filing's articles, outcome
    and notes, every field of an organisation and a contact, an intervention's request and
    response, a document's file name, source, notes and OCR text, a deadline's notes and the
    reason it was closed, a delivery's application number. ``pdf(text)`` makes a scanned PDF's
    OCR copy. Returns the markers with their effective levels."""
    from caseapp.services.ocr import ReadScan

    cf, c = mx.cf, mx.main
    out: dict[str, Sensitivity] = {}

    def put(code: str, lvl: Sensitivity) -> str:
        out[x(code, lvl)] = lvl
        return x(code, lvl)

    # names: an alias of each captive, at their record's level (no consent: not public)
    for captive, lvl in ((c, PUB), (mx.shareable_captive, SHR), (mx.internal_captive, INT),
                         (mx.no_consent, SHR)):
        code = {c: "ALIASMAIN", mx.shareable_captive: "ALIAS", mx.internal_captive: "ALIAS",
                mx.no_consent: "ALIASNOCONSENT"}[captive]
        cf.names.create(captive_id=captive, full_name=put(code, lvl), language="az",
                        kind="alias")
        # the Latin spelling every English document heads them with
        cf.names.create(captive_id=captive, full_name=f"{put(code + 'LATIN', lvl)} Example",
                        language="en", kind="transliteration")
    places = {p.facility: p.id for p in cf.detention_places.list(captive_id=c)}
    for lvl in LEVELS:
        cf.detention_places.update(places[m("PLC", lvl)], address=put("PLCADDR", lvl),
                                   notes=put("PLCNOTE", lvl))
        cf.welfare_contacts.create(captive_id=c, contact_on="2025-06-01", kind="lawyer_visit",
                                   source=put("VISSRC", lvl), notes="seen",
                                   sensitivity=lvl.value)
        cf.identity_documents.create(captive_id=c, kind="military ID", number=put("IDNUM", lvl),
                                     sensitivity=lvl.value)
        p = cf.prosecutions.create(
            captive_id=c, case_number=put("PCASE", lvl), investigating_body=put("PINV", lvl),
            court=put("PCOURT", lvl), judge=put("PJUDGE", lvl), prosecutor=put("PPROS", lvl),
            defence_counsel=put("PDEF", lvl), sensitivity=lvl.value)
        cf.charges.create(prosecution_id=p.id, code=put("CHCODE", lvl), article="318",
                          part=put("CHPT", lvl), title="Illegal crossing")
        cf.detention_orders.create(captive_id=c, prosecution_id=p.id, ordering_court="Court",
                                   start_date="2024-02-01", term_months=1, kind="initial",
                                   appeal_outcome=put("ORDAPP", lvl), notes=put("ORDNOTE", lvl),
                                   sensitivity=lvl.value)
        h = cf.hearings.create(captive_ids=[c], starts_at="2025-02-03T10:00",
                               timezone="Asia/Baku", kind="preliminary", court="Court",
                               judge=put("HJUDGE", lvl), outcome=put("HOUT", lvl),
                               notes=put("HNOTE", lvl), prosecution_id=p.id,
                               sensitivity=lvl.value)
        # a public scan filed with the hearing: the hearing's level (its file name too)
        cf.documents.create(captive_id=c, hearing_id=h.id, title=put("DOCHEA", lvl),
                            filename=f"{x('DOCHEAFILE', lvl)}.pdf", source=put("DOCHEASRC", lvl),
                            content=pdf(f"minutes {CODE[lvl]}"), sensitivity="public")
        out[x("DOCHEAFILE", lvl)] = lvl
        cf.hearings.create(captive_ids=[c], starts_at="2027-04-03T10:00",
                           timezone="Asia/Baku", kind="trial_session", court="Court",
                           judge=put("HNEXTJUDGE", lvl), notes=put("HNEXTNOTE", lvl),
                           prosecution_id=p.id, sensitivity=lvl.value)
        cf.international_proceedings.create(
            captive_id=c, body="wgad", kind="communication", reference=f"WG-{CODE[lvl]}",
            lodged_on="2024-03-01", status="decided", convention_articles=put("IPART", lvl),
            outcome=put("IPOUT", lvl), notes=put("IPNOTE", lvl), sensitivity=lvl.value)
        org = cf.organisations.create(
            name=put("ORGNAME", lvl), kind="ngo", country=put("ORGCTRY", lvl),
            address=put("ORGADDR", lvl), email=f"{x('ORGMAIL', lvl).lower()}@example.org",
            phone=put("ORGPHONE", lvl), website=put("ORGWEB", lvl), notes=put("ORGNOTE", lvl),
            sensitivity=lvl.value)
        out[x("ORGMAIL", lvl).lower()] = lvl
        person = cf.contacts.create(
            organisation_id=org.id, name=put("CNAME", lvl), role=put("CROLE", lvl),
            email=f"{x('CMAIL', lvl).lower()}@example.org", phone=put("CPHONE", lvl),
            address=put("CADDR", lvl), notes=put("CNOTE", lvl), sensitivity=lvl.value)
        out[x("CMAIL", lvl).lower()] = lvl
        i = cf.interventions.create(made_on="2026-10-01", contact_id=person.id,
                                    subject=put("ISUBJ", lvl), request=put("IREQ", lvl),
                                    response=put("IRESP", lvl), captive_ids=[c],
                                    follow_up_on="2026-12-20", sensitivity=lvl.value)
        cf.documents.create(intervention_id=i.id, captive_id=c, title=put("DOCINV", lvl),
                            filename="reply.txt", content=x("DOCINVTEXT", lvl).encode(),
                            sensitivity="public")
        out[x("DOCINVTEXT", lvl)] = lvl
        doc = cf.documents.create(captive_id=c, title=put("DOCSCAN", lvl),
                                  filename=f"{x('DOCFILE', lvl)}.pdf",
                                  content=pdf(f"scan {CODE[lvl]}"), source=put("DOCSRC", lvl),
                                  notes=put("DOCNOTE", lvl), received_on="2024-04-01",
                                  sensitivity=lvl.value)
        out[x("DOCFILE", lvl)] = lvl
        cf.ocr.store(ReadScan(doc.id, doc.sha256, pdf(x("DOCOCR", lvl)), x("DOCOCRTEXT", lvl),
                              "hye+rus+eng"))
        out[x("DOCOCR", lvl)] = out[x("DOCOCRTEXT", lvl)] = lvl
        open_one = cf.deadlines.create(captive_id=c, title=put("DLTITLE", lvl),
                                       notes=put("DLNOTE", lvl), due_on="2026-12-12",
                                       sensitivity=lvl.value)
        cf.deadline_engine.snooze(open_one.id, "2026-12-01", reason=put("DLSNOOZE", lvl))
        closed = cf.deadlines.create(captive_id=c, title=put("DLDONE", lvl), due_on="2026-11-20",
                                     sensitivity=lvl.value)
        cf.deadlines.update(closed.id, status="dismissed", status_reason=put("DLWHY", lvl))
        cf.deliveries.create(captive_id=c, appeared_on="2026-11-21", title="Letter",
                             application_number=put("DLVAPP", lvl), sensitivity=lvl.value)
    # public records shared with captives whose names a public output may not give: a hearing
    # with the captive without consent, an intervention for all four
    cf.hearings.create(captive_ids=[c, mx.no_consent], starts_at="2027-03-06T10:00",
                       timezone="Asia/Baku", kind="trial_session", court="Joint court",
                       notes=put("HJOINTNOTE", PUB), sensitivity="public")
    cf.interventions.create(made_on="2026-10-02", subject=put("IJOINT", PUB),
                            captive_ids=[c, mx.shareable_captive, mx.internal_captive,
                                         mx.no_consent], sensitivity="public")
    # every kind of record of the other captives, each marked public: what the captive's
    # record (or missing consent) keeps out of lower outputs
    for who, lvl, code in ((mx.shareable_captive, SHR, "OSHR"), (mx.internal_captive, INT, "OINT"),
                           (mx.no_consent, SHR, "ONOC")):
        def own(kind: str, lvl: Sensitivity = lvl, code: str = code) -> str:
            out[f"QX{code}{kind}Z"] = lvl
            return f"QX{code}{kind}Z"
        cf.captives.update(who, summary=own("SUM"), current_asks=own("ASK"),
                           capture_place=own("CPL"), field_levels={})
        cf.welfare_contacts.create(captive_id=who, contact_on="2026-02-01", kind="icrc_visit",
                                   notes=own("VIS"), source=own("VISSRC"), sensitivity="public")
        cf.notes.create(captive_id=who, title=own("NOTT"), body=own("NOTB"), sensitivity="public")
        p = cf.prosecutions.create(captive_id=who, case_number=own("PCASE"), court=own("PCOURT"),
                                   judge=own("PJUDGE"), sensitivity="public")
        cf.charges.create(prosecution_id=p.id, article="279", title=own("CHG"))
        cf.detention_orders.create(captive_id=who, prosecution_id=p.id, ordering_court=own("ORD"),
                                   start_date="2026-10-01", term_months=4, kind="extension",
                                   sensitivity="public")
        cf.hearings.create(captive_ids=[who], starts_at="2027-03-10T10:00", timezone="Asia/Baku",
                           kind="trial_session", court=own("HEA"), notes=own("HNOTE"),
                           prosecution_id=p.id, sensitivity="public")
        cf.international_proceedings.create(captive_id=who, body="echr", kind="application",
                                            reference=own("FIL"), lodged_on="2024-02-24",
                                            status="lodged", sensitivity="public")
        cf.interventions.create(made_on="2026-10-03", subject=own("INV"), request=own("IREQ"),
                                captive_ids=[who], follow_up_on="2026-12-20",
                                sensitivity="public")
        cf.documents.create(captive_id=who, title=own("DOC"), filename=f"{own('DOCFILE')}.pdf",
                            content=pdf(own("DOCTEXT")), received_on="2024-03-01",
                            sensitivity="public")
        cf.deadlines.create(captive_id=who, title=own("DL"), notes=own("DLNOTE"),
                            due_on="2026-12-14", sensitivity="public")
        cf.deliveries.create(captive_id=who, appeared_on="2026-11-21", title=own("DLV"),
                             sensitivity="public")
        cf.identity_documents.create(captive_id=who, kind="passport", number=own("IDNUM"),
                                     sensitivity="public")
    return out
