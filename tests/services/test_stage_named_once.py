"""A case setting set for a stage names the stage once, as the captives' status it is: in
Armenian never «դատաքննության փուլում» փուլի համար ("for the stage «at the trial stage»"),
in Russian not «на стадии «удерживается, обвинение неизвестно»»; in the History tab, the
dashboard's recent changes, `caseapp check` (the entry's summary) and the lines
`caseapp settings set|reset --stage` prints."""

from __future__ import annotations

import re

import pytest

from caseapp.domain.messages import text_of
from caseapp.services.casefile import CaseFile
from caseapp.services.setting_summary import setting_summary
from caseapp.services.setting_values import STAGES
from tests.cli.cli_run import run

SAID = {
    "ru": {"held": "для пленных со статусом «удерживается, обвинение неизвестно»",
           "pre_trial": "для пленных со статусом «в предварительном заключении»",
           "on_trial": "для пленных со статусом «под судом»"},
    "hy": {"held": "՝ «պահվում է, մեղադրանք հայտնի չէ» կարգավիճակ ունեցող գերիների համար",
           "pre_trial": "՝ «նախնական կալանքի տակ» կարգավիճակ ունեցող գերիների համար",
           "on_trial": "՝ «դատաքննության փուլում» կարգավիճակ ունեցող գերիների համար"},
}
STAGE_WORDS = {"ru": r"стади", "hy": r"փուլ"}


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("stage", STAGES)
def test_a_stages_setting_names_the_stage_once(case_file: CaseFile, lang: str,
                                               stage: str) -> None:
    with case_file.ctx.read() as s:
        said = text_of(setting_summary(s, "custody_max_days", f"stage:{stage}"), lang)
    assert said.endswith(SAID[lang][stage]), said
    assert len(re.findall(STAGE_WORDS[lang], said)) <= 1, said
    assert not re.search(r"»-", said), said  # no case ending on the quoted status


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_command_lines_stage_lines_name_it_once(case_file: CaseFile, lang: str) -> None:
    db = case_file.db.path
    case_file.close()
    code, set_line, err = run("--lang", lang, "settings", "set", "custody_max_days", "300",
                              "--stage", "on_trial", "--db", str(db))
    assert code == 0, err
    code, reset_line, err = run("--lang", lang, "settings", "reset", "custody_max_days",
                                "--stage", "on_trial", "--db", str(db))
    assert code == 0, err
    for line in (set_line, reset_line):
        assert SAID[lang]["on_trial"].lstrip("՝ ") in line, line
        assert len(re.findall(STAGE_WORDS[lang], line)) <= 1, line
