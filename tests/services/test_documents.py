"""Documents and evidence kept inside the case file, with their SHA-256."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import Reliability
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.casefile import CaseFile

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40  # binary content, NUL bytes included


def invalid(call: Callable[[], object], field: str, *words: str) -> None:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field, str(err.value)
    for word in words:
        assert word in str(err.value)


@pytest.fixture
def captive(case_file: CaseFile) -> CaptiveDTO:
    return case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10")


def test_hash_and_size_are_computed_and_content_round_trips(case_file: CaseFile,
                                                            captive: CaptiveDTO) -> None:
    doc = case_file.documents.create(captive_id=captive.id, title="Indictment",
                                     filename="indictment.pdf", content=PDF, source="court",
                                     received_on="2021-03-01", reliability="confirmed")
    assert doc.sha256 == hashlib.sha256(PDF).hexdigest()
    assert doc.size == len(PDF)
    assert doc.media_type == "application/pdf"  # guessed from the file name
    assert doc.reliability is Reliability.CONFIRMED
    assert case_file.documents.content(doc.id) == PDF
    assert case_file.documents.get(doc.id) == doc
    assert not hasattr(doc, "content")  # the DTO describes; bytes come from content()


def test_new_content_gives_a_new_hash(case_file: CaseFile, captive: CaptiveDTO) -> None:
    doc = case_file.documents.create(captive_id=captive.id, title="Letter", content=b"draft")
    final = case_file.documents.update(doc.id, content=b"final version")
    assert (final.sha256, final.size) == (hashlib.sha256(b"final version").hexdigest(), 13)
    assert case_file.documents.content(doc.id) == b"final version"
    renamed = case_file.documents.update(doc.id, title="Letter to the ombudsman")
    assert renamed.sha256 == final.sha256  # editing the description keeps the hash


@pytest.mark.parametrize("field", ["sha256", "size"])
def test_hash_and_size_cannot_be_set_by_hand(case_file: CaseFile, captive: CaptiveDTO,
                                             field: str) -> None:
    forged = {"sha256": "0" * 64, "size": 1}[field]
    invalid(lambda: case_file.documents.create(captive_id=captive.id, title="X", content=b"x",
                                               **{field: forged}), field, "computed")
    doc = case_file.documents.create(captive_id=captive.id, title="X", content=b"x")
    invalid(lambda: case_file.documents.update(doc.id, **{field: forged}), field, "computed")
    assert case_file.documents.get(doc.id) == doc


def test_add_file_reads_the_file(case_file: CaseFile, captive: CaptiveDTO, tmp_path: Path) -> None:
    path = tmp_path / "ICRC visit report.pdf"
    path.write_bytes(PDF)
    doc = case_file.documents.add_file(path, captive_id=captive.id, source="ICRC")
    assert (doc.title, doc.filename) == ("ICRC visit report", "ICRC visit report.pdf")
    assert doc.sha256 == hashlib.sha256(PDF).hexdigest()
    path.unlink()  # the case file keeps the bytes, not the path
    assert case_file.documents.content(doc.id) == PDF


def test_add_file_keeps_a_given_title(case_file: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "IMG_0042.jpg"
    path.write_bytes(b"\xff\xd8\xff fake jpeg")
    doc = case_file.documents.add_file(str(path), title="Photo of the cell")
    assert (doc.title, doc.filename, doc.media_type) == ("Photo of the cell", "IMG_0042.jpg",
                                                         "image/jpeg")


def test_add_file_of_a_missing_path_is_refused(case_file: CaseFile, tmp_path: Path) -> None:
    invalid(lambda: case_file.documents.add_file(tmp_path / "nowhere.pdf"), "content",
            "Cannot read", "nowhere.pdf")
    assert case_file.documents.list() == []


def test_title_defaults_to_the_file_name(case_file: CaseFile) -> None:
    doc = case_file.documents.create(filename="verdict-2021-07-05.docx", content=b"PK\x03\x04..")
    assert doc.title == "verdict-2021-07-05"
    assert doc.media_type.endswith("wordprocessingml.document")


def test_links_to_hearing_prosecution_and_intervention(case_file: CaseFile,
                                                       captive: CaptiveDTO) -> None:
    p = case_file.prosecutions.create(captive_id=captive.id, case_number="1/2021")
    h = case_file.hearings.create(starts_at="2021-07-05 10:00", timezone="Asia/Baku",
                                  captive_ids=[captive.id])
    i = case_file.interventions.create(made_on="2021-07-06", captive_ids=[captive.id])
    doc = case_file.documents.create(captive_id=captive.id, prosecution_id=p.id, hearing_id=h.id,
                                     intervention_id=i.id, title="Minutes", content=b"...")
    assert (doc.prosecution_id, doc.hearing_id, doc.intervention_id) == (p.id, h.id, i.id)
    case_file.hearings.delete(h.id)
    assert case_file.documents.get(doc.id).hearing_id is None  # the exhibit stays
    case_file.captives.delete(captive.id)
    with pytest.raises(NotFound):
        case_file.documents.get(doc.id)  # a captive's documents go with the captive


def test_the_audit_log_records_the_hash_not_the_bytes(case_file: CaseFile,
                                                      captive: CaptiveDTO) -> None:
    doc = case_file.documents.create(captive_id=captive.id, title="Scan", content=PDF)
    [entry] = case_file.audit.for_record(doc.uid)
    logged = json.loads(entry.new_value or "{}")
    assert logged["sha256"] == doc.sha256 and logged["size"] == len(PDF)
    assert "content" not in logged
    case_file.documents.update(doc.id, content=b"replaced")
    changed = {e.field for e in case_file.audit.for_record(doc.uid)[1:]}
    assert changed == {"sha256", "size"}


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"content": None}, "content", ["file content"]),
        ({"content": "text, not bytes"}, "content", ["bytes"]),
        ({"title": "", "filename": ""}, "title", ["required"]),
        ({"received_on": "2026-11-29"}, "received_on", ["future"]),
        ({"reliability": "certain"}, "reliability", ["“certain”", "confirmed"]),
        ({"captive_id": 404}, "captive_id", ["captive", "404"]),
        ({"hearing_id": 404}, "hearing_id", ["hearing", "404"]),
        ({"prosecution_id": 404}, "prosecution_id", ["prosecution", "404"]),
        ({"intervention_id": 404}, "intervention_id", ["intervention", "404"]),
    ],
)
def test_invalid_documents(case_file: CaseFile, fields: dict, field: str, words: list[str]) -> None:
    fields = {"title": "Exhibit", "content": b"x"} | fields
    invalid(lambda: case_file.documents.create(**fields), field, *words)
    assert case_file.documents.list() == []


def test_a_copy_is_written_whole_and_checked_against_its_hash(case_file: CaseFile,
                                                              captive: CaptiveDTO,
                                                              tmp_path: Path) -> None:
    from sqlalchemy import text

    from caseapp.domain.errors import CaseAppError

    doc = case_file.documents.create(captive_id=captive.id, title="Verdict", content=PDF)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "verdict.pdf"
    assert case_file.documents.save_copy(doc.id, target) == len(PDF)
    assert target.read_bytes() == PDF
    assert list(target.parent.iterdir()) == [target]  # no temporary file left beside it
    with pytest.raises(FileNotFoundError):
        case_file.documents.save_copy(doc.id, tmp_path / "no-such-folder" / "v.pdf")
    assert not (tmp_path / "no-such-folder").exists()
    with case_file.db.engine.begin() as conn:  # changed outside CaseApp
        conn.execute(text("UPDATE documents SET content = X'00' WHERE id = :id"), {"id": doc.id})
    with pytest.raises(CaseAppError, match=r"Verdict.*SHA-256; no copy was written"):
        case_file.documents.save_copy(doc.id, target)
    assert target.read_bytes() == PDF  # the earlier copy is untouched


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_a_file_the_system_will_not_read_is_said_in_her_language(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """A refusal the app has no words of its own for (here: too many open files) is said
    in the lawyer's language, the system's English words only quoted; nothing is stored."""
    import errno
    import os
    import re

    from caseapp.domain.messages import text_of

    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n")

    def refuse(self: Path) -> bytes:
        raise OSError(errno.EMFILE, os.strerror(errno.EMFILE))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ValidationError) as err:
        case_file.documents.add_file(path)
    said = text_of(err.value.message, lang)
    sentence, quoted, words = said.partition("«")
    assert quoted and not re.findall(r"[A-Za-z]{3,}", sentence.replace(str(path), "")), said
    assert words.startswith(os.strerror(errno.EMFILE) + "»"), said
    monkeypatch.undo()
    assert case_file.documents.list() == []
