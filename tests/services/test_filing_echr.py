"""The ECHR application pack against the Court's rules: annexes named in ASCII, text PDFs
whose text pdftotext returns, split under the size limit, section I's page numbers matching
the stamped bundle, scans left out as needing OCR, the four-month date the engine's."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.errors import ValidationError
from caseapp.domain.lawyer import LawyerProfile
from caseapp.reports.filing_bundle import stamp_pages
from caseapp.reports.filing_echr import counts as echr_counts
from caseapp.services import filing_packs, ocr
from caseapp.services.casefile import CaseFile
from caseapp.services.output_guard import OutputRefused
from tests.services import scan_pages
from tests.services.filing_data import (
    LAWYER,
    bulky_pdf,
    captive_with_case,
    docx_text,
    pdf_text_of,
    pdftotext,
    scanned_pdf,
    text_pdf,
)

ASCII_NAME = re.compile(r"^\d{2}_\d{4}-\d{2}-\d{2}_[A-Za-z0-9_]+\.pdf$")


def pack(cf: CaseFile, cid: int, **kw: object) -> filing_packs.Pack:
    return filing_packs.echr_pack(cf, cid, level=kw.pop("level", "internal"), author="A",
                                  lawyer=LAWYER, **kw)  # type: ignore[arg-type]


def by_name(p: filing_packs.Pack) -> dict[str, bytes]:
    return {f.name: f.data for f in p.files}


def test_annexes_are_ascii_named_text_pdfs_in_date_order(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Detention order", received_on="2024-05-19",
                               filename="order.pdf", content=text_pdf("ORDER-TEXT of the court"))
    case_file.documents.create(
        captive_id=cid, title="Որոշում / Постановление № 5", received_on="2024-03-14",
        filename="որոշում.pdf", content=text_pdf("Որոշում կալանքի մասին DECISION-TEXT"))
    made = pack(case_file, cid, folder=tmp_path / "pack")
    annexes = sorted(n for n in made.names if n.startswith("Annexes/"))
    # Oldest first: the decision of 14 March is annex 1, the order of 19 May annex 2; the
    # Armenian and Russian title transliterated by anyascii (Որոշում → Oroshowm, № → No),
    # "/" and spaces made underscores.
    assert annexes == ["Annexes/01_2024-03-14_Oroshowm_Postanovlenie_No_5.pdf",
                       "Annexes/02_2024-05-19_Detention_order.pdf"]
    for name in annexes:
        assert ASCII_NAME.match(Path(name).name) and name.isascii()
    texts = {n: pdftotext(tmp_path / "pack" / n) for n in annexes}
    assert "DECISION-TEXT" in texts[annexes[0]] and "Որոշում կալանքի մասին" in texts[annexes[0]]
    assert "ORDER-TEXT of the court" in texts[annexes[1]]
    # The drafts are written too, in ASCII names.
    assert all(n.isascii() for n in made.names)
    assert {Path(n).suffix for n in made.names if "/" not in n} == {".pdf", ".docx"}


def test_section_i_page_numbers_match_the_stamped_bundle(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Verdict", received_on="2024-08-20",
                               content=text_pdf("VERDICT p1 text here", "VERDICT p2 text here",
                                                "VERDICT p3 text here"))
    case_file.documents.create(captive_id=cid, title="Indictment", received_on="2024-06-01",
                               content=text_pdf("INDICTMENT p1 text", "INDICTMENT p2 text"))
    made = pack(case_file, cid, folder=tmp_path)
    # Indictment (1 June) is annex 1, pages 1–2; the verdict (20 August) annex 2, pages 3–5.
    entries = [(a.number, a.document.title, a.first_page, a.last_page)
               for a in made.record.annexes]
    assert entries == [(1, "Indictment", 1, 2), (2, "Verdict", 3, 5)]
    verdict = PdfReader(tmp_path / "Annexes" / "02_2024-08-20_Verdict.pdf")
    stamps = [page.extract_text() for page in verdict.pages]
    assert ["Annex 2 – page 3" in stamps[0], "Annex 2 – page 5" in stamps[2]] == [True, True]
    assert "VERDICT p3" in stamps[2]
    draft = next(n for n in made.names if n.endswith(".pdf") and "/" not in n)
    text = pdftotext(tmp_path / draft)
    section_i = text[text.index("I. List of accompanying documents"):]
    assert re.search(r"1\s+2024-06-01\s+Indictment\s+1–2", section_i)
    assert re.search(r"2\s+2024-08-20\s+Verdict\s+3–5", section_i)


def test_a_scan_is_left_out_as_needing_ocr_and_a_non_pdf_named(case_file: CaseFile) -> None:
    cid = captive_with_case(case_file)
    scan = case_file.documents.create(captive_id=cid, title="Scanned decision",
                                      received_on="2024-04-01", content=scanned_pdf(2))
    case_file.documents.create(captive_id=cid, title="Notes", content=b"plain words",
                               filename="notes.txt", received_on="2024-04-02")
    made = pack(case_file, cid)
    assert not [n for n in made.names if n.startswith("Annexes/")]
    assert any(f"Document {scan.id}" in w and "needs OCR" in w for w in map(str, made.warnings))
    assert any("“Notes” is not a PDF" in w for w in map(str, made.warnings))


def test_annexes_over_the_split_size_are_split_into_parts(case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    big = bulky_pdf(6)
    # Every part carries the stamps' embedded font: the limit leaves room for it, and the
    # pages are about three limits: at least three parts.
    font = len(stamp_pages(bulky_pdf(1), annex=1, first_page=1)) - len(bulky_pdf(1))
    limit = len(big) // 3 + font
    case_file.documents.create(captive_id=cid, title="Trial record", received_on="2024-07-01",
                               content=big)
    made = pack(case_file, cid, max_bytes=limit, folder=tmp_path)
    parts = [n for n in made.names if n.startswith("Annexes/")]
    assert len(parts) >= 3
    assert parts == [f"Annexes/01_2024-07-01_Trial_record_Part_{i}.pdf"
                     for i in range(1, len(parts) + 1)]
    sizes = [len(data) for name, data in by_name(made).items() if name in parts]
    assert max(sizes) <= limit
    # Every page once, in order, across the parts.
    text = "".join(pdftotext(tmp_path / p) for p in parts)
    marks = re.findall(r"PAGE-MARK-(\d)", text)
    assert marks == ["1", "2", "3", "4", "5", "6"]
    entry = made.record.annexes[0]
    assert (entry.first_page, entry.last_page, len(entry.files)) == (1, 6, len(parts))


def test_the_page_limit_warns(case_file: CaseFile) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Record", received_on="2024-07-01",
                               content=text_pdf(*[f"page {i} of the record" for i in range(4)]))
    assert not any("pages" in w for w in map(str, pack(case_file, cid, page_limit=4).warnings))
    warned = [w for w in map(str, pack(case_file, cid, page_limit=3).warnings) if "4 pages" in w]
    assert warned and "over the limit of 3 pages" in warned[0]


def test_the_four_month_date_is_the_engines(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    engine = [d for d in case_file.captive_file(cid).deadlines if d.rule_id == "echr.application"]
    # The cassation of 31 October 2024 + 4 months = 31 February, clamped to 28 February 2025
    # (no roll: Sabri Güneş).
    assert [(d.trigger_date, d.due_on) for d in engine] == [(date(2024, 10, 31),
                                                             date(2025, 2, 28))]
    made = pack(case_file, cid, folder=tmp_path)
    limit = made.record.time_limit
    assert (limit.trigger, limit.due_on, limit.from_engine) == (date(2024, 10, 31),
                                                                date(2025, 2, 28), True)
    assert limit.steps == tuple(s.render("en") for s in engine[0].explanation)  # English form
    text = pdftotext(tmp_path / next(n for n in made.names if n.endswith(".pdf")))
    assert "Last day to lodge: 28 February 2025" in text
    # Past on the tests' today (27 November 2026): the draft does not claim to be in time.
    assert "lodged within the time limit" not in text
    assert any("ended on 28\u00a0Feb\u00a02025" in w for w in map(str, made.warnings))
    docx = docx_text(by_name(made)[next(n for n in made.names if n.endswith(".docx"))])
    assert "28 February 2025" in docx
    # A decision the file does not record: the same rule from the date given. 30 June 2025
    # + 4 months = 30 October 2025.
    given = pack(case_file, cid, final_decision=date(2025, 6, 30)).record.time_limit
    assert (given.due_on, given.from_engine) == (date(2025, 10, 30), False)


def test_sections_e_to_g_are_self_contained_and_counted(case_file: CaseFile,
                                                       tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    made = pack(case_file, cid, folder=tmp_path)
    text = pdftotext(tmp_path / next(n for n in made.names if n.endswith(".pdf")))
    facts = text[text.index("E. Statement of the facts"):text.index("F. Statement")]
    assert "captured on 12 March 2024 at Lachin corridor checkpoint" in facts
    assert "Article 279 part 1 of the Criminal Code" in facts
    assert "annex" not in facts.lower()  # nothing refers the Court elsewhere
    violations = text[text.index("F. Statement"):text.index("G. Compliance")]
    assert "Article 3 of the Convention" in violations
    assert "Article 5 § 1 of the Convention (right to liberty and security)" in violations
    assert "Article 6 of the Convention" in violations
    assert "Cassation decision (final) of Supreme Court, 31 October 2024" in text
    # the detention order and the appeal against it: every date in words, as the rest
    assert "Detention order (until 14 July 2024) of Nasimi District Court, 14 March 2024" in text
    assert "Appeal lodged against the order of 14 March 2024, 18 March 2024" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text[text.index("G. Compliance"):
                                                       text.index("H. Other international")])
    counts = {c.section: c for c in echr_counts(made.record)}
    assert set(counts) == {"E", "F", "G"} and counts["E"].pages_allowed == 3
    assert re.search(r"E\s+\d+\s+\d+\s+\d+\.\d / 3", text)
    assert "WGAD-REF-12" in text[text.index("H. Other international"):]


def test_a_document_of_another_captive_is_refused(case_file: CaseFile) -> None:
    cid = captive_with_case(case_file)
    other = captive_with_case(case_file, name="Հայկ Բաբայան", latin="Hayk Babayan")
    theirs = case_file.documents.create(captive_id=other, title="theirs",
                                        content=text_pdf("THEIR-TEXT is here"))
    with pytest.raises(ValidationError, match=f"Document {theirs.id} is not among"):
        pack(case_file, cid, document_ids=[theirs.id])


def test_the_case_file_is_never_written_over(case_file: CaseFile, db_path: Path) -> None:
    cid = captive_with_case(case_file)
    before = db_path.read_bytes()
    with pytest.raises(OutputRefused):
        pack(case_file, cid, folder=db_path)
    with pytest.raises(OutputRefused):
        filing_packs.un_pack(case_file, cid, body="wgad", level="internal", author="A",
                             lawyer=LAWYER, folder=Path(f"{db_path}-wal"))
    assert db_path.read_bytes() == before


def test_the_bundle_text_survives_pdf_reading(tmp_path: Path) -> None:
    """The stamp keeps the annex's own text extractable (checked with pdftotext)."""
    from caseapp.reports.filing_bundle import has_text_layer, stamp_pages

    stamped = stamp_pages(text_pdf("Մեղադրական եզրակացություն ANNEX-WORDS"), annex=3,
                          first_page=7)
    text = pdf_text_of(stamped, tmp_path)
    assert "ANNEX-WORDS" in text and "Annex 3 – page 7" in text
    assert has_text_layer(stamped) and not has_text_layer(scanned_pdf())


