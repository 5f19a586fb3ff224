"""A small case file made for the redaction tests, and the shared demo opened once per session."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.config import Location
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of

ARMENIAN = "Տիգրան Վարդանյան"
CYRILLIC = "Тигран Варданян"
LATIN = "Tigran Vardanyan"
AZERBAIJANI = "Rəşad Dağlı"  # defence counsel: ə, ş, ğ
JUDGE = "Şəhla Ağayeva"
SECRET = "SECRET"  # every internal value below contains it

LAWYER = LawyerProfile(name="Anna Example", organisation="Example Law Office",
                       address="1 Demo Street\nYerevan 0010", bar_number="AM-1234",
                       phone="+374 00 000000", email="anna@example.org", city="Yerevan")


@dataclass
class Small:
    cf: CaseFile
    captive_id: int
    contact_id: int
    public_doc: str
    shareable_doc: str
    internal_doc: str


@pytest.fixture
def small(case_file: CaseFile) -> Small:
    """A shareable captive with an internal field (health), internal records (a place, a
    visit, a document, an intervention) and records at each lower level."""
    cf = case_file
    c = cf.captives.create(
        names=[dict(full_name=ARMENIAN, language="hy", is_primary=True),
               dict(full_name=LATIN, language="en", kind="transliteration"),
               dict(full_name=CYRILLIC, language="ru", kind="transliteration")],
        birth="1979-03-14", capture="2023-09-27", capture_place="Lachin checkpoint",
        capturing_authority="State Border Service", status="pre_trial",
        summary="Taken off an evacuation bus.", current_asks="Release pending trial.",
        health=f"{SECRET}-HEALTH diabetes", citizenship="Armenia",
        sensitivity="shareable", field_levels={"health": "internal"})
    cf.detention_places.create(captive_id=c.id, facility=f"{SECRET} Site 9",
                               from_date="2023-09-27", to_date="2023-09-29",
                               sensitivity="internal")
    cf.detention_places.create(captive_id=c.id, facility="Baku Pre-trial Detention Centre No. 1",
                               address="3 Example Street, Baku", from_date="2023-09-29")
    cf.welfare_contacts.create(captive_id=c.id, contact_on="2026-10-01", kind="icrc_visit",
                               notes=f"{SECRET}-VISIT said he was beaten", sensitivity="internal")
    cf.welfare_contacts.create(captive_id=c.id, contact_on="2026-09-01", kind="family_letter",
                               source="Red Cross message", sensitivity="shareable")
    p = cf.prosecutions.create(captive_id=c.id, case_number="DEMO-1302/2023",
                               court="Baku Grave Crimes Court", judge=JUDGE,
                               defence_counsel=AZERBAIJANI, counsel_kind="chosen")
    cf.charges.create(prosecution_id=p.id, code="Criminal Code", article="279", part="1",
                      title="Creation of armed formations")
    cf.hearings.create(captive_ids=[c.id], starts_at="2026-12-10T11:00", timezone="Asia/Baku",
                       kind="trial_session", court="Baku Grave Crimes Court", judge=JUDGE)
    cf.international_proceedings.create(captive_id=c.id, body="echr", kind="application",
                                        reference="23334/24", lodged_on="2024-02-24",
                                        status="communicated")
    org = cf.organisations.create(name="ICRC Delegation in Baku", kind="icrc",
                                  address="1 Example Street, Baku")
    person = cf.contacts.create(organisation_id=org.id, name="Claire Demoulin",
                                role="Protection delegate")
    cf.interventions.create(made_on="2026-11-01", contact_id=person.id, subject=f"{SECRET} ask",
                            captive_ids=[c.id], sensitivity="internal")
    cf.interventions.create(made_on="2026-11-02", contact_id=person.id, subject="Visit request",
                            captive_ids=[c.id], sensitivity="shareable")
    docs = {}
    for level in ("public", "shareable", "internal"):
        title = f"{SECRET}-DOC memo" if level == "internal" else f"{level.capitalize()} exhibit"
        docs[level] = cf.documents.create(captive_id=c.id, title=title, filename=f"{level}.txt",
                                          content=f"{level} bytes".encode(),
                                          sensitivity=level).sha256
    return Small(cf, c.id, person.id, docs["public"], docs["shareable"], docs["internal"])


@pytest.fixture(scope="session")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> CaseFile:
    """The shared demo (tests/conftest.py), opened once for every read-only test here."""
    path = copy_of(demo_template, tmp_path_factory.mktemp("demo") / "demo.db")
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


def demo_id(cf: CaseFile, latin: str) -> int:
    return next(c.id for c in cf.captives.list() if c.latin_name == latin)


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def outline_titles(data: bytes) -> list[str]:
    def walk(items: list) -> list[str]:
        out: list[str] = []
        for item in items:
            out.extend(walk(item) if isinstance(item, list) else [item.title])
        return out
    return walk(PdfReader(io.BytesIO(data)).outline)


def pdf_metadata(data: bytes) -> dict[str, str]:
    return {k: str(v) for k, v in (PdfReader(io.BytesIO(data)).metadata or {}).items()}


def docx_text(data: bytes | Path) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)
