"""The letter command's refusal when values are missing ends in whole sentences in each
language: where the lawyer's own details are missing, the advice to keep them in the case
file is a sentence of its own. Glued to the list of options it read in Armenian
"… «caseapp settings set lawyer_name …» հրամանովով" (the "with" ending twice, no full stop).

Needs ``resources/translations/incoming/explore.messages.json`` applied to the catalogues."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import one_line, run


@pytest.fixture
def file_with_aram(case_file: CaseFile) -> tuple[Path, str]:
    cid = case_file.captives.create(names=["Արամ Սարգսյան"], capture="2023-09-20",
                                    status="on_trial", sensitivity="shareable").id
    path = case_file.db.path
    case_file.close()
    return path, str(cid)


@pytest.mark.parametrize(("lang", "ending"), [
    ("hy", "Կարող եք նաև ձեր տվյալները պահել գործի ֆայլում բոլոր նամակների համար՝ "
           "«caseapp settings set lawyer_name …» հրամանով։\n"),
    ("ru", "Можно также сохранить свои данные в файле дела для всех писем командой "
           "«caseapp settings set lawyer_name …».\n"),
    ("en", "You can also keep your details in the case file for every letter with "
           "“caseapp settings set lawyer_name …”.\n"),
])
def test_the_advice_to_keep_the_lawyers_details_is_a_sentence_of_its_own(
        file_with_aram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
        ending: str) -> None:
    path, cid = file_with_aram
    for var in ("NAME", "ORGANISATION", "ADDRESS", "BAR_NUMBER", "PHONE", "EMAIL", "CITY"):
        monkeypatch.delenv(f"CASEAPP_LAWYER_{var}", raising=False)
    code, out, err = run("--lang", lang, "letter", "ombudsman_visit_medical_hy", cid, "-o",
                         str(tmp_path / "l.docx"), "--db", str(path))
    assert code == 2 and out == "" and one_line(err)
    assert err.endswith(ending)
    assert "հրամանովով" not in err
    assert not (tmp_path / "l.docx").exists()


def test_without_the_lawyers_details_missing_the_refusal_ends_with_its_options(
        file_with_aram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, cid = file_with_aram
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Աննա Պետրոսյան")
    code, _, err = run("--lang", "hy", "letter", "ombudsman_visit_medical_hy", cid, "-o",
                       str(tmp_path / "l.docx"), "--db", str(path), "--set", "lawyer_block=X")
    assert code == 2 and one_line(err)
    assert err.endswith("--set salutation=…։\n")
    assert "settings set" not in err
