"""The Rule 39 pack's warning about the Court's office hours and closing days, the UN drafts
(the WGEID one refused without the family's consent), and every pack at every level holding
nothing above it."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.domain.rule_files import load_rules
from caseapp.domain.strasbourg import rule39_arrival
from caseapp.services import filing_packs
from caseapp.services.casefile import CaseFile
from tests.services.filing_data import (
    LAWYER,
    captive_with_case,
    docx_text,
    pdf_text_of,
    text_pdf,
)

PARIS = ZoneInfo("Europe/Paris")
BAKU = ZoneInfo("Asia/Baku")


def rule39(cf: CaseFile, cid: int, at: datetime, **kw: object) -> filing_packs.Pack:
    return filing_packs.rule39_pack(cf, cid, level="internal", author="A", lawyer=LAWYER,
                                    sent_at=at, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("at", "warned", "handled"), [
    # Friday 4 December 2026, a minute before the 16:00 cut-off: dealt with at once.
    (datetime(2026, 12, 4, 15, 59, tzinfo=PARIS), False, ""),
    # A minute after it: Saturday and Sunday are not working days, so Monday 7 December.
    (datetime(2026, 12, 4, 16, 1, tzinfo=PARIS), True, "Monday, 7 December 2026 at 08:00"),
    # 18:59 in Baku is 15:59 in Strasbourg (UTC+4 against UTC+1 in winter): in time.
    (datetime(2026, 12, 4, 18, 59, tzinfo=BAKU), False, ""),
    # Good Friday 26 March 2027 is a public holiday in Alsace, Easter Monday 29 March a
    # French one: a request at 15:59 that Friday waits until Tuesday 30 March.
    (datetime(2027, 3, 26, 15, 59, tzinfo=PARIS), True, "Tuesday, 30 March 2027 at 08:00"),
    (datetime(2027, 3, 26, 16, 1, tzinfo=PARIS), True, "Tuesday, 30 March 2027 at 08:00"),
])
def test_rule39_warns_after_16_and_on_court_holidays(case_file: CaseFile, tmp_path: Path,
                                                    at: datetime, warned: bool,
                                                    handled: str) -> None:
    cid = captive_with_case(case_file)
    made = rule39(case_file, cid, at, folder=tmp_path)
    assert bool(made.warnings) is warned
    # the warning is shown in the user's language (English here), its days as CLDR writes them
    shown = [str(w).replace("\u00a0", " ") for w in made.warnings]
    if warned:
        assert f"dealt with from {handled}" in shown[0]
        assert "does not move any time limit" in shown[0]
    if at.month == 3 and at.hour == 15:
        assert "Good Friday" in shown[0]
    # The warning moves no deadline: the engine's ECHR deadline is as it was.
    assert [d.due_on.isoformat() for d in case_file.captive_file(cid).deadlines
            if d.rule_id == "echr.application"] == ["2025-02-28"]


def test_rule39_arrival_is_the_rules(tmp_path: Path) -> None:
    arrival = rule39_arrival(load_rules(), datetime(2026, 12, 4, 7, 30, tzinfo=PARIS))
    # Before 08:00 on a working day: the same day at 08:00.
    assert (arrival.in_office_hours, arrival.handled_from) == (
        False, datetime(2026, 12, 4, 8, 0, tzinfo=PARIS))


def test_the_rule39_request_and_fax_cover(case_file: CaseFile, tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    made = rule39(case_file, cid, datetime(2026, 12, 3, 11, 0, tzinfo=PARIS),
                  risk="Hunger strike since 20 November; RISK-FACTS.", contact_fax="+374 10 9")
    files = {f.name: f.data for f in made.files}
    cover = next(n for n in files if n.startswith("Rule39_fax_cover") and n.endswith(".pdf"))
    text = pdf_text_of(files[cover], tmp_path)
    assert "Rule 39 – Urgent" in text and "Anna Example" in text and "+374 10 123456" in text
    assert "Thursday 3 December 2026 at 11:00 Strasbourg time" in text
    request = next(n for n in files if n.startswith("Rule39_request") and n.endswith(".docx"))
    words = docx_text(files[request])
    assert "RISK-FACTS" in words and "Government of Azerbaijan" in words
    assert "Rule 39 – Urgent" in words


def test_rule39_needs_the_risk_and_a_contact(case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=[dict(full_name="Լևոն Ավագյան", is_primary=True)]).id
    at = datetime(2026, 12, 3, 11, 0, tzinfo=PARIS)
    with pytest.raises(ValidationError, match="facts of the imminent risk"):
        rule39(case_file, cid, at)
    with pytest.raises(ValidationError, match="contact person"):
        filing_packs.rule39_pack(case_file, cid, level="internal", author="A",
                                 lawyer=LAWYER.__class__(), sent_at=at, risk="x")


def test_the_wgeid_draft_is_refused_without_the_familys_consent(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    with pytest.raises(ValidationError, match="has not consented") as refused:
        filing_packs.un_pack(case_file, cid, body="wgeid", level="internal", author="A",
                             lawyer=LAWYER, folder=tmp_path / "un")
    assert refused.value.field == "consent_family_wgeid"
    assert not (tmp_path / "un").exists()
    case_file.captives.update(cid, consent_family_wgeid=True)
    made = filing_packs.un_pack(case_file, cid, body="wgeid", level="internal", author="A",
                                lawyer=LAWYER, folder=tmp_path / "un")
    pdf = next(f for f in made.files if f.name.endswith(".pdf"))
    text = pdf_text_of(pdf.data, tmp_path)
    for element in ("(a) The missing person", "(b) Date of the disappearance",
                    "(c) Place of arrest", "(d) Persons believed to be responsible",
                    "(e) Steps taken to locate", "(f) Source of the information"):
        assert element in text
    assert "On 12 March 2024" in text and "Lachin corridor checkpoint" in text
    assert "the family consents to this submission" in text


def test_the_wgad_draft_follows_the_model_questionnaire(case_file: CaseFile,
                                                        tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    made = filing_packs.un_pack(case_file, cid, body="wgad", level="internal", author="A",
                                lawyer=LAWYER)
    text = pdf_text_of(next(f.data for f in made.files if f.name.endswith(".pdf")), tmp_path)
    for section in ("I. Identity", "II. Arrest", "III. Detention", "IV. Circumstances",
                    "V. Why the deprivation of liberty is arbitrary", "VI. Domestic remedies",
                    "Person or organisation submitting"):
        assert section in text
    assert "Գևորգ Սահակյան" in text and "Геворг Саакян" in text
    assert "Article 279 part 1 of the Criminal Code" in text
    # every date in words, as the form's own dates ("12 March 2024"), none as 2024-10-31
    flat = " ".join(text.split())
    assert "Cassation of 31 October 2024 (Supreme Court): Cassation appeal dismissed" in flat
    assert "Nasimi District Court, 14 March 2024 (until 14 July 2024)" in flat
    assert "Appeal against the detention order of 14 March 2024 lodged on 18 March 2024" in flat
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", flat)


# ---- levels ---------------------------------------------------------------------------

MARKERS = {"public": "MARKPUBLIC", "shareable": "MARKSHAREABLE", "internal": "MARKINTERNAL"}


def _file_with_markers(cf: CaseFile) -> int:
    cid = captive_with_case(cf, publicity=True)
    cf.captives.update(cid, consent_family_wgeid=True, sensitivity="public",
                       capture_circumstances=f"Taken at night {MARKERS['internal']}",
                       field_levels={"capture_circumstances": "internal",
                                     "health": "internal"})
    stays = {"public": ("2024-03-13", "2024-04-01"), "shareable": ("2024-04-01", "2024-06-01"),
             "internal": ("2024-06-01", None)}
    for level, marker in MARKERS.items():
        cf.hearings.create(captive_ids=[cid], starts_at="2024-05-02 10:00", timezone="Asia/Baku",
                           court=f"Court {marker}", kind="appeal", outcome=f"Dismissed {marker}",
                           sensitivity=level)
        cf.detention_places.create(captive_id=cid, facility=f"Prison {marker}",
                                   from_date=stays[level][0], to_date=stays[level][1],
                                   sensitivity=level)
        cf.documents.create(captive_id=cid, title=f"Decision {marker}", received_on="2024-05-02",
                            content=text_pdf(f"The decision reads {marker} in full."),
                            sensitivity=level)
        cf.international_proceedings.create(captive_id=cid, body="un_hrc", kind="communication",
                                            reference=f"HRC {marker}", sensitivity=level)
    return cid


def _texts(made: filing_packs.Pack, tmp: Path) -> str:
    out = [" ".join(made.names), *map(str, made.warnings)]  # warnings are messages
    for i, f in enumerate(made.files):
        if f.name.endswith(".pdf"):
            out.append(pdf_text_of(f.data, tmp, f"f{i}.pdf"))
        else:
            out.append(docx_text(f.data))
    return "\n".join(out)


# The level line every page of a draft carries, in the draft's language.
LEVEL_LINES = {"en": {"public": "Printed at the PUBLIC level",
                      "shareable": "Printed at the SHAREABLE level",
                      "internal": "Printed at the INTERNAL level"},
               "fr": {"public": "Imprimé au niveau PUBLIC",
                      "shareable": "Imprimé au niveau TRANSMISSIBLE",
                      "internal": "Imprimé au niveau INTERNE"}}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("level", ["public", "shareable", "internal"])
def test_every_pack_holds_nothing_above_its_level(case_file: CaseFile, tmp_path: Path,
                                                  level: str, lang: str) -> None:
    cid = _file_with_markers(case_file)
    at = datetime(2026, 12, 3, 11, 0, tzinfo=PARIS)
    packs = [
        filing_packs.echr_pack(case_file, cid, level=level, author="A", lawyer=LAWYER, lang=lang),
        filing_packs.rule39_pack(case_file, cid, level=level, author="A", lawyer=LAWYER, sent_at=at,
                                 risk="Urgent medical care needed.", lang=lang),
        filing_packs.un_pack(case_file, cid, body="wgad", level=level, author="A", lawyer=LAWYER,
                             lang=lang),
        filing_packs.un_pack(case_file, cid, body="wgeid", level=level, author="A", lawyer=LAWYER,
                             lang=lang),
    ]
    allowed = {"public": ["public"], "shareable": ["public", "shareable"],
               "internal": ["public", "shareable", "internal"]}[level]
    for made in packs:
        assert made.level.value == level
        text = _texts(made, tmp_path)
        for marker_level, marker in MARKERS.items():
            assert (marker in text) is (marker_level in allowed), (made.kind, marker_level)
        for f in made.files:  # every draft, as PDF and as .docx, says its level
            if "/" not in f.name:
                one = (pdf_text_of(f.data, tmp_path, "one.pdf") if f.name.endswith(".pdf")
                       else docx_text(f.data))
                assert LEVEL_LINES[lang][level] in " ".join(one.split()), (f.name, lang)


@pytest.mark.parametrize(("lang", "stems", "fax_words"), [
    ("en", ("Rule39_request_", "Rule39_fax_cover_"), ("Fax", "fax number")),
    ("fr", ("Demande_article_39_", "Page_de_garde_article_39_"), ("Télécopie", "numéro de télécopie")),
])
def test_a_rule39_pack_without_a_fax_number_prints_no_fax_line(
        case_file: CaseFile, tmp_path: Path, lang: str, stems: tuple[str, str],
        fax_words: tuple[str, str]) -> None:
    """Without the sender's fax, the request printed "Fax   Not recorded in the case file at
    this level." (the fax is no record of the case file), and the cover printed the Court's
    fax line as the placeholder "[the Court's Rule 39 fax number, from its page on requests
    for interim measures]", which would be faxed as it is. Neither is printed now; a fax
    number given is printed on both."""
    cid = captive_with_case(case_file)
    at = datetime(2026, 12, 3, 11, 0, tzinfo=PARIS)
    without = rule39(case_file, cid, at, risk="RISK-FACTS.", lang=lang)
    given = rule39(case_file, cid, at, risk="RISK-FACTS.", lang=lang, contact_fax="+374 10 9")
    fax_label, placeholder = fax_words
    for made, fax in ((without, None), (given, "+374 10 9")):
        files = {f.name: f.data for f in made.files}
        for stem in stems:
            pdf = next(n for n in files if n.startswith(stem) and n.endswith(".pdf"))
            for text in (pdf_text_of(files[pdf], tmp_path), docx_text(files[pdf[:-4] + ".docx"])):
                lines = [" ".join(line.split()) for line in text.splitlines()]
                # "Fax", "Fax of the sender" (never the title "Fax cover sheet")
                fax_lines = [line for line in lines if re.match(rf"{fax_label}(?! cover)\b", line)]
                assert placeholder not in text and "[" not in "".join(fax_lines), stem
                if stem == stems[1]:  # the cover is faxed as printed: no bracketed fill-in
                    assert not re.search(r"\[[^\]]*\]", text), (stem, text)
                if fax is None:
                    assert fax_lines == [], (stem, fax_lines)
                else:
                    assert any(fax in line for line in fax_lines) or fax in text, stem
