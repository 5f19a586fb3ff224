"""The ECHR application pack in French, one of the Court's two official languages: the
draft's sections as the French form names them, the facts, complaints and admissibility
paragraphs in French with French dates, the annex list and the annexes' page stamps in
French, the checks before filing and the time limit's steps in French, the level line on
every page in French; no English left but what the case file records; and nothing above the
level asked for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.errors import ValidationError
from caseapp.services import filing_packs
from caseapp.services.casefile import CaseFile
from tests.services.filing_data import (
    LAWYER,
    captive_with_case,
    docx_text,
    pdftotext,
    scanned_pdf,
    text_pdf,
)

# What captive_with_case records, in English: printed as recorded in a French draft too.
DATA = ("Lachin corridor checkpoint", "State Border Service", "Nasimi District Court",
        "Appeal dismissed", "Guilty: 8 years", "Cassation appeal dismissed", "Criminal Code",
        "Illegal armed groups", "Baku Grave Crimes Court", "Supreme Court", "State Security Service",
        "Diabetic; insulin withheld since October 2026.", "Armenia", "Verdict of the court",
        "Indictment", "Family letter", "Scanned decision", "WGAD-REF-12", "CASE-77/2024")
# The English draft's own words: none may be left in the French one.
ENGLISH = ("The applicant", "Application to the European Court", "Representative",
           "State against which", "Statement of", "Compliance with", "admissibility",
           "Exhaustion", "time limit", "Other international", "accompanying documents",
           "Checks before filing", "was captured", "was ordered", "was extended", "hearing",
           "Criminal proceedings", "of the Convention", "Field", "Value", "Date of birth",
           "Nationality", "Final domestic decision", "Last day to lodge", "Printed at",
           "Page 1 of", "left out of the bundle", "needs OCR", "Annex ", "until", "words",
           "characters", "form's space", "trigger", "working day", "None recorded",
           "prepared on", " v. ", "Sex")


def _french_pack(cf: CaseFile, folder: Path, **kw: object) -> filing_packs.Pack:
    return filing_packs.echr_pack(cf, kw.pop("cid"), level=kw.pop("level", "internal"),  # type: ignore[arg-type]
                                  author="A", lawyer=LAWYER, folder=folder, lang="fr", **kw)  # type: ignore[arg-type]


def _without_data(text: str) -> str:
    flat = " ".join(text.split())
    for recorded in DATA:
        flat = flat.replace(recorded, " ")
    return flat


def test_a_french_echr_pack(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Verdict of the court",
                               received_on="2024-08-20",
                               content=text_pdf("VERDICT p1 text here", "VERDICT p2 text here"))
    case_file.documents.create(captive_id=cid, title="Indictment", received_on="2024-06-01",
                               content=text_pdf("INDICTMENT p1 text"))
    case_file.documents.create(captive_id=cid, title="Scanned decision", received_on="2024-07-01",
                               content=scanned_pdf())
    case_file.documents.create(captive_id=cid, title="Family letter", received_on="2024-07-02",
                               filename="letter.txt", content=b"a letter", media_type="text/plain")
    made = _french_pack(case_file, tmp_path, cid=cid)
    draft = next(n for n in made.names if n.endswith(".pdf") and "/" not in n)
    text = pdftotext(tmp_path / draft)
    flat = " ".join(text.split())
    for section in ("A. Le requérant", "C. Représentant",
                    "D. État contre lequel la requête est dirigée", "E. Exposé des faits",
                    "G. Respect des critères de recevabilité",
                    "Épuisement des voies de recours internes", "Le délai (article 35 § 1)",
                    "I. Liste des documents joints", "Vérifications avant l’introduction"):
        assert section in flat, section
    assert "Requête devant la Cour européenne des droits de l’homme — projet" in flat
    assert "Gevorg Sahakyan c. Azerbaïdjan" in flat
    assert "Le requérant, Gevorg Sahakyan, civil, né le 2 mai 1971" in flat
    assert "Le requérant a été capturé le 12 mars 2024 à Lachin corridor checkpoint" in flat
    assert "droit à la liberté et à la sûreté" in flat  # Article 5's French title
    # the four-month time limit from the cassation of 31 October 2024, with French steps
    assert "Décision interne définitive : 31 octobre 2024" in flat.replace("\u00a0", " ")
    assert "Dernier jour pour introduire la requête : 28 février 2025" in flat.replace(
        "\u00a0", " ")
    assert "point de départ" in flat and "Source" in flat
    # the annex list: the indictment (1 June) annex 1, the verdict (20 August) annex 2
    assert re.search(r"1\s+01/06/2024\s+Indictment\s+1", text)
    assert re.search(r"2\s+20/08/2024\s+Verdict of the court\s+2–3", text)
    # the checks before filing: the scan and the letter, in French
    assert "numérisation sans couche de texte" in flat and "n’est pas un PDF" in flat
    # every page: the level line and the page count in French
    assert "Imprimé au niveau INTERNE" in flat and "Page 1 sur" in flat
    left = [w for w in ENGLISH if w in _without_data(text)]
    assert left == [], left
    # the annexes' page stamps, in French
    verdict = PdfReader(tmp_path / "Annexes" / "02_2024-08-20_Verdict_of_the_court.pdf")
    stamps = [page.extract_text() for page in verdict.pages]
    assert "Annexe 2 – page 2" in stamps[0] and "Annexe 2 – page 3" in stamps[1]
    assert not any("Annex 2" in s for s in stamps)
    # the .docx for editing: French too, with the level in its header
    docx = docx_text(made.files[[f.name for f in made.files].index(
        draft.replace(".pdf", ".docx"))].data)
    assert "Imprimé au niveau INTERNE" in docx and "E. Exposé des faits" in docx
    assert [w for w in ENGLISH if w in _without_data(docx)] == []
    # the warnings as the pack gives them to the window and the command line: their own
    # messages (said in the user's language there)
    assert any("needs OCR" in str(w) for w in made.warnings)


def test_a_french_pack_of_a_woman_says_la_requerante(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file, name="Անահիտ Դավթյան", latin="Anahit Davtyan")
    case_file.captives.update(cid, sex="female")
    made = _french_pack(case_file, tmp_path, cid=cid)
    text = " ".join(pdftotext(tmp_path / made.names[0]).split())
    assert "A. La requérante" in text and "La requérante a été capturée le 12 mars 2024" in text
    assert "née le 2 mai 1971" in text and "Le requérant" not in text


def test_a_french_pack_at_the_shareable_level_holds_nothing_internal(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="INTERNAL-DOCUMENT-MARKER",
                               received_on="2024-06-01", sensitivity="internal",
                               content=text_pdf("INTERNAL-CONTENT-MARKER"))
    made = _french_pack(case_file, tmp_path, cid=cid, level="shareable")
    text = " ".join(pdftotext(tmp_path / made.names[0]).split())
    assert "Imprimé au niveau TRANSMISSIBLE" in text
    for name in made.names:
        data = (tmp_path / name).read_bytes()
        assert b"INTERNAL-DOCUMENT-MARKER" not in data and b"INTERNAL-CONTENT-MARKER" not in data
    assert "INTERNAL-DOCUMENT-MARKER" not in text
    assert "Diabetic" not in text  # the captive's health is internal


def test_a_draft_in_another_language_is_refused_before_anything_is_written(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    with pytest.raises(ValidationError, match="English or French"):
        filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                               folder=tmp_path / "pack", lang="de")
    assert not (tmp_path / "pack").exists()


def test_a_french_packs_drafts_are_named_in_french_and_in_ascii(case_file: CaseFile,
                                                              tmp_path: Path) -> None:
    """The French draft was "ECHR_application_Gevorg_Sahakyan_….pdf" beside a draft headed
    « Requête devant la Cour européenne des droits de l'homme ». It is named in French, in the
    plain ASCII the Court's eComms portal takes (no « ê »), as short as the English one's."""
    cid = captive_with_case(case_file, latin="Gevorg Sahakyan/../..: \u202eÉlodie " + "x" * 200)
    made = _french_pack(case_file, tmp_path / "fr", cid=cid)
    drafts = sorted(n for n in made.names if "/" not in n)
    day = made.record.dossier.generated_on.isoformat()
    assert [Path(n).suffix for n in drafts] == [".docx", ".pdf"]
    for name in drafts:
        assert re.fullmatch(rf"Requete_CEDH_Gevorg_Sahakyan(_[A-Za-z0-9]+)*_{day}\.(pdf|docx)",
                            name), name
        assert name.isascii() and len(name) <= 80
        assert (tmp_path / "fr" / name).is_file()
    english = filing_packs.echr_pack(case_file, cid, level="internal", author="A",
                                     lawyer=LAWYER)
    assert all(n.startswith("ECHR_application_Gevorg_Sahakyan_")
               for n in english.names if "/" not in n)


def test_a_french_packs_split_annex_is_named_in_french_and_in_ascii(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    """A split annex of a French pack was named "…_Part_1.pdf", "…_Part_2.pdf" beside the
    French draft; it is « …_Partie_1.pdf » now, still plain ASCII under the portal's size
    limit, every page once; the English pack keeps "Part"."""
    from caseapp.reports.filing_bundle import stamp_pages
    from tests.services.filing_data import bulky_pdf

    cid = captive_with_case(case_file)
    big = bulky_pdf(6)
    font = len(stamp_pages(bulky_pdf(1), annex=1, first_page=1)) - len(bulky_pdf(1))
    limit = len(big) // 3 + font
    case_file.documents.create(captive_id=cid, title="Procès-verbal d'audience",
                               received_on="2024-07-01", content=big)
    made = _french_pack(case_file, tmp_path / "fr", cid=cid, max_bytes=limit)
    parts = [n for n in made.names if n.startswith("Annexes/")]
    assert len(parts) >= 3
    assert parts == [f"Annexes/01_2024-07-01_Proces_verbal_d_audience_Partie_{i}.pdf"
                     for i in range(1, len(parts) + 1)]
    for name in parts:
        assert name.isascii() and len((tmp_path / "fr" / name).read_bytes()) <= limit
    text = "".join(pdftotext(tmp_path / "fr" / p) for p in parts)
    assert re.findall(r"PAGE-MARK-(\d)", text) == ["1", "2", "3", "4", "5", "6"]
    # Section I lists the parts by the names they are filed under.
    draft = next(n for n in made.names if n.endswith(".pdf") and "/" not in n)
    listed = " ".join(pdftotext(tmp_path / "fr" / draft).split())
    english = filing_packs.echr_pack(case_file, cid, level="internal", author="A",
                                     lawyer=LAWYER, max_bytes=limit)
    assert [n for n in english.names if n.startswith("Annexes/")] == [
        p.replace("_Partie_", "_Part_") for p in parts]
    assert "_Part_" not in listed


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_length_table_groups_its_counts_as_the_checks_below_it_do(
        case_file: CaseFile, tmp_path: Path, lang: str) -> None:
    """The table of section lengths printed "2131" and "22796" (« 22796 » in French) where
    the checks before filing, a page later, say "2,131 words, 22,796 characters" (« 2 131
    mots, 22 796 caractères »): the table groups digits as the draft's language does now."""
    cid = captive_with_case(case_file)
    case_file.captives.update(cid, capture_circumstances=" ".join(["w" * 10] * 2000))
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  folder=tmp_path, lang=lang)
    draft = next(n for n in made.names if n.endswith(".pdf") and "/" not in n)
    text = " ".join(pdftotext(tmp_path / draft).replace("\u00a0", " ").split())
    counted = next(c for c in filing_packs.echr_counts(made.record, lang) if c.section == "E")
    assert counted.words > 2000 and counted.characters > 22000
    group = " " if lang == "fr" else ","
    shown_words = format(counted.words, ",").replace(",", group)
    shown_chars = format(counted.characters, ",").replace(",", group)
    # the table's row: "E 2,131 22,796 6.0 / 3 — over"
    assert re.search(rf"\bE {re.escape(shown_words)} {re.escape(shown_chars)} ", text), (
        shown_words, shown_chars)
    assert str(counted.characters) not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_paragraph_sign_stays_with_its_numbers(case_file: CaseFile, tmp_path: Path,
                                                 lang: str) -> None:
    """The French draft's check « par exemple « 3, 5 § 1, 5 § 4 » » printed « 5 § » at the
    end of a line and « 4) » on the next, which reads as another article. An article's
    number, its paragraph sign and the paragraph are held together by no-break spaces, in
    the PDF and the .docx, in both languages."""
    # a captive whose ECHR proceeding records no article: the check names the example
    cid = case_file.captives.create(names=[dict(full_name="Aram Example", is_primary=True)],
                                    status="held").id
    made = filing_packs.echr_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                  folder=tmp_path, lang=lang)
    stem = next(n for n in made.names if n.endswith(".docx") and "/" not in n)
    words = docx_text((tmp_path / stem).read_bytes())
    assert "35\u00a0§\u00a01" in words  # the time limit's heading: Article 35 § 1
    assert "5\u00a0§\u00a01, 5\u00a0§\u00a04" in words  # the check for the missing articles
    assert not re.search(r"\d §|§ \d", words)
    pdf = pdftotext(tmp_path / stem.replace(".docx", ".pdf"))
    assert not [line for line in pdf.splitlines() if line.rstrip().endswith("§")]
