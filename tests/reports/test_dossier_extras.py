"""What an embassy or the ECHR needs in a dossier (issue 10 §8), each item at its record's
level: the representative, the ECHR essentials, one chronology, co-defendants of shared
hearings, pre-trial custody against the maximum, notes; and the layout defects found
(long names in the running header, words split in narrow columns, the name bookmark beside
a photo)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from caseapp.reports.dossier import render_dossier
from caseapp.reports.fonts import SANS, register_fonts
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import LAWYER, outline_titles, pdf_text


@dataclass
class Case:
    cf: CaseFile
    cid: int


@pytest.fixture
def case(case_file: CaseFile) -> Case:
    cf = case_file
    c = cf.captives.create(
        names=[dict(full_name="Սուրեն Ղուկասյան", language="hy", is_primary=True)],
        capture="2024-03-01", capture_place="Lachin road", status="pre_trial",
        status_since="2024-03-02", consent_publicity=True, sensitivity="public")
    friend = cf.captives.create(names=[dict(full_name="Գոռ Մելիքյան", is_primary=True)],
                                sensitivity="shareable")
    hidden = cf.captives.create(names=[dict(full_name="Լևոն ԳԱՂՏՆԻ", is_primary=True)],
                                sensitivity="internal")
    cf.international_proceedings.create(
        captive_id=c.id, body="echr", kind="application", reference="12345/24",
        lodged_on="2024-06-03", communicated_on="2025-02-11", status="communicated",
        notes="Complaints under Articles 3, 5 § 4 and 6 of the Convention.",
        sensitivity="public")
    cf.international_proceedings.create(
        captive_id=c.id, body="echr", kind="rule_39", reference="12345/24",
        lodged_on="2024-03-05", status="granted", sensitivity="internal")
    cf.hearings.create(captive_ids=[c.id, friend.id, hidden.id], starts_at="2025-05-14T10:00",
                       timezone="Asia/Baku", kind="trial_session", court="Baku Grave Crimes Court",
                       outcome="Adjourned", sensitivity="public")
    cf.detention_orders.create(captive_id=c.id, ordering_court="Sabail District Court",
                               decided_on="2024-03-03", start_date="2024-03-03", term_months=4,
                               sensitivity="public")
    cf.notes.create(captive_id=c.id, title="Call with the mother", body="NOTE-INTERNAL-77",
                    sensitivity="internal")
    return Case(cf, c.id)


def _pdf(case: Case, level: str, **kw: object) -> list[str]:
    dossier = build_dossier(case.cf, case.cid, level=level, lawyer=LAWYER, **kw)
    return [" ".join(p.split()) for p in pdf_text(render_dossier(dossier))]


def test_cover_has_representative_and_echr_essentials(case: Case) -> None:
    cover = _pdf(case, "internal", statutory_max_days=365)[0]
    for expected in ("Anna Example", "Example Law Office", "1 Demo Street", "AM-1234",
                     "+374 00 000000", "anna@example.org", "Representative",
                     "12345/24", "Granted (requested 5 March 2024)", "3, 5 § 4, 6",
                     "11 February 2025", "Suren Ghukasyan"):
        assert expected in cover, expected
    # 1 March 2024 to 27 November 2026: 1,001 days, 636 over a maximum of 365.
    assert "1,001 days, since 1 March 2024: 636 days MORE than the maximum of 365 days" in cover


def test_pre_trial_custody_without_a_maximum_only_counts(case: Case) -> None:
    cover = _pdf(case, "internal")[0]
    assert "1,001 days, since 1 March 2024" in cover and "maximum" not in cover


@pytest.mark.parametrize("now", ["held", "repatriated"])
def test_custody_with_no_charge_known_is_not_called_pre_trial(case_file: CaseFile, now: str
                                                              ) -> None:
    """A civilian held with no charge known (no detention order, never charged), still held or
    since repatriated: the cover says her days in custody, never "Pre-trial detention" beside
    "Held, no charges known"."""
    c = case_file.captives.create(names=["Lilit Hakobyan"], capture="2020-11-09", status="held",
                                  status_since="2020-11-09")
    if now != "held":
        case_file.captives.set_status(c.id, now, effective_on="2021-02-03")
    cover = _pdf(Case(case_file, c.id), "internal", statutory_max_days=365)[0]
    assert "Days in custody" in cover
    assert "Pre-trial detention" not in cover


def test_custody_charged_after_capture_is_pre_trial_after_release(case_file: CaseFile) -> None:
    """Held, then charged, then released: the pre-trial row stays, up to the release."""
    c = case_file.captives.create(names=["Ashot Yeghiazaryan"], capture="2024-05-27",
                                  status="held", status_since="2024-05-27")
    case_file.captives.set_status(c.id, "pre_trial", effective_on="2024-06-01")
    case_file.captives.set_status(c.id, "released", effective_on="2024-12-18")
    cover = _pdf(Case(case_file, c.id), "internal")[0]
    assert "Pre-trial detention 205 days, 27 May 2024 to 18 December 2024" in cover


def test_chronology_merges_every_kind_in_date_order(case: Case) -> None:
    text = " ".join(_pdf(case, "internal"))
    chrono = text[text.index("Chronology", text.index("Key facts")):text.index("Capture and legal")]
    order = ["1 Mar 2024 Captured Lachin road",
             "3 Mar 2024 Detention order (initial) until 3 Jul 2024 Sabail District Court",
             "5 Mar 2024 ECHR: Rule 39 request 12345/24",
             "3 Jun 2024 ECHR: Application 12345/24",
             "11 Feb 2025 ECHR: Communicated to the Government 12345/24",
             "14 May 2025, 10:00 Baku Hearing: trial session Baku Grave Crimes Court — Adjourned"]
    positions = [chrono.index(x) for x in order]
    assert positions == sorted(positions)


def test_internal_items_stay_out_of_a_shareable_dossier(case: Case) -> None:
    internal = " ".join(_pdf(case, "internal"))
    shareable = " ".join(_pdf(case, "shareable"))
    assert "NOTE-INTERNAL-77" in internal and "NOTE-INTERNAL-77" not in shareable
    assert "Rule 39" in internal and "Rule 39" not in shareable
    assert "Gor Melikyan" in internal and "Gor Melikyan" in shareable
    assert "Levon GAGHTNI" in internal and "GAGHTNI" not in shareable
    assert "1 other, not named at this level" in shareable


def test_public_dossier_carries_no_echr_dates_and_names_no_one_without_consent(case: Case
                                                                               ) -> None:
    pages = _pdf(case, "public")
    public = " ".join(pages)
    cover = pages[0]
    chrono = public[public.index("Chronology", public.index("Key facts")):
                    public.index("Capture and legal")]
    assert "12345/24" in cover and "3, 5 § 4, 6" in cover
    assert "11 February 2025" not in cover and "Communicated" not in cover
    assert "Captured" in chrono and "ECHR" not in chrono and "2025, 10:00" in chrono
    assert "Melikyan" not in public and "2 others, not named at this level" in public
    assert "Anna Example" in public  # the representative is not case data


def test_long_name_header_does_not_run_into_the_date(case_file: CaseFile) -> None:
    name = ("Aleksandr-Konstantin Ter-Hovhannisyan-Mkrtchyan Vardanyan-Ghazaryan "
            "Khachatryan-Petrosyan Abrahamyan-Melkonyan Arakelyan")
    assert len(name) == 120
    c = case_file.captives.create(names=[dict(full_name=name, language="en",
                                              kind="transliteration", is_primary=True)])
    data = render_dossier(build_dossier(case_file, c.id, level="internal"))
    page = PdfReader(io.BytesIO(data)).pages[1]
    top: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() and tm[5] > 780:  # the running header line of an A4 page
            top.append((tm[4], text.strip()))
    page.extract_text(visitor_text=visit)
    (left_x, left), (right_x, right) = sorted(top)[0], sorted(top)[-1]
    assert right.startswith("Dossier")
    assert left.endswith("…") and left.startswith("Aleksandr-Konstantin")
    register_fonts()
    assert left_x + stringWidth(left, SANS, 8) < right_x - 10


def test_id_numbers_and_words_are_not_split_in_narrow_columns(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=[dict(full_name="Արամ Սարգսյան", is_primary=True)])
    case_file.identity_documents.create(captive_id=c.id, kind="Military identification card",
                                        number="AZ-MIL-00000012345678", issuer="Ministry")
    case_file.detention_orders.create(captive_id=c.id, ordering_court="Khatai District Court",
                                      decided_on="2024-01-10", start_date="2024-01-10",
                                      term_months=4, appeal_outcome="Unsatisfied")
    text = " ".join(pdf_text(render_dossier(build_dossier(case_file, c.id, level="internal"))))
    for whole in ("AZ-MIL-00000012345678", "identification", "Unsatisfied", "10 Jan 2024"):
        assert whole in text, whole


def test_name_is_a_bookmark_also_beside_a_photo(case_file: CaseFile) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (60, 80), (90, 90, 90)).save(buf, format="PNG")
    c = case_file.captives.create(names=[dict(full_name="Մարիամ Ավագյան", is_primary=True)],
                                  photo=buf.getvalue(), photo_media_type="image/png")
    data = render_dossier(build_dossier(case_file, c.id, level="internal"))
    assert outline_titles(data)[0] == "Mariam Avagyan"


def test_representative_comes_from_the_lawyer_settings_by_default(
        case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Hasmik Example")
    monkeypatch.setenv("CASEAPP_LAWYER_BAR_NUMBER", "AM-0042")
    cover = " ".join(pdf_text(render_dossier(build_dossier(case.cf, case.cid,
                                                           level="public")))[0].split())
    assert "Representative" in cover and "Hasmik Example" in cover and "AM-0042" in cover
    monkeypatch.delenv("CASEAPP_LAWYER_NAME")
    monkeypatch.delenv("CASEAPP_LAWYER_BAR_NUMBER")
    cover = pdf_text(render_dossier(build_dossier(case.cf, case.cid, level="public")))[0]
    assert "Representative" not in cover  # no details set: no empty block


def test_a_hearings_notes_are_printed_beside_its_outcome(case_file: CaseFile) -> None:
    """The dossier printed a hearing's outcome or, without one, its notes: a hearing with
    both lost its notes ("the prosecutor asked to add the medical report") in every
    dossier, though they are at the hearing's own level and printed when no outcome is."""
    c = case_file.captives.create(names=[dict(full_name="Արամ Սարգսյան", is_primary=True)])
    case_file.hearings.create(captive_ids=[c.id], starts_at="2025-05-14T10:00",
                              timezone="Asia/Baku", kind="trial_session", court="Baku Court",
                              outcome="Adjourned to 2 June",
                              notes="Prosecutor asked to add the medical report",
                              sensitivity="shareable")  # shared by choice: notes are internal
    text = " ".join(" ".join(p.split()) for p in pdf_text(
        render_dossier(build_dossier(case_file, c.id, level="shareable"))))
    assert "Adjourned to 2 June" in text
    assert "Prosecutor asked to add the medical report" in text


