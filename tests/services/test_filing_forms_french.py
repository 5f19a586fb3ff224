"""The Rule 39 request, its fax cover and the UN working groups' drafts in French, a working
language of the Court and of the UN bodies: the Court's French terms (« Article 39 –
Urgent », « mesure provisoire », « article 39 du règlement de la Cour »), « le requérant » or
« la requérante » by the captive's sex, French dates and the Strasbourg time as French writes
it, the level line and the page numbers in French on every page and in the .docx; no English
left but what the case file records."""

from __future__ import annotations

import re
import string
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.reports.filing_words import FRENCH_ONLY, LEFT_OUT_IN_FRENCH, WORDS
from caseapp.services import filing_packs
from caseapp.services.casefile import CaseFile
from tests.services.filing_data import LAWYER, captive_with_case, docx_text, pdf_text_of

PARIS = ZoneInfo("Europe/Paris")
NB = "\u00a0"
# What captive_with_case records, in English: printed as recorded in a French draft too.
DATA = ("Lachin corridor checkpoint", "State Border Service", "Nasimi District Court",
        "Appeal dismissed", "Guilty: 8 years", "Cassation appeal dismissed", "Criminal Code",
        "Illegal armed groups", "Baku Grave Crimes Court", "Supreme Court", "Armenia",
        "Diabetic; insulin withheld since October 2026.", "Example Law Office")
# The English drafts' own words: none may be left in the French ones.
ENGLISH = ("Rule 39", "Urgent request", "Request for", "interim measure:", "Strasbourg time",
           "applicant", "Applicant", "Respondent State", "Current place", "Contact person",
           "Telephone", "imminent risk", "measure asked", "Domestic decisions", "Documents "
           "enclosed", "Not recorded", "Field", "Answer", "Fax cover", "To ", "From",
           "Sent", "Concerning", "What is asked", "Why it is urgent", "Appeal against",
           " of the ", "Article 279", " part 1", "Hearing", "Verdict of", "Cassation of",
           "Printed at", "Page 1 of", " v. ", "Working Group", "Identity", "Arrest",
           "Detention", "Date of", "Place of", "Nationality", "Sex", "Category", "days on",
           "Legislation", "Reasons", "Circumstances", "arbitrary", "remedies",
           "Submitted by", "Consent", "questionnaire to be", "missing person",
           "disappearance", "believed", "Steps taken", "Source of", "Confidentiality",
           "power of attorney", "family consents", "Government of", "his or her",
           "Thursday", "December", "March", "October", " at 11:00", "Azerbaijan")


def _english_in(text: str) -> list[str]:
    """The English words left in ``text`` (whole words: « Sexe » is not "Sex")."""
    flat = _without_data(text)
    return [w for w in ENGLISH if re.search(rf"(?<!\w){re.escape(w.strip())}(?!\w)", flat)]


def _without_data(text: str) -> str:
    flat = " ".join(text.replace(NB, " ").split())
    for recorded in DATA:
        flat = flat.replace(recorded, " ")
    return flat


def _texts(made: filing_packs.Pack, tmp: Path, stem: str) -> tuple[str, str]:
    """The PDF's and the .docx's text of the pack's draft whose name starts with ``stem``."""
    files = {f.name: f.data for f in made.files}
    pdf = next(n for n in files if n.startswith(stem) and n.endswith(".pdf"))
    return (pdf_text_of(files[pdf], tmp, pdf), docx_text(files[pdf.replace(".pdf", ".docx")]))


def _flat(text: str) -> str:
    return " ".join(text.replace(NB, " ").split())


def _rule39(cf: CaseFile, cid: int, **kw: object) -> filing_packs.Pack:
    return filing_packs.rule39_pack(cf, cid, level=kw.pop("level", "internal"), author="A",  # type: ignore[arg-type]
                                    lawyer=LAWYER, sent_at=datetime(2026, 12, 3, 11, 0, tzinfo=PARIS),
                                    lang="fr", **kw)  # type: ignore[arg-type]


