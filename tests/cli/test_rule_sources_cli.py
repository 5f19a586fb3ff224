"""`rules list`, `rules compute` and `deadlines` give a rule's source in the language of
--lang (JSON keeps the English one and adds the language's); a rule file of the lawyer's
own without translations still loads and shows its source as written."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.rule_files import load_rules
from caseapp.services.casefile import open_case_file
from tests.domain.test_rule_sources import KEPT  # the Latin words a translated source keeps

SOURCE_WORD = {"ru": "Источник: ", "hy": "Աղբյուր՝ "}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def source_lines(out: str, lang: str) -> list[str]:
    return [line.strip().removeprefix(SOURCE_WORD[lang]) for line in out.splitlines()
            if line.strip().startswith(SOURCE_WORD[lang])]


# One rule of each file, counted in days, hours, months and by a cut-off time.
COMPUTED = [("az.cassation", "2024-01-31"), ("am.arrest.bring_before_judge", "2024-04-10T11:00+04:00"),
            ("echr.application", "2024-01-31"), ("echr.rule39", "2024-04-10T17:00+02:00"),
            ("geneva.pow_trial.notice", "2024-04-10"), ("un.wgad.government_reply", "2024-04-10"),
            ("az.detention.expiry", "2024-01-10")]


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize(("rule_id", "trigger"), COMPUTED)
def test_rules_compute_prints_no_english_source(lang: str, rule_id: str, trigger: str) -> None:
    params = ["--param", "term_months=2"] if rule_id == "az.detention.expiry" else []
    code, out, err = run("--lang", lang, "rules", "compute", rule_id, "--trigger", trigger, *params)
    assert code == 0, err
    rules = load_rules()
    shown = source_lines(out, lang)
    assert shown, out
    for deadline_source in shown:
        english = next(r.source for r in rules if r.text("source", lang) == deadline_source)
        assert deadline_source != english
        words = re.findall(r"[A-Za-z]+", deadline_source)
        assert not [w for w in words if w not in KEPT], deadline_source
    assert "CCrP" not in out and "Art." not in out and "as reported" not in out


def test_the_cassation_in_russian_cites_the_code_as_a_lawyer_does() -> None:
    code, out, _ = run("--lang", "ru", "rules", "compute", "az.cassation", "--trigger", "2024-01-31")
    assert code == 0
    assert ("Источник: УПК Азербайджанской Республики, ст. 410.1.1: кассационная жалоба — в "
            "течение одного месяца") in out
    code, out, _ = run("--lang", "ru", "rules", "compute", "az.cassation", "--trigger",
                       "2024-01-31", "--format", "json")
    [d] = json.loads(out)
    assert d["source"].startswith("AZ CCrP Art. 410.1.1")  # the English one is kept
    assert d["source_ru"].startswith("УПК Азербайджанской Республики, ст. 410.1.1")
    code, out, _ = run("--lang", "en", "rules", "compute", "az.cassation", "--trigger",
                       "2024-01-31", "--format", "json")
    assert "source_ru" not in json.loads(out)[0]


def test_rules_list_gives_each_source_in_the_language() -> None:
    code, out, _ = run("--lang", "hy", "rules", "list")
    assert code == 0
    assert "Աղբյուր՝ ՀՀ Սահմանադրություն, հոդված 27(4)" in out
    assert "Constitution of Armenia" not in out and "AZ CCrP" not in out
    code, out, _ = run("--lang", "ru", "rules", "list", "--format", "json")
    rules = {r["id"]: r for r in json.loads(out)["rules"]}
    assert rules["echr.application"]["source"].startswith("ECHR Art. 35 § 1")
    assert rules["echr.application"]["source_ru"].startswith("Конвенция, ст. 35 § 1")


def test_a_rule_file_of_ones_own_without_translations_shows_its_source_as_written(
        tmp_path: Path) -> None:
    def own_rule(rule_id: str, **sources: str) -> str:
        keys = "".join(f'{key} = "{value}"\n' for key, value in sources.items())
        return (f'[[rules]]\nid = "{rule_id}"\nversion = "1"\ntitle = "Reply due"\n'
                f'trigger = "verdict"\noffset = {{ amount = 3, unit = "calendar_days" }}\n{keys}')

    folder = tmp_path / "xdg-config" / "CaseApp" / "rules"  # the isolated config folder
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(
        own_rule("my.reply", source="Our office, rule 7")
        + own_rule("my.told", source="Our office, rule 8", source_ru="Наш офис, правило 8"),
        encoding="utf-8")
    code, out, err = run("--lang", "ru", "rules", "compute", "my.reply", "--trigger", "2024-03-04")
    assert code == 0, err
    assert "Источник: Our office, rule 7" in out
    code, out, err = run("--lang", "ru", "rules", "compute", "my.told", "--trigger", "2024-03-04")
    assert "Источник: Наш офис, правило 8" in out
    code, out, err = run("--lang", "hy", "rules", "list")
    assert code == 0 and "PROBLEM" not in out and "ԽՆԴԻՐ" not in out
    assert "Աղբյուր՝ Our office, rule 8" in out  # no Armenian given: as written


def test_deadlines_json_gives_the_rules_source_in_the_language(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:  # a cassation complaint due within the month: its source is the code's article
        aram = cf.captives.create(names=["Sargsyan Aram"], status="on_trial")
        cf.deadline_engine.from_rule(captive_id=aram.id, rule_id="az.cassation",
                                     trigger=date.today() - timedelta(days=3))
    finally:
        cf.close()
    code, out, err = run("--lang", "ru", "deadlines", "--db", str(db), "--within", "60",
                         "--format", "json")
    assert code == 0, err
    [d] = [x for x in json.loads(out) if x["rule_id"] == "az.cassation"]
    assert d["rule_source"].startswith("AZ CCrP Art. 410.1.1")
    assert d["rule_source_ru"].startswith("УПК Азербайджанской Республики, ст. 410.1.1")
