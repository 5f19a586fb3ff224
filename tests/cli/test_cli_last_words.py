"""What the command line printed in English or as stored values under Armenian and Russian:
the captives' list names each status and category in the language (``--format json`` keeps
the stored values), the dossier command names its level and the captive in the document's
script, and the letter command says what each missing value holds as the letter dialog does.

The expected lines are written out by hand as a native reader reads them; they need
``resources/translations/incoming/last-words.messages.json`` applied to the catalogues."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.services.casefile import CaseFile


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def file_with_aram(case_file: CaseFile) -> tuple[Path, str]:
    """One captive on trial, recorded in Armenian (primary), Cyrillic and Latin letters."""
    cid = case_file.captives.create(names=["Արամ Սարգսյան", "Арам Саргсян", "Aram Sargsyan"],
                                    capture="2023-09-20", status="on_trial",
                                    category="serviceman", sensitivity="shareable").id
    path = case_file.db.path
    case_file.close()
    return path, str(cid)


def test_the_captives_list_names_the_status_in_the_language(file_with_aram) -> None:
    path, cid = file_with_aram
    code, out, err = run("--lang", "ru", "captives", "list", "--db", str(path))
    assert code == 0, err
    [row] = out.splitlines()[2:-1]
    assert "Под судом" in row and "Военнослужащий / военнопленный" in row
    assert "on_trial" not in row and "serviceman" not in row
    code, out, _ = run("--lang", "hy", "captives", "list", "--db", str(path))
    [row] = out.splitlines()[2:-1]
    assert "Դատաքննության փուլում" in row and "on_trial" not in row
    code, out, _ = run("--lang", "ru", "captives", "list", "--format", "json", "--db", str(path))
    [record] = json.loads(out)
    assert (record["status"], record["category"]) == ("on_trial", "serviceman")  # for machines
    code, out, err = run("--lang", "ru", "captives", "show", cid, "--db", str(path))
    assert code == 0, err
    assert "Статус: Под судом" in out
    assert "Категория: Военнослужащий / военнопленный" in out and "on_trial" not in out


def test_the_dossier_command_names_the_level_and_the_captive_in_the_script(
        file_with_aram, tmp_path: Path) -> None:
    path, cid = file_with_aram
    target = tmp_path / "d.pdf"
    code, out, err = run("dossier", cid, "--level", "shareable", "-o", str(target), "--lang",
                         "ru", "--db", str(path))
    assert code == 0, err
    assert out.startswith(f"Досье пленного (Арам Саргсян) записано на уровне «для передачи» в {target} "
                          "(версия ")
    code, out, err = run("dossier", cid, "--level", "shareable", "-o", str(target), "--lang",
                         "hy", "--db", str(path))
    assert code == 0, err
    assert "Արամ Սարգսյան" in out and "փոխանցելի" in out
    assert "Aram" not in out and "shareable" not in out


def test_the_letter_command_says_what_a_missing_value_holds_in_the_language(
        file_with_aram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, cid = file_with_aram
    for var in ("NAME", "ORGANISATION", "ADDRESS", "BAR_NUMBER", "PHONE", "EMAIL", "CITY"):
        monkeypatch.delenv(f"CASEAPP_LAWYER_{var}", raising=False)
    code, out, err = run("--lang", "ru", "letter", "echr_rule39_cover_en", cid, "-o",
                         str(tmp_path / "l.docx"), "--db", str(path))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "respondent_state (Государство-ответчик)" in err
    assert "salutation (Строка приветствия)" in err
    assert "lawyer_name (Ваше имя (подпись))" in err
    # where the values can come from: an addressee, or the lawyer's details kept once
    assert "--to CONTACT_ID, --org ORGANISATION_ID или" in err
    assert "caseapp settings set lawyer_name" in err
    assert "the State" not in err and "addressee" not in err


def test_captives_show_names_every_value_and_day_in_the_language(demo_copy: Path) -> None:
    """The captive's file on the command line: kinds, statuses and channels by their labels,
    days as the language writes them, never a stored value or an ISO day."""
    code, out, err = run("--lang", "ru", "captives", "show", "1", "--db", str(demo_copy))
    assert code == 0, err
    dated = [line.split()[0].rstrip(",") for line in out.splitlines()
             if re.match(r"  \d", line)]
    assert len(dated) > 10  # orders, hearings, places, contacts, interventions, deadlines
    # every record's day as Russian writes it (the hearing's outcome is the lawyer's own text)
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", day) for day in dated), dated
    assert not re.search(r"\[(open|done|dismissed|sent|pending)\]", out)  # statuses by label
    assert "[Открыт]" in out and "Армянский" in out
    assert "Detention order expires" not in out  # the rule's title in Russian