@pytest.mark.skipif(not ocr.readiness().ready, reason=ocr.readiness().message)
def test_a_scan_made_searchable_goes_into_the_bundle_as_its_text_pdf(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    scan = scan_pages.scanned_pdf()  # an Armenian court decision, as an image only
    doc = case_file.documents.create(captive_id=cid, title="Baku court decision",
                                     filename="decision.pdf", received_on="2024-04-01",
                                     content=scan)
    assert not [n for n in pack(case_file, cid).names if n.startswith("Annexes/")]
    case_file.ocr.make_searchable(doc.id)
    made = pack(case_file, cid)
    annexes = [f for f in made.files if f.name.startswith("Annexes/")]
    assert [f.name for f in annexes] == ["Annexes/01_2024-04-01_Baku_court_decision.pdf"]
    assert not any("needs OCR" in w for w in map(str, made.warnings))
    target = tmp_path / "annex.pdf"
    target.write_bytes(annexes[0].data)
    assert "Դատարանը" in pdftotext(target)  # the OCR'd words, extractable in the bundle
    assert case_file.documents.content(doc.id) == scan  # the original is kept as it was


def test_dates_known_only_roughly_are_pleaded_so(case_file: CaseFile, tmp_path: Path) -> None:
    """A birth date known approximately and a capture known to the month: "born on or about
    2 May 1971", "captured in March 2024" — never a made-up day, never "on about"."""
    cid = captive_with_case(case_file)
    case_file.captives.update(cid, birth="~1971-05-02", capture="2024-03")
    made = pack(case_file, cid, folder=tmp_path)
    text = " ".join(pdftotext(tmp_path / next(n for n in made.names if n.endswith(".pdf")))
                    .split())
    assert "born on or about 2 May 1971" in text
    assert "was captured in March 2024 at Lachin corridor checkpoint" in text
    assert "on about" not in text and "1 March 2024" not in text


def test_annexes_an_earlier_pack_left_in_the_folder_are_refused(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Strategy memo", received_on="2024-05-01",
                               content=text_pdf("INTERNAL-MARKER our strategy"),
                               sensitivity="internal")
    case_file.documents.create(captive_id=cid, title="Verdict", received_on="2024-08-20",
                               content=text_pdf("VERDICT text of the court"),
                               sensitivity="shareable")
    folder = tmp_path / "pack"
    pack(case_file, cid, folder=folder)  # the internal pack: the memo is annex 1
    pack(case_file, cid, folder=folder)  # made again the same: written over, as before
    before = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    # At the shareable level the verdict is annex 1: the memo's file would stay beside it
    # and be filed with the Court.
    with pytest.raises(ValidationError, match=r"already holds 2 files this pack does not "
                                              r"write \(01_2024-05-01_Strategy_memo\.pdf"):
        pack(case_file, cid, level="shareable", folder=folder)
    assert {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    made = pack(case_file, cid, level="shareable", folder=tmp_path / "empty")
    assert [n for n in made.names if n.startswith("Annexes/")] == [
        "Annexes/01_2024-08-20_Verdict.pdf"]


def test_a_scan_ocr_read_nothing_from_and_an_image_say_what_to_do(case_file: CaseFile) -> None:
    cid = captive_with_case(case_file)
    blank = case_file.documents.create(captive_id=cid, title="Blurred scan",
                                       received_on="2024-05-01", content=scanned_pdf())
    # OCR ran and kept its copy, but read no text (a blurred or faint scan).
    case_file.ocr.store(ocr.ReadScan(blank.id, blank.sha256, scanned_pdf(), "", "hye+rus"))
    photo = case_file.documents.create(captive_id=cid, title="Photo of the verdict",
                                       received_on="2024-05-02", filename="verdict.png",
                                       content=scan_pages.scanned_png())
    warnings = [str(w) for w in pack(case_file, cid).warnings]
    said = [w for w in warnings if f"Document {blank.id}" in w]
    assert len(said) == 1 and "OCR read no text from it" in said[0]
    assert "needs OCR" not in said[0]  # it had OCR: doing it again the same way is no help
    said = [w for w in warnings if f"Document {photo.id}" in w]
    assert len(said) == 1 and "is an image (image/png)" in said[0]
    assert "make it searchable (OCR)" in said[0]


def test_the_drafts_docx_properties_are_its_own(case_file: CaseFile) -> None:
    from datetime import datetime

    from docx import Document

    cid = captive_with_case(case_file)
    made = pack(case_file, cid)
    name = next(n for n in made.names if n.endswith(".docx"))
    props = Document(io.BytesIO(by_name(made)[name])).core_properties
    # Not python-docx's template: created 23 December 2013, "generated by python-docx".
    assert props.created is not None and props.created.replace(tzinfo=None) > datetime(2020, 1, 1)
    assert props.modified == props.created
    assert "python-docx" not in (props.comments or "")
    assert (props.author, props.last_modified_by) == ("A", "A")
    assert props.title.startswith("Application to the European Court of Human Rights")


def test_a_password_protected_annex_says_so_in_the_lawyers_language(case_file: CaseFile) -> None:
    from pypdf import PdfWriter

    from caseapp.domain.messages import text_of

    cid = captive_with_case(case_file)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("LOCKED decision text here"))))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    locked = case_file.documents.create(captive_id=cid, title="Locked", received_on="2024-05-01",
                                        content=buffer.getvalue())
    said = [w for w in pack(case_file, cid).warnings if f"Document {locked.id}" in str(w)]
    assert len(said) == 1
    assert "is protected by a password" in text_of(said[0], "en")
    assert "save it without the password" in text_of(said[0], "en")
    russian = text_of(said[0], "ru")
    assert "парол" in russian and "password" not in russian  # no English left in it


