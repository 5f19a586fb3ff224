"""The output use cases (caseapp.services.outputs): a dossier is read in one transaction, so a
write committed while it is read is in it entirely or not at all; a protected target is
refused before anything is read; what is written is what is returned."""

from __future__ import annotations

import hashlib
import io
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from caseapp.db.models import Captive
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.lawyer import LawyerProfile
from caseapp.reports.letter_templates import find_template
from caseapp.services import data_exports, outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.output_guard import OutputRefused
from tests.engine_events import heard

LAWYER = LawyerProfile(name="Anna Example", city="Yerevan")


def captive_id(cf: CaseFile, latin: str = "Tigran Vardanyan") -> int:
    return next(c.id for c in cf.captives.list() if c.latin_name == latin)


def transactions_begun(cf: CaseFile) -> AbstractContextManager[list[tuple[Any, ...]]]:
    """The database transactions begun inside the block (one per session that reads)."""
    return heard(cf, "begin")


def test_a_dossier_is_built_in_one_transaction(demo_file: CaseFile) -> None:
    cid = captive_id(demo_file)
    with transactions_begun(demo_file) as begun:
        build_dossier(demo_file, cid, level="internal", lawyer=LAWYER)
    # The captive, its thirteen kinds of records, the levels, the addressees, the annex, the
    # photo and the co-defendants: all read in the same transaction.
    assert len(begun) == 1
    with transactions_begun(demo_file) as begun:
        made = outputs.dossier(demo_file, cid, level="shareable", author="A", lawyer=LAWYER)
    assert len(begun) == 1  # the dossier and what its level leaves out: the same read
    assert made.left_out.total == made.record.withheld > 0


def test_a_write_committed_while_the_dossier_is_read_is_not_half_in_it(
        demo_file: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = demo_file
    cid = captive_id(cf)
    summary_before = cf.captives.get(cid).summary
    contacts_list = cf.welfare_contacts.list
    written: list[bool] = []

    def list_contacts_after_a_visit(**filters: object) -> list[object]:
        # Another user records an ICRC visit after the dossier has read the captive but
        # before it reads the welfare contacts: the visit and the key facts saying so, in
        # one transaction.
        if not written:
            with cf.ctx.transaction() as s:
                s.get(Captive, cid).summary = "The ICRC visited him on 2026-11-20."
                cf.welfare_contacts.create_in(s, captive_id=cid, contact_on=date(2026, 11, 20),
                                              kind="icrc_visit", source="ICRC Baku")
            written.append(True)
        return contacts_list(**filters)

    monkeypatch.setattr(cf.welfare_contacts, "list", list_contacts_after_a_visit)
    dossier = build_dossier(cf, cid, level="internal", lawyer=LAWYER)
    assert written == [True]  # the write did happen between the two reads
    # Read before the write: neither the visit nor the key facts that mention it.
    assert date(2026, 11, 20) not in [v.contact_on for v in dossier.visits]
    assert dossier.captive.summary == summary_before
    monkeypatch.undo()
    after = build_dossier(cf, cid, level="internal", lawyer=LAWYER)  # the next one: both
    assert date(2026, 11, 20) in [v.contact_on for v in after.visits]
    assert after.captive.summary == "The ICRC visited him on 2026-11-20."


def test_a_calendar_a_report_and_a_letter_are_read_in_one_transaction_each(
        demo_file: CaseFile) -> None:
    cf = demo_file
    with transactions_begun(cf) as begun:
        outputs.calendar(cf, level="shareable")
    assert len(begun) == 1
    with transactions_begun(cf) as begun:  # the report at its level and the internal one
        outputs.status_report(cf, level="public", author="A", fmt="xlsx")
    assert len(begun) == 1
    template = find_template("power_of_attorney_en")
    cid = captive_id(cf)
    given = {name: "given" for name, _ in outputs.letter_missing_fields(cf, template, cid,
                                                                        lawyer=LAWYER)}
    with transactions_begun(cf) as begun:
        made = outputs.letter(cf, template, cid, lawyer=LAWYER, extra=given)
    assert len(begun) == 1
    assert made.data.startswith(b"PK")  # a .docx is a zip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_protected_target_is_refused_before_anything_is_read(demo_file: CaseFile,
                                                               tmp_path: Path) -> None:
    cf = demo_file
    case = cf.db.path
    cid = captive_id(cf)
    before = digest(case)
    backups = cf.output_guard.backups_root
    assert backups is not None
    template = find_template("power_of_attorney_en")
    calls = {
        "dossier": lambda target: outputs.dossier(cf, cid, level="internal", author="A",
                                                  lawyer=LAWYER, target=target, keep_copy=True),
        "report": lambda target: outputs.status_report(cf, level="internal", author="A",
                                                       target=target, keep_copy=True),
        "letter": lambda target: outputs.letter(cf, template, cid, lawyer=LAWYER, target=target),
        "calendar": lambda target: outputs.calendar(cf, level="internal", target=target),
        "export": lambda target: data_exports.export_json(cf, target),
    }
    for name, call in calls.items():
        for target in (case, Path(f"{case}-wal"), backups / "x" / "out.bin"):
            with transactions_begun(cf) as begun, pytest.raises(OutputRefused) as refused:
                call(target)
            assert begun == [], (name, target)  # refused before a single read
            assert "was not written and nothing was changed" in str(refused.value)
    assert digest(case) == before
    assert not backups.exists() or not any(backups.rglob("out.bin"))


def test_what_is_written_is_what_is_returned_and_kept(demo_file: CaseFile,
                                                      tmp_path: Path) -> None:
    cf = demo_file
    cid = captive_id(cf)
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()  # (a folder that does not exist is refused: OutputGuard)
    made = outputs.dossier(cf, cid, level="shareable", author="Anna Example", lawyer=LAWYER,
                           target=target, keep_copy=True)
    assert target.read_bytes() == made.data and made.saved_to == target
    assert made.kept is not None
    kept = made.kept.document
    # Kept under the name it was saved as, at the level it was printed at.
    assert (kept.filename, kept.sensitivity, kept.captive_id) == ("dossier.pdf",
                                                                  Sensitivity.SHAREABLE, cid)
    assert cf.documents.content(kept.id) == target.read_bytes()
    text = PdfReader(io.BytesIO(made.data)).pages[0].extract_text()
    assert "Tigran Vardanyan" in text

    ics = outputs.calendar(cf, level="shareable", target=tmp_path / "c.ics")
    assert (tmp_path / "c.ics").read_bytes() == ics.data
    parsed = Calendar.from_ical(ics.data)
    events = ics.record
    assert {str(e["uid"]) for e in parsed.walk("VEVENT")} == {
        f"{r.uid}@caseapp" for r in (*events.deadlines, *events.hearings)}


def test_an_unknown_report_format_is_named(demo_file: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="“docx” is not a report format"):
        outputs.status_report(demo_file, level="internal", author="A", fmt="docx",
                              target=tmp_path / "r.docx")
    assert not (tmp_path / "r.docx").exists()
