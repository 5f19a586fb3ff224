"""A pack made again into its folder never writes over a draft the lawyer has edited since:
the .docx is the draft to edit, and its name (the applicant and the day) is the same when the
pack is made again the same day."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from docx import Document

from caseapp.domain.errors import ValidationError
from caseapp.services import filing_packs
from caseapp.services.casefile import CaseFile
from tests.services.filing_data import LAWYER, captive_with_case


def _wgad(cf: CaseFile, cid: int, folder: Path) -> filing_packs.Pack:
    return filing_packs.un_pack(cf, cid, body="wgad", level="internal", author="A",
                                lawyer=LAWYER, folder=folder)


def test_a_draft_edited_since_the_pack_was_made_is_not_written_over(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    folder = tmp_path / "WGAD"
    made = _wgad(case_file, cid, folder)
    docx = folder / next(n for n in made.names if n.endswith(".docx"))
    pdf = folder / next(n for n in made.names if n.endswith(".pdf"))
    # The lawyer's afternoon of work, saved as Word saves it (a later "modified", revision 2).
    document = Document(str(docx))
    document.add_paragraph("LAWYERS-OWN-ARGUMENT on Article 9 of the Covenant")
    props = document.core_properties
    props.modified = props.created + timedelta(hours=3)
    props.revision = 2
    document.save(str(docx))
    edited, pdf_before = docx.read_bytes(), pdf.read_bytes()
    with pytest.raises(ValidationError, match="edited") as refused:
        _wgad(case_file, cid, folder)
    assert docx.name in str(refused.value)
    assert docx.read_bytes() == edited and pdf.read_bytes() == pdf_before
    # A draft as the app wrote it is made again over itself, as before.
    other = tmp_path / "other"
    _wgad(case_file, cid, other)
    assert _wgad(case_file, cid, other).saved_to == other


def test_a_file_in_a_drafts_place_that_is_no_draft_is_not_written_over(case_file: CaseFile,
                                                                       tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    folder = tmp_path / "WGAD"
    made = _wgad(case_file, cid, folder)
    docx = folder / next(n for n in made.names if n.endswith(".docx"))
    docx.write_bytes(b"not a Word file at all")
    with pytest.raises(ValidationError, match="edited"):
        _wgad(case_file, cid, folder)
    assert docx.read_bytes() == b"not a Word file at all"


def test_two_namesakes_packs_in_one_folder_each_keep_their_own_drafts(case_file: CaseFile,
                                                                        tmp_path: Path) -> None:
    """Two captives spelled alike in Latin letters (a father and son, two namesakes of one
    village): the drafts were named by the name and the day alone, so the second's pack
    made into the folder the lawyer files from replaced the first's PDF with his own. Each is
    now named apart by its record number; a captive without a namesake keeps the plain name."""
    first = captive_with_case(case_file, name="Արամ Պետրոսյան", latin="Aram Petrosyan")
    second = captive_with_case(case_file, name="Արամ Պետրոսյան", latin="Aram Petrosyan")
    alone = captive_with_case(case_file)
    folder = tmp_path / "Filings"
    one, two = _wgad(case_file, first, folder), _wgad(case_file, second, folder)
    assert not set(one.names) & set(two.names)
    assert all(f"_ID{first}_" in n for n in one.names)
    assert all(f"_ID{second}_" in n for n in two.names)
    for pack in (one, two):  # each file still holds the draft made for it
        for f in pack.files:
            assert (folder / f.name).read_bytes() == f.data
    assert all("_ID" not in n and "Gevorg_Sahakyan" in n for n in _wgad(case_file, alone, folder).names)


def test_a_namesake_the_pack_may_not_mention_leaves_its_name_plain(case_file: CaseFile,
                                                                   tmp_path: Path) -> None:
    """A shareable pack's file name told, by its record number, that the case file holds a
    namesake kept internal (or, in a public pack, one who withheld consent to publicity):
    only namesakes the pack's level may name set the drafts apart."""
    shown = captive_with_case(case_file, name="Արամ Պետրոսյան", latin="Aram Petrosyan",
                              publicity=True)
    kept = captive_with_case(case_file, name="Արամ Պետրոսյան", latin="Aram Petrosyan")
    case_file.captives.update(shown, sensitivity="public")
    case_file.captives.update(kept, sensitivity="internal")
    folder = tmp_path / "Filings"
    pack = filing_packs.un_pack(case_file, shown, body="wgad", level="shareable", author="A",
                                lawyer=LAWYER, folder=folder)
    assert all("_ID" not in n and "Aram_Petrosyan_" in n for n in pack.names)
    case_file.captives.update(kept, sensitivity="shareable")
    public = filing_packs.un_pack(case_file, shown, body="wgad", level="public", author="A",
                                  lawyer=LAWYER, folder=tmp_path / "Public")
    assert all("_ID" not in n for n in public.names)  # no consent: not to be mentioned
    again = filing_packs.un_pack(case_file, shown, body="wgad", level="shareable", author="A",
                                 lawyer=LAWYER, folder=tmp_path / "Again")
    assert all(f"_ID{shown}_" in n for n in again.names)