def test_a_file_named_annexes_in_the_folder_is_refused_in_one_line(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Verdict", received_on="2024-08-20",
                               content=text_pdf("VERDICT text of the court"))
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "Annexes").write_text("my notes")
    with pytest.raises(ValidationError, match=r"Annexes is a file, not a folder: the ECHR "
                                              r"application pack is a folder of files"):
        pack(case_file, cid, folder=folder)
    assert (folder / "Annexes").read_text() == "my notes"
    assert sorted(p.name for p in folder.iterdir()) == ["Annexes"]  # nothing written


def _facts(cf: CaseFile, cid: int, folder: Path) -> str:
    made = pack(cf, cid, folder=folder)
    text = pdftotext(folder / next(n for n in made.names if n.endswith(".pdf")))
    return " ".join(text[text.index("E. Statement of the facts"):
                         text.index("F. Statement")].split())


def test_hearings_still_to_come_are_pleaded_as_scheduled_and_a_release_as_the_end(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    today = case_file.ctx.today()
    extension, appeal = date(today.year + 1, 1, 28), date(today.year + 1, 2, 3)
    case_file.hearings.create(captive_ids=[cid], starts_at=f"{extension} 11:00",
                              timezone="Asia/Baku", court="Nasimi District Court",
                              kind="detention_extension")
    case_file.hearings.create(captive_ids=[cid], starts_at=f"{appeal} 10:00",
                              timezone="Asia/Baku", court="Baku Court of Appeal", kind="appeal")
    facts = _facts(case_file, cid, tmp_path / "held")
    assert "is held by the authorities of" in facts
    # a hearing not yet held is not a fact that happened "On 28 January"
    assert (f"A detention extension hearing is scheduled for {extension.day} January "
            f"{extension.year} before Nasimi District Court.") in facts
    assert f"An appeal hearing is scheduled for {appeal.day} February {appeal.year}" in facts
    assert f"On {extension.day} January {extension.year}" not in facts
    case_file.captives.set_status(cid, "released", effective_on=today.isoformat())
    facts = _facts(case_file, cid, tmp_path / "released")
    assert "is held by the authorities" not in facts
    assert f"was held by the authorities of Azerbaijan until {today.day} " in facts
    # the custody hearing after the release is moot; the appeal goes on
    assert "detention extension hearing is scheduled" not in facts
    assert f"scheduled for {appeal.day} February {appeal.year} before Baku Court of Appeal" in facts


def test_a_damaged_pdf_is_said_damaged_in_the_lawyers_words_not_the_pdf_readers(
        case_file: CaseFile) -> None:
    from caseapp.domain.messages import text_of

    cid = captive_with_case(case_file)
    for i, cut in enumerate((b"%PDF-1.4 cut off here", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF")):
        case_file.documents.create(captive_id=cid, title=f"Broken {i}", received_on="2024-08-20",
                                   filename="b.pdf", media_type="application/pdf", content=cut)
    made = pack(case_file, cid)
    said = [text_of(w, "en") for w in made.warnings if "cannot be read as a PDF" in text_of(w, "en")]
    assert len(said) == 2
    # pypdf's English ("Stream has ended unexpectedly", "startxref not found") went into the
    # warning and into a French or Armenian draft's checks before filing.
    assert all("damaged or incomplete" in s and "Stream" not in s and "startxref" not in s
               for s in said), said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_draft_without_the_lawyers_details_says_where_they_are_entered(
        case_file: CaseFile, lang: str) -> None:
    """Section C of a draft made before the lawyer's details were entered says so in words,
    not by a settings key ("lawyer_name and the rest")."""
    cid = captive_with_case(case_file)
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A",
                                  lawyer=LawyerProfile(), lang=lang)
    docx = docx_text(by_name(made)[next(n for n in made.names if n.endswith(".docx"))])
    assert "lawyer_name" not in docx
    assert {"en": "Lawyer's Details", "fr": "coordonnées de l’avocat"}[lang] in docx


@pytest.mark.parametrize(("reference", "odd"), [
    ("12345/24", False), ("application no. 12345/24", False),
    ("12345/24 and 12346/24", False),  # joined applications
    ("12345/2024", True), ("12345-24", True), ("1234524", True), ("to be assigned", True)])
def test_an_application_number_not_written_as_the_court_writes_it_is_warned_of(
        case_file: CaseFile, reference: str, odd: bool) -> None:
    """Section H gives the captive's earlier application as recorded: a number typed
    "12345/2024" or "12345-24" would go to the Court so, unless the lawyer is told."""
    cid = captive_with_case(case_file)
    case_file.international_proceedings.create(captive_id=cid, body="echr", kind="application",
                                               reference=reference, lodged_on="2024-03-01")
    warned = [w for w in map(str, pack(case_file, cid).warnings) if "application number" in w]
    assert bool(warned) is odd
    if odd:
        assert f"“{reference}”" in warned[0] and "12345/24" in warned[0]