def test_a_detention_orders_and_a_documents_notes_are_printed_at_their_level(
        case_file: CaseFile, tmp_path: Path) -> None:
    """The dossier printed neither a detention order's notes ("the order's copy came from the
    family; the court's seal is missing") nor an annexed document's: both are printed now, at
    the record's own level, and left out with it below that level."""
    c = case_file.captives.create(names=[dict(full_name="Արամ Սարգսյան", is_primary=True)],
                                  sensitivity="public", consent_publicity=True)
    case_file.detention_orders.create(captive_id=c.id, start_date="2025-03-01", term_months=4,
                                      notes="Copy from the family; the seal is missing",
                                      sensitivity="shareable")
    scan = tmp_path / "order.pdf"
    scan.write_bytes(b"%PDF-1.4 the order")
    case_file.documents.add_file(scan, captive_id=c.id, title="Order of 1 March",
                                 notes="Received by fax, page 2 unreadable",
                                 sensitivity="shareable")

    def dossier(level: str, lang: str = "en") -> str:
        return " ".join(" ".join(p.split()) for p in pdf_text(
            render_dossier(build_dossier(case_file, c.id, level=level), lang=lang)))
    shareable = dossier("shareable")
    assert ("Notes on the detention order (initial) of 1 Mar 2025 Copy from the "
            "family; the seal is missing") in shareable
    assert "Received by fax, page 2 unreadable" in shareable
    public = dossier("public")
    assert "seal is missing" not in public and "page 2 unreadable" not in public
    assert "Примечания к постановлению о заключении под стражу" in dossier("shareable", "ru")
