"""JSON export and import: lossless round trip, idempotent import, all-or-nothing on bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.audit_summary import shown_summary
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY, copy_of

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def fill(cf: CaseFile) -> None:
    """A small case file touching every table and every column type."""
    org = cf.organisations.create(name="ICRC Delegation", kind="icrc", country="Azerbaijan")
    person = cf.contacts.create(name="Anna Example", organisation_id=org.id, language="en")
    a = cf.captives.create(
        names=[{"full_name": "Արամ Վարդանյան", "language": "hy"},
               {"full_name": "Aram Vardanyan", "kind": "transliteration", "language": "en"}],
        status="pre_trial", status_since="2023-10-01", capture="2023-09", birth="1980",
        tags=["group-a", "pow"], photo=PNG, photo_media_type="image/png",
        field_levels={"health": "internal"}, health="needs insulin",
    )
    b = cf.captives.create(names=["Сурен Петросян"], status="held")
    p = cf.prosecutions.create(captive_id=a.id, case_number="CASE-1")
    cf.charges.create(prosecution_id=p.id, code="CC", article="279", part="1")
    cf.detention_orders.create(captive_id=a.id, prosecution_id=p.id, start_date="2023-10-01", term_months=4)
    h = cf.hearings.create(starts_at=datetime(2024, 1, 30, 10), timezone="Asia/Baku",
                           captive_ids=[a.id, b.id], outcome="extended by four months")
    cf.detention_places.create(captive_id=a.id, facility="Pre-trial centre", from_date="2023-10-01")
    cf.welfare_contacts.create(captive_id=a.id, contact_on="2024-03-01", kind="icrc_visit")
    cf.identity_documents.create(captive_id=a.id, kind="passport", number="AM000")
    cf.international_proceedings.create(captive_id=a.id, body="echr", kind="rule_39", reference="1/24")
    cf.interventions.create(made_on="2024-02-01", organisation_id=org.id, contact_id=person.id,
                            captive_ids=[a.id, b.id], request="visit please", follow_up_on="2024-03-01")
    cf.documents.create(captive_id=a.id, hearing_id=h.id, title="Decision", filename="d.pdf",
                        content=b"%PDF-1.4 decision bytes \x00\xff")
    cf.deadlines.create(captive_id=a.id, title="Appeal", due_on="2024-02-20", due_time="16:00",
                        timezone="Europe/Paris", rule_id="az.appeal", explanation=["+20 days"])
    cf.notes.create(captive_id=a.id, title="Call", body="Family called")
    # Facts for the filings, the Court's deliveries (issue 18).
    cf.welfare_contacts.create(captive_id=a.id, contact_on="2024-04-01", kind="lawyer_visit",
                               independent=False)
    cf.detention_facts.record(a.id, state_confirmed=True, confirmed_on="2023-10-05",
                              confirmed_source="Note verbale", risk_hunger_strike=True)
    cf.deliveries.create(captive_id=a.id, portal="rule39_site", appeared_on="2024-02-02",
                         title="Rule 39 decision", application_number="1/24", time_limit_weeks=2)
    cf.captives.update(b.id, status="released", status_since="2024-05-01")


def export(cf: CaseFile, path: Path) -> dict:
    cf.export_json(path)
    return json.loads(path.read_text(encoding="utf-8"))


NewFile = Callable[..., CaseFile]


@pytest.fixture
def new_file(tmp_path: Path, request: pytest.FixtureRequest) -> NewFile:
    """``new_file(name, passphrase=None)``: a new, empty case file in the test's folder (a copy
    of the session's empty or encrypted template: making one would run every migration)."""
    def make(name: str, passphrase: str | None = None) -> CaseFile:
        assert passphrase in (None, ENCRYPTED_PASSPHRASE), "the encrypted template's passphrase"
        template = request.getfixturevalue(
            "_encrypted_template" if passphrase else "_empty_template")
        return open_case_file(Location(path=copy_of(template, tmp_path / name)),
                              passphrase=passphrase, actor="importer", today=lambda: TODAY)
    return make


@pytest.fixture(scope="module")
def good_export(tmp_path_factory: pytest.TempPathFactory, _empty_template: Path) -> Path:
    """fill() exported, once for the module (tests read it; none changes it)."""
    folder = tmp_path_factory.mktemp("good-export")
    cf = open_case_file(Location(path=copy_of(_empty_template, folder / "filled.db")),
                        actor="tester", today=lambda: TODAY)
    try:
        fill(cf)
        cf.export_json(folder / "good.json")
    finally:
        cf.close()
    return folder / "good.json"


@pytest.mark.parametrize("passphrase", [None, ENCRYPTED_PASSPHRASE])
def test_export_import_export_is_identical(tmp_path: Path, new_file: NewFile,
                                           passphrase: str | None) -> None:
    source = new_file("a.db", passphrase)
    fill(source)
    first = export(source, tmp_path / "first.json")
    target = new_file("b.db", passphrase)
    report = target.import_json(tmp_path / "first.json")
    second = export(target, tmp_path / "second.json")
    # The same records; the audit log has one entry more: the import's own.
    audit_before, audit_after = first["tables"].pop("audit_entries"), second["tables"].pop("audit_entries")
    assert second["tables"] == first["tables"]
    assert audit_after[:-1] == audit_before
    # the import's summary travels as the message it is (shown in the reader's language)
    assert (audit_after[-1]["entity"], shown_summary(audit_after[-1]["summary"], "en")) == (
        "imports", "Import of first.json")
    assert report.added["captives"] == 2 and report.added["documents"] == 1
    # The records work in the new file, not only their JSON.
    doc = target.documents.list()[0]
    assert target.documents.content(doc.id) == b"%PDF-1.4 decision bytes \x00\xff"
    assert target.captives.photo(target.captives.list(search="Vardanyan")[0].id) == PNG
    assert {c.primary_name for c in target.captives.list(search="petrosian")} == {"Сурен Петросян"}
    assert len(target.hearings.list()[0].captive_ids) == 2
    assert target.check().ok
    source.close()
    target.close()