def test_a_french_rule39_request_and_fax_cover(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    made = _rule39(case_file, cid, contact_fax="+374 10 9")
    pdf, docx = _texts(made, tmp_path, "Demande_article_39_")
    flat = _flat(pdf)
    assert "Article 39 – Urgent" in flat
    assert ("Demande de mesure provisoire : Gevorg Sahakyan c. Azerbaïdjan · parvenant à la "
            "Cour le jeudi 3 décembre 2026 à 11 h 00, heure de Strasbourg") in flat
    for heading in ("1. Le requérant et son représentant",
                    "2. Le risque imminent de dommage irréparable", "3. La mesure demandée",
                    "4. Décisions internes et démarches entreprises (les plus récentes)",
                    "5. Documents joints"):
        assert heading in flat, heading
    assert "Le requérant est détenu depuis le 12 mars 2024." in flat
    assert "du lieu où se trouve le requérant et de son état de santé." in flat
    # the usual measure, in the Court's French words
    assert ("Le requérant demande à la Cour d’indiquer au Gouvernement défendeur (Azerbaïdjan), "
            "en vertu de l’article 39 du règlement de la Cour") in flat
    # the domestic steps with French dates
    assert ("Appel contre l’ordonnance de détention du 14 mars 2024 formé le 18 mars 2024 : "
            "Appeal dismissed") in flat
    assert "Audience (pourvoi en cassation) du 31 octobre 2024 (Supreme Court)" in flat
    # every page and the .docx: the level line and the page count in French
    assert "Imprimé au niveau INTERNE" in flat and "Page 1 sur" in flat
    assert "Imprimé au niveau INTERNE" in docx and "Article 39 – Urgent" in docx
    for text in (pdf, docx):
        assert _english_in(text) == []

    pdf, docx = _texts(made, tmp_path, "Page_de_garde_article_39_")
    flat = _flat(pdf)
    assert "Page de garde de télécopie" in flat
    assert "Cour européenne des droits de l’homme, greffe — Mesures provisoires (article 39)" in flat
    assert "jeudi 3 décembre 2026 à 11 h 00, heure de Strasbourg" in flat
    assert "Télécopie de l’expéditeur" in flat and "+374 10 9" in flat
    assert "Imprimé au niveau INTERNE" in flat and "Page 1 sur" in flat
    for text in (pdf, docx):
        assert _english_in(text) == []


def test_a_french_rule39_request_of_a_woman_says_la_requerante(case_file: CaseFile,
                                                               tmp_path: Path) -> None:
    cid = captive_with_case(case_file, name="Անահիտ Դավթյան", latin="Anahit Davtyan")
    case_file.captives.update(cid, sex="female")
    pdf, _docx = _texts(_rule39(case_file, cid), tmp_path, "Demande_article_39_")
    flat = _flat(pdf)
    assert "1. La requérante et son représentant" in flat
    assert "La requérante est détenue depuis le 12 mars 2024." in flat
    assert "que la requérante reçoive des soins médicaux appropriés" in flat
    assert "puissent la rencontrer" in flat
    assert "requérant " not in flat and "détenu " not in flat


def test_a_french_wgad_communication(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    # held since 2020: a custody of more than a thousand days
    case_file.captives.update(cid, consent_power_of_attorney=True, capture="2020-01-10")
    made = filing_packs.un_pack(case_file, cid, body="wgad", level="internal", author="A",
                                lawyer=LAWYER, lang="fr")
    pdf, docx = _texts(made, tmp_path, "GTDA_communication_")
    flat = _flat(pdf)
    assert "Groupe de travail sur la détention arbitraire — communication (projet)" in flat
    for section in ("I. Identité", "II. Arrestation", "III. Détention",
                    "IV. Circonstances de l’arrestation et de la détention",
                    "V. Raisons pour lesquelles la privation de liberté est arbitraire",
                    "VI. Recours internes et autres démarches entreprises",
                    "Personne ou organisation qui soumet les informations"):
        assert section in flat, section
    assert "Date de l’arrestation 10 janvier 2020" in flat
    assert "article 279, partie 1, Criminal Code (Illegal armed groups)" in flat
    assert "Nasimi District Court, 14 mars 2024 (jusqu’au 14 juillet 2024)" in flat
    assert "Audience (jugement) du 20 août 2024 (Baku Grave Crimes Court)" in flat
    assert "procuration au dossier" in flat and "Non enregistré dans le dossier" in flat
    # a number of days grouped as French groups digits (« 2 130 jours »), never « 2130 »
    assert re.search(r"Durée de la détention \d{1,3} \d{3} jours au \d+ \w+ 20\d\d", flat)
    assert "Imprimé au niveau INTERNE" in flat and "Page 1 sur" in flat
    assert "Imprimé au niveau INTERNE" in docx
    for text in (pdf, docx):
        assert _english_in(text) == []


def test_a_french_wgeid_case(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.captives.update(cid, consent_family_wgeid=True)
    made = filing_packs.un_pack(case_file, cid, body="wgeid", level="internal", author="A",
                                lawyer=LAWYER, lang="fr")
    pdf, docx = _texts(made, tmp_path, "GTDFI_cas_")
    flat = _flat(pdf)
    assert ("Groupe de travail sur les disparitions forcées ou involontaires — cas (projet)"
            in flat)
    for element in ("a) La personne disparue", "b) Date de la disparition",
                    "c) Lieu de l’arrestation ou de l’enlèvement",
                    "d) Personnes présumées responsables",
                    "e) Mesures prises pour retrouver la personne", "f) Source des informations"):
        assert element in flat, element
    assert "Le 12 mars 2024." in flat and "la famille consent à cette communication" in flat
    assert "Imprimé au niveau INTERNE" in flat and "Page 1 sur" in flat
    for text in (pdf, docx):
        assert _english_in(text) == []


@pytest.mark.parametrize("body", ["rule39", "wgad"])
def test_a_draft_in_a_language_the_court_does_not_work_in_is_refused_before_writing(
        case_file: CaseFile, tmp_path: Path, body: str) -> None:
    cid = captive_with_case(case_file)
    with pytest.raises(ValidationError, match="English or French") as refused:
        if body == "rule39":
            filing_packs.rule39_pack(case_file, cid, level="internal", author="A", lawyer=LAWYER,
                                     sent_at=datetime(2026, 12, 3, 11, 0, tzinfo=PARIS),
                                     folder=tmp_path / "out", lang="hy")
        else:
            filing_packs.un_pack(case_file, cid, body=body, level="internal", author="A",
                                 lawyer=LAWYER, folder=tmp_path / "out", lang="ru")
    assert refused.value.field == "lang"
    assert not (tmp_path / "out").exists()


# Words French spells as English does (and the fax cover's line to fill in by hand).
SAME_IN_FRENCH = {"col_section", "col_date", "col_document", "pages_col", "organisation",
                  "full_stop", "decision", "wgeid_subtitle", "number"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_word_of_the_filing_drafts_is_in_english_and_in_french_alike(
) -> None:
    english, french = WORDS["en"], WORDS["fr"]
    assert set(english) == set(french), set(english) ^ set(french)
    for key, text in english.items():
        wanted = _fields(text) - LEFT_OUT_IN_FRENCH.get(key, set())
        assert _fields(french[key]) - FRENCH_ONLY == wanted, key
        assert not _fields(text) & FRENCH_ONLY, key
        # French words, not English left over (a few are spelled alike: « Section », « Date »)
        assert french[key] != text or key in SAME_IN_FRENCH, key


def test_the_french_wgeid_case_sets_list_letters_and_semicolons_as_french_does(
        case_file: CaseFile, tmp_path: Path) -> None:
    """The French WGEID draft broke a line between a list letter and its item (« f) » at the
    end of a line, « source » on the next) and wrote « au dossier; la famille » with no space
    before the semicolon. French binds « a) » to its words with a no-break space and puts a
    no-break space before « ; » and « : », in the PDF and in the .docx."""
    cid = captive_with_case(case_file)
    case_file.captives.update(cid, consent_family_wgeid=True, consent_power_of_attorney=True)
    made = filing_packs.un_pack(case_file, cid, body="wgeid", level="internal", author="A",
                                lawyer=LAWYER, lang="fr")
    pdf, docx = _texts(made, tmp_path, "GTDFI_cas_")
    # No line of the PDF ends with a list letter, nor starts with a lone semicolon.
    lines = [line.strip() for line in pdf.splitlines()]
    assert not [line for line in lines if re.search(r"(^|\s)[a-f]\)$", line)], lines
    assert not [line for line in lines if line.startswith(";")]
    for letter, words in zip("abcdef", ("La personne disparue", "Date de la disparition",
                                        "Lieu de l’arrestation", "Personnes présumées",
                                        "Mesures prises", "Source des informations"),
                             strict=True):
        assert f"{letter}){NB}{words}" in docx, letter
    assert f"f){NB}source{NB}; soumis par la famille" in docx
    assert f"procuration au dossier{NB}; la famille consent" in docx
    assert not re.search(r"\S;", docx)
