"""The pages of a scan that may not have been read (their way up could not be told, or was not
checked before the time for it ran out) are kept with the document, not only said once when
OCR ran: the lawyer who opens the document days later is told which pages to check by eye.
Reading the scan again replaces them; a new file drops them; the JSON export carries them and
an export written before they were kept still imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.errors import ValidationError
from caseapp.domain.scan_pages import page_ranges, pages_to_check
from caseapp.services import ocr
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of
from tests.services.scan_pages import scanned_pdf


@pytest.fixture
def fake_ocr(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[int, ...]]:
    """OCR as it reads a scan (the reading itself is tested in test_ocr_orientation.py): the
    pages it could not tell or did not check are set by the test."""
    pages: dict[str, tuple[int, ...]] = {"unsure": (3, 5), "unchecked": ()}
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(), **_k: (
        ocr.ScanText(scanned_pdf(), "Decision Qyzylbashlyq", pages["unsure"],
                     pages["unchecked"])))
    return pages


def _scan(cf: CaseFile) -> int:
    captive = cf.captives.create(names=["Սարգսյան Արամ"], capture="2020-11-10")
    return cf.documents.create(captive_id=captive.id, title="Decision", filename="decision.pdf",
                               content=scanned_pdf()).id


def test_the_pages_to_check_are_kept_with_the_document_and_replaced_by_a_new_reading(
        case_file: CaseFile, fake_ocr: dict[str, tuple[int, ...]]) -> None:
    doc_id = _scan(case_file)
    assert case_file.documents.get(doc_id).ocr_unsure_pages == ()  # not read yet

    result = case_file.ocr.make_searchable(doc_id)
    assert result.unsure_pages == (3, 5)
    doc = case_file.documents.get(doc_id)
    assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((3, 5), ())
    assert [str(line) for line in pages_to_check(doc)] == [
        "Pages 3, 5 may not have been read: which way up they are could not be told; check "
        "them by eye."]
    # In the captive's file as the window and `captives show` read it.
    [listed] = case_file.captive_file(doc.captive_id).documents
    assert listed.ocr_unsure_pages == (3, 5)

    # Read again (the time ran out this time after page 40 of 200): replaced, not added to.
    fake_ocr.update(unsure=(2,), unchecked=tuple(range(41, 201)))
    result = case_file.ocr.make_searchable(doc_id)
    assert result.unchecked_pages == tuple(range(41, 201))
    doc = case_file.documents.get(doc_id)
    assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((2,), tuple(range(41, 201)))
    assert [str(line) for line in pages_to_check(doc)] == [
        "Page 2 may not have been read: which way up it is could not be told; check it by eye.",
        "Pages 41–200 were not checked for which way up they are (the time for it ran out) "
        "and were read as they are: any of them sideways or upside down was not read; check "
        "them by eye."]

    fake_ocr.update(unsure=(), unchecked=())
    case_file.ocr.make_searchable(doc_id)
    doc = case_file.documents.get(doc_id)
    assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages, pages_to_check(doc)) == ((), (), [])


def test_a_new_file_drops_the_pages_to_check_with_the_old_text_copy(
        case_file: CaseFile, fake_ocr: dict[str, tuple[int, ...]]) -> None:
    doc_id = _scan(case_file)
    fake_ocr.update(unchecked=(7,))
    case_file.ocr.make_searchable(doc_id)
    case_file.documents.update(doc_id, content=b"%PDF-1.4 another scan")
    doc = case_file.documents.get(doc_id)
    assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((), ())


def test_the_pages_to_check_cannot_be_set_by_hand(case_file: CaseFile) -> None:
    doc_id = _scan(case_file)
    for field in ("ocr_unsure_pages", "ocr_unchecked_pages"):
        with pytest.raises(ValidationError, match="made by OCR"):
            case_file.documents.update(doc_id, **{field: [1]})


def test_page_ranges_are_told_short() -> None:
    assert page_ranges((3,)) == "3"
    assert page_ranges((3, 5)) == "3, 5"
    assert page_ranges((1, 2, 4, 5, 6, 9)) == "1, 2, 4–6, 9"


def test_the_export_carries_the_pages_to_check_and_an_old_export_still_imports(
        tmp_path: Path, case_file: CaseFile, fake_ocr: dict[str, tuple[int, ...]],
        _empty_template: Path) -> None:
    doc_id = _scan(case_file)
    fake_ocr.update(unsure=(3, 5), unchecked=(9, 10))
    case_file.ocr.make_searchable(doc_id)
    case_file.export_json(tmp_path / "x.json")
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    [row] = data["tables"]["documents"]
    assert (row["ocr_unsure_pages"], row["ocr_unchecked_pages"]) == ([3, 5], [9, 10])

    def imported(name: str, tables: dict) -> CaseFile:  # type: ignore[type-arg]
        (tmp_path / f"{name}.json").write_text(json.dumps({**data, "tables": tables}),
                                               encoding="utf-8")
        cf = open_case_file(Location(path=copy_of(_empty_template, tmp_path / f"{name}.db")),
                            actor="importer", today=lambda: TODAY)
        cf.import_json(tmp_path / f"{name}.json")
        return cf

    again = imported("again", data["tables"])
    try:
        [doc] = again.documents.list()
        assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((3, 5), (9, 10))
    finally:
        again.close()

    # As CaseApp wrote it before the pages were kept: no such fields.
    old_rows = [{k: v for k, v in row.items() if k not in ("ocr_unsure_pages",
                                                          "ocr_unchecked_pages")}]
    old = imported("old", {**data["tables"], "documents": old_rows})
    try:
        [doc] = old.documents.list()
        assert (doc.ocr_unsure_pages, doc.ocr_unchecked_pages) == ((), ())
        assert old.check().ok, old.check().problems
    finally:
        old.close()


@pytest.mark.parametrize("value", [["3"], [0], [5, 3], [3, 3], {"page": 3}, [True]])
def test_an_import_with_pages_that_are_not_page_numbers_is_refused_naming_them(
        tmp_path: Path, case_file: CaseFile, fake_ocr: dict[str, tuple[int, ...]],
        _empty_template: Path, value: object) -> None:
    _scan(case_file)
    case_file.export_json(tmp_path / "x.json")
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    data["tables"]["documents"][0]["ocr_unsure_pages"] = value
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    target = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "t.db")),
                            actor="importer", today=lambda: TODAY)
    try:
        with pytest.raises(ValidationError, match="ocr_unsure_pages") as raised:
            target.import_json(tmp_path / "bad.json")
        assert "\n" not in str(raised.value)
        assert target.documents.list() == []
    finally:
        target.close()