def test_export_holds_every_table_and_a_format_version(tmp_path: Path, case_file: CaseFile) -> None:
    fill(case_file)
    data = export(case_file, tmp_path / "x.json")
    assert data["format"] == "caseapp-export" and data["format_version"] == 1
    assert all(rows for name, rows in data["tables"].items()), "every table has a row in fill()"
    captive = data["tables"]["captives"][0]
    assert "id" not in captive and len(captive["uid"]) == 36
    assert data["tables"]["captive_names"][0]["captive_uid"] == captive["uid"]


def test_importing_twice_adds_nothing_the_second_time(new_file: NewFile, good_export: Path) -> None:
    target = new_file("t.db")
    target.import_json(good_export)
    again = target.import_json(good_export)
    assert again.added == {}
    assert again.skipped["captives"] == 2
    assert len(target.captives.list()) == 2
    target.close()


def test_import_into_a_file_with_other_records_keeps_both(new_file: NewFile,
                                                         good_export: Path) -> None:
    target = new_file("t.db")
    own = target.captives.create(names=["Local Person"])
    target.import_json(good_export)
    names = {c.primary_name for c in target.captives.list()}
    assert names == {"Local Person", "Արամ Վարդանյան", "Сурен Петросян"}
    assert target.captives.get(own.id).primary_name == "Local Person"
    target.close()


def _broken(data: dict, kind: str) -> str | dict:
    t = data["tables"]
    if kind == "json":
        return '{"format": "caseapp-export", "tables": {]}'
    if kind == "cut":
        return '{"format": "caseapp-export", "tables": {'
    if kind == "format":
        data["format"] = "something-else"
    elif kind == "version":
        data["format_version"] = 99
    elif kind == "field":
        t["captives"][0]["favourite_colour"] = "blue"
    elif kind == "reference":
        t["captive_names"][-1]["captive_uid"] = "00000000-0000-0000-0000-000000000000"
    elif kind == "date":
        t["detention_orders"][0]["start_date"] = "2023-02-30"
    elif kind == "enum":
        t["captives"][-1]["status"] = "vanished"
    elif kind == "base64":
        t["documents"][0]["content"] = "***not base64***"
    elif kind == "nameless":
        last = t["captives"][-1]["uid"]
        t["captive_names"] = [n for n in t["captive_names"] if n["captive_uid"] != last]
    elif kind == "late-row":  # a bad record after many good ones: nothing may be kept
        t["audit_entries"][-1]["at"] = "yesterday"
    return data


@pytest.mark.parametrize("kind, message", [
    ("json", "not valid JSON"), ("cut", "is cut short"), ("format", "not a CaseApp export"),
    ("version", "format 99"),
    ("field", "unknown field “favourite_colour”"), ("reference", "not in the file"),
    ("date", "start_date"), ("enum", "status"), ("base64", "content"), ("late-row", "audit_entries"),
    ("nameless", "captives, record 2 .*field “names”: A captive needs at least one name"),
])
def test_bad_import_files_are_refused_and_change_nothing(
        tmp_path: Path, new_file: NewFile, good_export: Path, kind: str, message: str) -> None:
    data = json.loads(good_export.read_text(encoding="utf-8"))  # this test's own copy
    bad = _broken(data, kind)
    bad_path = tmp_path / "bad.json"
    bad_path.write_text(bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8")

    target = new_file("t.db")
    target.captives.create(names=["Already Here"])
    before = export(target, tmp_path / "before.json")["tables"]
    with pytest.raises(ValidationError, match=message):
        target.import_json(bad_path)
    assert export(target, tmp_path / "after.json")["tables"] == before
    assert [c.primary_name for c in target.captives.list(search="vardanyan")] == []
    target.close()


def test_an_export_older_than_the_filing_facts_still_imports(
        tmp_path: Path, new_file: NewFile, good_export: Path) -> None:
    data = json.loads(good_export.read_text(encoding="utf-8"))
    # As CaseApp wrote it before issue 18: no such tables, no such fields.
    for name in ("detention_facts", "court_deliveries"):
        data["tables"].pop(name)
    for row in data["tables"]["welfare_contacts"]:
        row.pop("independent")
    for row in data["tables"]["documents"]:
        for key in ("text_pdf", "text_pdf_sha256", "text_layer", "ocr_languages"):
            row.pop(key)
    data["tables"]["deadlines"] = [d for d in data["tables"]["deadlines"]
                                   if d["trigger_kind"] != "court_delivery"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    target = new_file("old.db")
    report = target.import_json(old)
    assert report.added["captives"] == 2
    contacts = target.welfare_contacts.list()
    assert {c.independent for c in contacts} == {None}  # judged by their kind
    assert target.deliveries.list() == []
    assert target.documents.text_pdf_bytes(target.documents.list()[0].id) is None
    assert target.check().ok
    target.close()


def test_export_replaces_an_existing_file_whole(tmp_path: Path, case_file: CaseFile) -> None:
    out = tmp_path / "x.json"
    out.write_text("old content that is longer than nothing" * 1000)
    fill(case_file)
    case_file.export_json(out)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "caseapp-export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".x.json")] == []
