"""The fictional demo case file: rich, valid under every rule, cross-script, deterministic."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.demo.case_file import EARLIEST_TODAY, NOTICE, DemoSummary, build_demo
from caseapp.domain.enums import CaptiveStatus, Script
from caseapp.domain.errors import ConflictError, ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of


def _open(path: Path, today: date = TODAY) -> CaseFile:
    return open_case_file(Location(path=path), create=True, actor="tester", today=lambda: today)


@pytest.fixture
def built(demo_file: CaseFile, demo_summary: DemoSummary) -> tuple[CaseFile, DemoSummary]:
    """The demo the test session built with build_demo (tests/conftest.py), with what
    build_demo reported: a fresh copy for each test."""
    return demo_file, demo_summary


@pytest.fixture
def demo(built: tuple[CaseFile, DemoSummary]) -> CaseFile:
    return built[0]


def _fingerprint(cf: CaseFile) -> dict[str, object]:
    """What a user sees, without ids that differ between files (uids, timestamps)."""
    captives = cf.captives.list()
    number = {c.id: i for i, c in enumerate(sorted(captives, key=lambda c: c.id))}
    return {
        "names": [tuple((n.full_name, n.language, n.kind) for n in c.names) for c in captives],
        "captives": [(c.status, c.status_since, c.capture, c.tags, c.summary) for c in captives],
        "orders": [(number[o.captive_id], o.start_date, o.expires_on, o.kind, o.appeal_outcome)
                   for o in cf.detention_orders.list()],
        "hearings": [(h.starts_at, h.kind, h.court, h.outcome, h.next_date,
                      tuple(number[i] for i in h.captive_ids)) for h in cf.hearings.list()],
        "welfare": [(number[w.captive_id], w.contact_on, w.kind)
                    for w in cf.welfare_contacts.list()],
        "interventions": [(i.made_on, i.subject, i.follow_up_on) for i in cf.interventions.list()],
        "documents": sorted(d.sha256 for d in cf.documents.list()),
        "deadlines": [(d.due_on, d.title, d.status) for d in cf.deadlines.list()],
    }


# Texts the demo writes as a lawyer would type them, by table and column of the export. Names
# of people, e-mails, phones, references and case numbers are left out: they are not words.
TYPED = {
    "captives": ("capture_place", "capturing_authority", "capture_circumstances",
                 "current_asks", "health", "summary", "birth_place", "citizenship"),
    "tags": ("name",), "status_changes": ("note",),
    "detention_places": ("facility", "address", "notes"),
    "welfare_contacts": ("source", "notes"),
    "prosecutions": ("investigating_body", "court", "judge", "prosecutor", "defence_counsel",
                     "notes"),
    "charges": ("code", "title"), "detention_orders": ("ordering_court", "appeal_outcome"),
    "hearings": ("court", "judge", "outcome", "notes"),
    "international_proceedings": ("outcome",),
    "organisations": ("name", "country", "address", "notes"), "contacts": ("role", "notes"),
    "interventions": ("subject", "request", "response"),
    "documents": ("title", "source"), "notes": ("title", "body"),
}


def _english_left(cf: CaseFile, export: Path) -> list[str]:
    """Every typed text of the demo (``TYPED``) that still holds an English word (three Latin
    letters or more: a postcode's "AZ" is not one), and every table of ``TYPED`` left empty."""
    import json

    cf.export_json(export)
    tables = json.loads(export.read_text(encoding="utf-8"))["tables"]
    word = re.compile(r"[A-Za-z]{3,}")
    texts = [(f"{table}.{column}", str(row.get(column) or "").replace("CaseApp", ""))
             for table, columns in TYPED.items() for row in tables[table] for column in columns
             if (table, row.get(column)) != ("tags", "demo")]  # the tag every demo record has
    return ([f"{where}: {text}" for where, text in texts if word.search(text)]
            + [f"{table}: nothing written" for table in TYPED if not tables.get(table)])


# ---- size and content ---------------------------------------------------------------------

def test_the_summary_counts_what_is_in_the_file(built: tuple[CaseFile, DemoSummary]) -> None:
    cf, summary = built
    assert 22 <= summary.captives <= 28
    assert summary.captives == len(cf.captives.list())
    assert summary.hearings == len(cf.hearings.list())
    assert summary.detention_orders == len(cf.detention_orders.list())
    assert summary.welfare_contacts == len(cf.welfare_contacts.list())
    assert summary.prosecutions == len(cf.prosecutions.list())
    assert summary.charges == sum(len(p.charges) for p in cf.prosecutions.list())
    assert summary.organisations == len(cf.organisations.list())
    assert summary.contacts == len(cf.contacts.list())
    assert summary.interventions == len(cf.interventions.list())
    assert summary.documents == len(cf.documents.list())
    assert summary.notes == len(cf.notes.list())
    assert summary.deadlines == len(cf.deadlines.list())
    assert summary.names == sum(len(c.names) for c in cf.captives.list())
    # (counted without reading the records: the same as the lists, filtered too)
    first = cf.captives.list()[0].id
    for service, filters in ((cf.deadlines, {"status": "open"}), (cf.deadlines, {}),
                             (cf.welfare_contacts, {"captive_id": first}),
                             (cf.names, {"captive_id": first})):
        assert 0 < service.count(**filters) == len(service.list(**filters))
    assert min(summary.prosecutions, summary.documents, summary.notes, summary.deadlines) >= 3


def test_every_captive_is_marked_as_fictional(demo: CaseFile) -> None:
    for c in demo.captives.list():
        assert "demo" in c.tags
        assert c.summary.startswith(NOTICE.render("en"))
    prosecutions = demo.prosecutions.list()
    assert all(p.case_number.startswith("DEMO-") for p in prosecutions)
    assert all(o.email.endswith(".example.org") for o in demo.organisations.list())
    assert all(c.email.endswith(".example.org") for c in demo.contacts.list())


def test_every_captive_has_an_armenian_and_a_cyrillic_name(demo: CaseFile) -> None:
    for c in demo.captives.list():
        scripts = {n.script for n in c.names}
        assert {Script.ARMENIAN, Script.CYRILLIC} <= scripts, c.primary_name
        primary = [n for n in c.names if n.is_primary]
        assert len(primary) == 1 and primary[0].script is Script.ARMENIAN
        assert primary[0].language == "hy" and primary[0].kind == "native"


def test_aliases_and_alternative_spellings_are_present(demo: CaseFile) -> None:
    names = [n for c in demo.captives.list() for n in c.names]
    assert any(n.kind == "alias" for n in names)
    assert any(n.language == "fr" and n.full_name.endswith("ian") for n in names)


@pytest.mark.parametrize("query", ["vardanyan", "Vardanian", "Варданян", "Վարդանյան"])
def test_the_vardanyan_captive_is_found_in_every_script(demo: CaseFile, query: str) -> None:
    found = demo.captives.list(search=query)
    assert any("Vardanyan" in c.latin_name for c in found)
    assert found[0].latin_name.endswith("Vardanyan")  # a name match comes first


def test_a_latin_search_finds_a_captive_who_has_no_latin_name(demo: CaseFile) -> None:
    without_latin = [c for c in demo.captives.list()
                     if all(n.script is not Script.LATIN for n in c.names)]
    assert without_latin, "the demo needs a captive known only in Armenian and Cyrillic"
    found = {c.id for c in demo.captives.list(search="Stepanyan")}
    assert found & {c.id for c in without_latin}


def test_categories_and_statuses_are_mixed(demo: CaseFile) -> None:
    captives = demo.captives.list()
    statuses = [c.status for c in captives]
    assert {c.category for c in captives} >= {"civilian", "serviceman", "former_official"}
    for status in ("pre_trial", "on_trial", "convicted", "held", "missing"):
        assert status in statuses
    assert {"released", "repatriated"} & set(statuses)
    in_proceedings = sum(s in ("pre_trial", "on_trial", "convicted") for s in statuses)
    assert in_proceedings > len(statuses) / 2
    assert len({c.birth.precision for c in captives if c.birth}) >= 3
    captures = [c.capture.earliest for c in captives]
    assert sum(d.year == 2020 and d.month >= 10 for d in captures) >= 5
    assert sum((d.year, d.month) == (2023, 9) for d in captures) >= 5
    assert all(d <= TODAY for d in captures)


def test_status_history_follows_the_proceedings(demo: CaseFile) -> None:
    convicted = demo.captives.list(status="convicted")[0]
    steps = [s.new_status for s in demo.captives.status_history(convicted.id)]
    assert steps == [CaptiveStatus.HELD, CaptiveStatus.PRE_TRIAL, CaptiveStatus.ON_TRIAL,
                     CaptiveStatus.CONVICTED]
    for c in demo.captives.list():
        dates = [s.effective_on for s in demo.captives.status_history(c.id)]
        assert dates == sorted(dates) and dates[-1] == c.status_since <= TODAY


# ---- proceedings ----------------------------------------------------------------------------

def test_prosecutions_have_charges_under_the_criminal_code(demo: CaseFile) -> None:
    prosecutions = demo.prosecutions.list()
    articles = {ch.article for p in prosecutions for ch in p.charges}
    assert {"100", "214", "279", "318"} <= articles
    for p in prosecutions:
        assert p.charges and p.court and p.judge and p.prosecutor and p.defence_counsel
        assert p.counsel_kind in ("appointed", "chosen")
        assert all(ch.code.startswith("Criminal Code") and ch.title for ch in p.charges)
    assert {p.counsel_kind for p in prosecutions} == {"appointed", "chosen"}


def test_detention_orders_are_chained_four_month_extensions(demo: CaseFile) -> None:
    by_captive = defaultdict(list)
    for o in demo.detention_orders.list():
        by_captive[o.captive_id].append(o)
    assert by_captive
    for orders in by_captive.values():
        assert orders[0].kind == "initial"
        assert all(o.kind == "extension" and o.term_months == 4 for o in orders[1:])
        for previous, nxt in itertools.pairwise(orders):
            assert nxt.start_date == previous.expires_on  # no gap, no overlap
            assert nxt.decided_on < nxt.start_date
    assert max(len(orders) for orders in by_captive.values()) >= 6
    still_held = [o[-1] for o in by_captive.values() if o[-1].expires_on > TODAY]
    assert still_held, "someone's current order runs past today"
    appeals = [o for o in demo.detention_orders.list() if o.appeal_filed_on]
    assert appeals and all(o.appeal_outcome for o in appeals)


def test_hearings_are_shared_by_co_defendants(demo: CaseFile) -> None:
    hearings = demo.hearings.list()
    shared = [h for h in hearings if len(h.captive_ids) > 1]
    assert shared
    assert max(len(h.captive_ids) for h in shared) >= 5
    assert all(h.prosecution_id is None for h in shared)
    kinds = {h.kind for h in hearings}
    assert {"detention_extension", "preliminary", "trial_session", "verdict", "appeal"} <= kinds


def test_past_hearings_have_outcomes_and_some_are_scheduled_soon(demo: CaseFile) -> None:
    hearings = demo.hearings.list()
    past = [h for h in hearings if h.starts_at.date() <= TODAY]
    future = [h for h in hearings if h.starts_at.date() > TODAY]
    assert all(h.outcome for h in past)
    assert future and not any(h.outcome for h in future)
    assert any(h.starts_at.date() <= TODAY + timedelta(weeks=3) for h in future)
    assert all(h.timezone == "Asia/Baku" and h.starts_at.utcoffset() == timedelta(hours=4)
               for h in hearings)


def test_international_proceedings_cover_every_forum(demo: CaseFile) -> None:
    procs = demo.international_proceedings.list()
    kinds = {(p.body, p.kind) for p in procs}
    assert {("echr", "application"), ("echr", "rule_39"), ("wgad", "communication"),
            ("un_hrc", "communication")} <= kinds
    assert all(p.reference and p.lodged_on and p.lodged_on <= TODAY for p in procs)


# ---- custody and proof of life --------------------------------------------------------------

def test_places_of_detention_do_not_overlap_and_the_latest_is_open(demo: CaseFile) -> None:
    for c in demo.captives.list():
        stays = demo.detention_places.list(captive_id=c.id)
        for previous, nxt in itertools.pairwise(stays):
            assert previous.to_date is not None and previous.to_date <= nxt.from_date
        if c.status.in_custody:
            assert stays and stays[-1].to_date is None and c.current_place
            assert all(s.address for s in stays)
        elif stays:
            assert stays[-1].to_date == c.status_since  # released or repatriated


def test_some_captives_have_had_no_news_for_over_six_months(demo: CaseFile) -> None:
    last = {}
    for c in demo.captives.list():
        contacts = demo.welfare_contacts.list(captive_id=c.id)
        assert all(w.contact_on <= TODAY for w in contacts)
        if c.status.in_custody:
            assert contacts, c.primary_name
            last[c.id] = max(w.contact_on for w in contacts)
    gaps = [d for d in last.values() if (TODAY - d).days > 183]
    assert 2 <= len(gaps) < len(last) / 2
    kinds = {w.kind for w in demo.welfare_contacts.list()}
    assert {"icrc_visit", "lawyer_visit", "family_call", "family_letter"} <= kinds


# ---- advocacy, documents, notes, deadlines ------------------------------------------------

def test_organisations_contacts_and_interventions(demo: CaseFile) -> None:
    kinds = {o.kind for o in demo.organisations.list()}
    assert {"icrc", "ombudsman", "embassy", "ministry", "un_body", "council_of_europe",
            "media", "ngo", "family"} <= kinds
    assert all(c.organisation_id and c.role and c.language for c in demo.contacts.list())
    interventions = demo.interventions.list()
    follow_ups = [i.follow_up_on for i in interventions if i.follow_up_on]
    assert any(d < TODAY for d in follow_ups) and any(d > TODAY for d in follow_ups)
    assert all(i.made_on <= TODAY and i.captive_ids and i.contact_id for i in interventions)
    assert any(len(i.captive_ids) > 1 for i in interventions)
    assert len({i.status for i in interventions}) >= 4


def test_documents_are_small_valid_files(demo: CaseFile) -> None:
    docs = {d.media_type: d for d in demo.documents.list()}
    assert {"application/pdf", "text/plain", "image/png"} <= set(docs)
    for d in demo.documents.list():
        content = demo.documents.content(d.id)
        assert hashlib.sha256(content).hexdigest() == d.sha256 and len(content) == d.size
    pdf = demo.documents.content(docs["application/pdf"].id)
    assert pdf.startswith(b"%PDF-1.") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    assert pdf[startxref:].startswith(b"xref")
    for number, offset in enumerate(re.findall(rb"(\d{10}) 00000 n", pdf), 1):
        assert pdf[int(offset):].startswith(b"%d 0 obj" % number)
    png = demo.documents.content(docs["image/png"].id)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png.endswith(b"IEND\xaeB`\x82")


def test_notes_and_deadlines(demo: CaseFile) -> None:
    notes = demo.notes.list()
    assert any(n.captive_id is None and "invented" in n.body for n in notes)
    deadlines = demo.deadlines.list()
    assert {d.status for d in deadlines} == {"open", "done", "dismissed"}
    assert any(d.status == "open" and d.due_on > TODAY for d in deadlines)
    assert any(d.due_time and d.timezone == "Europe/Paris" for d in deadlines)


# ---- building ---------------------------------------------------------------------------------

def test_building_is_deterministic(built: tuple[CaseFile, DemoSummary], tmp_path: Path,
                                   demo_built_elsewhere: dict[str, tuple[Path, DemoSummary]]
                                   ) -> None:
    """A second fresh file with the same today, built in another process (other string
    hashes, so no set or dict order can slip in), gets the very same demo as the shared one."""
    cf, summary = built
    template, other_summary = demo_built_elsewhere["again"]
    other = open_case_file(Location(path=copy_of(template, tmp_path / "again.db")),
                           actor="tester", today=lambda: TODAY)
    try:
        assert other_summary == summary
        assert _fingerprint(other) == _fingerprint(cf)
    finally:
        other.close()


def test_a_file_that_is_not_empty_is_refused(case_file: CaseFile) -> None:
    case_file.captives.create(names=["Real Client"])
    with pytest.raises(ConflictError, match="empty case file"):
        build_demo(case_file)
    assert len(case_file.captives.list()) == 1
    assert case_file.organisations.list() == []


def test_building_twice_is_refused(demo: CaseFile) -> None:
    before = len(demo.captives.list())
    with pytest.raises(ConflictError, match="captives"):
        build_demo(demo)
    assert len(demo.captives.list()) == before


def test_the_demo_is_valid_on_the_earliest_supported_day(
        tmp_path: Path, demo_built_elsewhere: dict[str, tuple[Path, DemoSummary]]) -> None:
    """Built with today = EARLIEST_TODAY (tests/services/demo_child.py): every rule held."""
    template, summary = demo_built_elsewhere["earliest"]
    assert summary.captives == 25
    cf = open_case_file(Location(path=copy_of(template, tmp_path / "early.db")),
                        actor="tester", today=lambda: EARLIEST_TODAY)
    try:
        assert len(cf.captives.list()) == 25
        assert any(h.starts_at.date() > EARLIEST_TODAY for h in cf.hearings.list())
        assert cf.check().ok
    finally:
        cf.close()


def test_a_day_before_the_demo_history_is_refused(tmp_path: Path) -> None:
    cf = _open(tmp_path / "too-early.db", today=EARLIEST_TODAY - timedelta(days=1))
    try:
        with pytest.raises(ValidationError, match="on or after"):
            build_demo(cf)
        assert cf.captives.list() == []
    finally:
        cf.close()


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_demo_speaks_the_language_it_is_made_in(case_file: CaseFile, lang: str,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    """Made under Russian or Armenian (``caseapp --lang ru demo``, or the window in that
    language), the demo is written in that language, not English: the deadlines entered by
    hand, the note about the demo, each captive's notice, and every text a lawyer would have
    typed (places, courts, charges, outcomes, the advocacy log, organisations, notes); the
    refusal of a second demo too. People's names, addresses for e-mail and references stay
    as they are."""
    from caseapp.domain import messages

    monkeypatch.setattr(messages, "_language", ["en"])  # restored after the test
    messages.set_language(lang)
    build_demo(case_file)
    latin = re.compile(r"[A-Za-z]{2,}")
    by_hand = [d for d in case_file.deadlines.list() if not d.rule_id]
    assert len(by_hand) == 6
    for d in by_hand:
        assert not latin.search(d.title + d.notes + d.status_reason), d.title
    about = next(n for n in case_file.notes.list() if n.captive_id is None)
    assert not latin.search(about.title + about.body.replace("CaseApp", ""))
    assert all(c.summary.startswith(NOTICE.render(lang)) for c in case_file.captives.list())
    english = _english_left(case_file, tmp_path / "demo.json")
    assert not english, english[:10]
    with pytest.raises(ConflictError) as again:
        build_demo(case_file)
    assert not latin.search(str(again.value)), str(again.value)
