"""A letter names the addressee the lawyer chose, whatever their level; kept among the
captive's documents, its copy was stored at the letter's level, so a shareable letter to an
internal contact put that contact's name and address into every shareable output that
carries documents (a shareable travel copy held it, readable once unlocked). The kept copy
is stored at the strictest of the letter's level and its addressee's, and the lawyer is told."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from caseapp.domain.enums import Sensitivity
from caseapp.reports.letter_templates import find_template
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.output_files import keep
from caseapp.services.travel_copy import make_travel_copy
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER

PASSPHRASE = "olive lantern river seven"


def _words(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return b"".join(z.read(n) for n in z.namelist())


def _letter(cf: CaseFile, *, contact_id: int | None = None,
            organisation_id: int | None = None) -> outputs.Output:
    captive = cf.captives.create(names=["Aram Petrosyan"], capture="2023-09-27",
                                 sensitivity="shareable", consent_publicity=True)
    template = find_template("icrc_request_en")
    assert template.level is Sensitivity.SHAREABLE
    missing = outputs.letter_missing_fields(cf, template, captive.id, lawyer=LAWYER,
                                            contact_id=contact_id,
                                            organisation_id=organisation_id)
    return outputs.letter(cf, template, captive.id, lawyer=LAWYER, contact_id=contact_id,
                          organisation_id=organisation_id,
                          extra={n: "-" for n, _ in missing})


def test_a_shareable_letter_to_an_internal_contact_is_kept_internal(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    cf = case_file
    org = cf.organisations.create(name="ICRC Baku", kind="icrc", sensitivity="shareable")
    person = cf.contacts.create(organisation_id=org.id, name="Leyla Informant",
                                address="12 Hidden Lane", sensitivity="internal")
    letter = _letter(cf, contact_id=person.id)
    assert b"Leyla Informant" in _words(letter.data)  # named: she was chosen
    kept = keep(cf, letter)
    assert kept.document.sensitivity is Sensitivity.INTERNAL
    assert str(kept.notice) == ("The copy is kept at the internal level, not the letter's "
                                "shareable level: it names an addressee marked internal.")
    # a shareable travel copy no longer carries it
    make_travel_copy(cf, tmp_path / "travel.db", level="shareable", passphrase=PASSPHRASE)
    travel = open_case_file_at(tmp_path / "travel.db")
    try:
        carried = [travel.documents.content(d.id) for d in travel.documents.list()]
    finally:
        travel.close()
    assert [d for d in carried if b"Leyla Informant" in _words(d)] == []


def test_a_letter_to_an_internal_organisation_is_kept_internal(case_file: CaseFile) -> None:
    org = case_file.organisations.create(name="Family of the captive", kind="family",
                                         sensitivity="internal")
    kept = keep(case_file, _letter(case_file, organisation_id=org.id))
    assert kept.document.sensitivity is Sensitivity.INTERNAL
    assert kept.notice is not None


@pytest.mark.parametrize("addressee", ["shareable", "public"])
def test_a_letter_to_an_addressee_at_or_below_its_level_is_kept_at_its_level(
        case_file: CaseFile, addressee: str) -> None:
    org = case_file.organisations.create(name="ICRC Baku", kind="icrc", sensitivity=addressee)
    person = case_file.contacts.create(organisation_id=org.id, name="Desk officer",
                                       sensitivity=addressee)
    kept = keep(case_file, _letter(case_file, contact_id=person.id))
    assert kept.document.sensitivity is Sensitivity.SHAREABLE
    assert kept.notice is None


def open_case_file_at(path: Path) -> CaseFile:
    from caseapp.config import Location

    return open_case_file(Location(path=path), passphrase=PASSPHRASE, actor="t",
                          today=lambda: TODAY)


def test_the_command_line_says_where_the_copy_is_kept(db_path: Path, case_file: CaseFile,
                                                      tmp_path: Path) -> None:
    from tests.cli.cli_run import run

    cf = case_file
    captive = cf.captives.create(names=["Aram Petrosyan"], capture="2023-09-27",
                                 sensitivity="shareable", consent_publicity=True)
    org = cf.organisations.create(name="ICRC Baku", kind="icrc", sensitivity="shareable")
    person = cf.contacts.create(organisation_id=org.id, name="Leyla Informant",
                                sensitivity="internal")
    cf.close()
    code, out, err = run("letter", "icrc_request_en", str(captive.id), "--to", str(person.id),
                         "--set", "lawyer_block=Anna", "--set", "lawyer_name=Anna",
                         "--set", "lawyer_city=Yerevan", "--set", "captive_birth_date=-",
                         "--set", "captive_citizenship=-", "--set", "capture_place=-",
                         "--set", "capturing_authority=-", "--set", "detention_place=-",
                         "--set", "last_contact_date=-", "--keep",
                         "-o", str(tmp_path / "letter.docx"), "--db", str(db_path))
    assert code == 0, err
    assert ("The copy is kept at the internal level, not the letter's shareable level: it "
            "names an addressee marked internal.") in out
