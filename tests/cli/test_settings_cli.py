"""``caseapp settings show|set|reset``: the case settings as a user types them, and the issue's
"done when": with the procedure set to Armenia through the command line, the same order and
verdict give the same deadlines whether recorded through the services the command line
uses or through a JSON import (the GUI's path: tests/ui/test_case_settings_gui.py)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

# One captive held under an order of two months from 2 October 2026, convicted on
# 20 November 2026 at 11:00 in Yerevan (07:00 UTC).
ORDER = {"start_date": "2026-10-02", "term_months": 2, "term_days": 0}
VERDICT = {"starts_at": "2026-11-20 11:00", "timezone": "Asia/Yerevan",
           "court": "Court of First Instance of Syunik", "kind": "verdict",
           "outcome": "Convicted: 8 years"}
# Under the Armenian procedure (resources/rules/armenia.toml): the appeal against the verdict
# is due one month later, 20 December 2026 (a Sunday, not moved: the rule's roll to the next
# working day is unverified and CaseApp never moves such a date later). The order expires on
# its stored expiry, 2 December (a Wednesday), under any procedure (the court set it), and
# sets off the motion to extend 5 Armenian working days before it: 1 Dec, 30 Nov, 27, 26,
# 25 Nov (no holiday between) → Wednesday 25 November. am.detention.appeal needs the appeal
# term, and no Azerbaijani extension step applies.
EXPECTED_AM = {("az.detention.expiry", date(2026, 12, 2)),
               ("am.verdict.appeal", date(2026, 12, 20)),
               ("am.detention.extension_request", date(2026, 11, 25))}
# Under the Azerbaijani procedure (the default) the same facts give: the order expires on
# 2 December (2 October + 2 months); the extension steps come 10, 7 and 5 days before it;
# the verdict's appeal is due 20 days after it, 10 December (AZ CCrP Art. 384).
EXPECTED_AZ = {("az.detention.expiry", date(2026, 12, 2)),
               ("az.detention.extension_upstream_10", date(2026, 11, 22)),
               ("az.detention.extension_upstream_7", date(2026, 11, 25)),
               ("az.detention.extension_request", date(2026, 11, 27)),
               ("az.verdict.appeal", date(2026, 12, 10))}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def opened(db: Path) -> CaseFile:
    return open_case_file(Location(path=db), actor="tester", today=lambda: TODAY)


def record_order_and_verdict(cf: CaseFile) -> int:
    cid = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial",
                             capture="2026-10-01").id
    cf.detention_orders.create(captive_id=cid, **ORDER)
    cf.hearings.create(captive_ids=[cid], **VERDICT)
    return cid


def cli_deadlines(db: Path) -> set[tuple[str, date]]:
    """The open deadlines as ``caseapp deadlines --format json`` lists them."""
    code, out, err = run("deadlines", "--within", "365", "--format", "json", "--db", str(db))
    assert code == 0, err
    return {(d["rule_id"], date.fromisoformat(d["due_on"])) for d in json.loads(out)}


def export_of_order_and_verdict() -> dict[str, Any]:
    """The same facts as an export written by hand, as older CaseApps wrote them (no
    ``case_settings`` and no deadlines: the importing file computes them)."""
    captive, name, order, hearing = (f"5e771265-0000-4000-8000-00000000000{i}" for i in range(4))
    return {"format": "caseapp-export", "format_version": 1, "tables": {
        "captives": [{"uid": captive, "status": "pre_trial", "capture_date": "2026-10-01",
                      "capture_date_precision": "exact", "consent_publicity": False}],
        "captive_names": [{"uid": name, "captive_uid": captive, "full_name": "Արմեն Վարդանյան",
                           "script": "Armn", "language": "hy", "kind": "native",
                           "is_primary": True}],
        "detention_orders": [{"uid": order, "captive_uid": captive, "start_date": "2026-10-02",
                              "term_months": 2, "term_days": 0, "expires_on": "2026-12-02",
                              "kind": "initial"}],
        "hearings": [{"uid": hearing, "starts_at": "2026-11-20T07:00:00+00:00",
                      "timezone": "Asia/Yerevan", "kind": "verdict",
                      "court": VERDICT["court"], "outcome": VERDICT["outcome"]}],
        "hearing_captives": [{"hearing_uid": hearing, "captive_uid": captive}],
    }}


@pytest.fixture
def new_db(tmp_path: Path):
    def make(name: str) -> Path:
        path = tmp_path / name
        assert run("init", "--no-encrypt", "--db", str(path))[0] == 0
        return path
    return make


def test_the_procedure_set_on_the_command_line_gives_the_same_deadlines_every_way(
        new_db, tmp_path: Path) -> None:
    # Control: the default procedure gives the Azerbaijani deadlines.
    control = new_db("control.db")
    cf = opened(control)
    try:
        record_order_and_verdict(cf)
    finally:
        cf.close()
    assert cli_deadlines(control) == EXPECTED_AZ

    # Recorded through the services the command line opens.
    direct = new_db("direct.db")
    code, out, err = run("settings", "set", "procedure", "am", "--db", str(direct))
    assert (code, err) == (0, "") and out.startswith("procedure = Armenia (am).")
    cf = opened(direct)
    try:
        record_order_and_verdict(cf)
    finally:
        cf.close()
    assert cli_deadlines(direct) == EXPECTED_AM

    # Imported from an export that carries no settings of its own.
    imported = new_db("imported.db")
    assert run("settings", "set", "procedure", "am", "--db", str(imported))[0] == 0
    export = tmp_path / "order.json"
    export.write_text(json.dumps(export_of_order_and_verdict(), ensure_ascii=False), "utf-8")
    code, _, err = run("import", str(export), "--db", str(imported))
    assert code == 0, err
    assert cli_deadlines(imported) == EXPECTED_AM

    # And the file recorded under Azerbaijani rules, switched to Armenia afterwards.
    assert run("settings", "set", "procedure", "am", "--db", str(control))[0] == 0
    assert cli_deadlines(control) == EXPECTED_AM


@pytest.mark.parametrize(("argv", "words"), [
    (("set", "jurisdiction", "am"), "There is no case setting “jurisdiction”"),
    (("set", "procedure", "france"), "Case setting “procedure” cannot be “france”"),
    (("set", "welfare_threshold_days", "ten"), "“welfare_threshold_days” cannot be “ten”"),
    (("set", "custody_max_days", "-5", "--captive", "1"), "“custody_max_days” cannot be “-5”"),
    (("set", "procedure", "am", "--stage", "pre_trial"), "“procedure” applies to the whole"),
    (("set", "custody_max_days", "400", "--captive", "77"), "There is no captive with ID 77"),
    (("set", "custody_max_days", "400", "--charge", "Art. 214"),
     "“Art. 214” can never match a charge: give its article, then its part after a dot"),
    (("set", "custody_max_days", "400", "--charge", "214..2"), "“214..2” can never match"),
    (("set", "custody_max_days", "400", "--charge", "214(2"), "“214(2” can never match"),
    (("reset", "nonsense"), "There is no case setting “nonsense”"),
    (("set", "procedure"), "the following arguments are required: VALUE"),
])
def test_a_bad_key_or_value_is_one_line_and_exit_2(new_db, argv: tuple[str, ...],
                                                   words: str) -> None:
    db = new_db("case.db")
    before = run("settings", "show", "--format", "json", "--db", str(db))[1]
    code, out, err = run("settings", *argv, "--db", str(db))
    assert code == 2 and out == ""
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert run("settings", "show", "--format", "json", "--db", str(db))[1] == before


def test_a_custody_maximum_for_one_captive_changes_only_that_captive(new_db) -> None:
    db = new_db("case.db")
    cf = opened(db)
    try:
        ids = [cf.captives.create(names=[name], status="pre_trial", capture="2025-01-01").id
               for name in ("Vardanyan Armen", "Stepanyan Gagik")]
        for cid in ids:
            cf.detention_orders.create(captive_id=cid, start_date="2026-10-01", term_months=4)
    finally:
        cf.close()
    code, out, err = run("settings", "set", "custody_max_days", "600", "--captive", str(ids[0]),
                         "--db", str(db))
    assert (code, out) == (0, f"custody_max_days = 600 for captive {ids[0]}.\n"), err
    shown = json.loads(run("settings", "show", "--format", "json", "--db", str(db))[1])
    # named by the captive's name, with the ID that --captive takes
    assert {"key": "custody_max_days", "scope": f"Vardanyan Armen (captive {ids[0]})",
            "value": 600, "default": False} in shown
    cf = opened(db)
    try:
        [over] = cf.reminders.attention().of_kind("maximum")
        # 1 January 2025 → 27 November 2026 is 695 days: over the 600 of the first captive;
        # the second has no maximum set.
        assert over.captive_id == ids[0] and "695 days" in over.text
        assert cf.deadline_engine.clock(ids[1]).statutory_max_days is None
    finally:
        cf.close()
    assert run("settings", "reset", "custody_max_days", "--captive", str(ids[0]),
               "--db", str(db))[0] == 0
    cf = opened(db)
    try:
        assert cf.reminders.attention().of_kind("maximum") == []
    finally:
        cf.close()


def test_show_lists_every_setting_in_a_table(new_db, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    db = new_db("case.db")
    assert run("settings", "set", "lawyer_address", "1 Main Street\\nYerevan", "--db",
               str(db))[0] == 0
    code, out, _ = run("settings", "show", "--db", str(db))
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["Setting", "For", "Value"]
    assert any(line.startswith("procedure") and " Azerbaijan (az) " in line
               and "(default)" in line
               for line in lines)
    assert any(line.startswith("lawyer_address") and "1 Main Street\\nYerevan" in line
               for line in lines)
    with pytest.raises(SystemExit):
        run("settings", "set", "--help")
    help_text = capsys.readouterr().out
    assert "--captive ID" in help_text and "--charge 279 also covers 279.1" in help_text


def test_the_dossier_author_is_the_case_files_lawyer(demo_copy: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Env Lawyer")
    cf = opened(demo_copy)
    try:
        cid = next(c.id for c in cf.captives.list() if c.latin_name == "Tigran Vardanyan")
    finally:
        cf.close()
    out = tmp_path / "d.pdf"
    args = ("dossier", str(cid), "--level", "shareable", "-o", str(out), "--db", str(demo_copy))
    assert run(*args)[0] == 0
    assert PdfReader(out).metadata["/Author"] == "Env Lawyer"  # the file names no lawyer yet
    assert run("settings", "set", "lawyer_name", "Anna Petrosyan", "--db", str(demo_copy))[0] == 0
    assert run(*args)[0] == 0
    assert PdfReader(out).metadata["/Author"] == "Anna Petrosyan"  # the case file's lawyer


@pytest.mark.parametrize(("lang", "level", "country", "internal"), [
    ("ru", "для передачи (shareable)", "Азербайджан (az)", "внутренний (internal)"),
    ("hy", "փոխանցելի (shareable)", "Ադրբեջան (az)", "ներքին (internal)"),
])
def test_show_says_each_value_in_the_users_language_with_the_code_to_type(
        new_db, lang: str, level: str, country: str, internal: str) -> None:
    """A level by its word and the procedure by its country's name, each with the code that
    ``settings set`` takes after it; the JSON output keeps the codes."""
    db = new_db("case.db")
    code, out, _ = run("--lang", lang, "settings", "show", "--db", str(db))
    lines = out.splitlines()
    assert code == 0
    [default_level] = [line for line in lines if line.startswith("default_level ")]
    [procedure] = [line for line in lines if line.startswith("procedure ")]
    assert level in default_level and country in procedure, out
    code, out, _ = run("--lang", lang, "settings", "set", "default_level", "internal",
                       "--db", str(db))
    assert code == 0 and out.startswith(f"default_level = {internal}"), out
    shown = json.loads(run("settings", "show", "--format", "json", "--db", str(db))[1])
    assert {e["key"]: e["value"] for e in shown}["default_level"] == "internal"


@pytest.mark.parametrize(("lang", "stage"), [("ru", "В предварительном заключении (pre_trial)"),
                                             ("hy", "Նախնական կալանքի տակ (pre_trial)")])
def test_show_names_what_an_override_is_for_in_the_users_language(
        new_db, lang: str, stage: str) -> None:
    """A maximum set for a stage is shown for the stage's name, with the code --stage takes;
    one set for a charge, for the charges under its article: no English word in the row."""
    db = new_db("case.db")
    code, said, _ = run("settings", "set", "custody_max_days", "300", "--stage", "pre_trial",
                        "--db", str(db))
    assert (code, said) == (0, "custody_max_days = 300 at the stage “Detained pre-trial”.\n")
    assert run("settings", "set", "custody_max_days", "300", "--charge", "279",
               "--db", str(db))[0] == 0
    code, out, _ = run("--lang", lang, "settings", "show", "--db", str(db))
    rows = [line for line in out.splitlines() if line.startswith("custody_max_days ")]
    assert code == 0 and len(rows) == 3, out
    assert any(stage in row for row in rows), out
    assert not [row for row in rows if " stage " in row or " charge " in row], out


@pytest.mark.parametrize(("lang", "set_line", "reset_line"), [
    ("hy", "custody_max_days = 100՝ «պահվում է, մեղադրանք հայտնի չէ» կարգավիճակ ունեցող "
           "գերիների համար։",
     "«պահվում է, մեղադրանք հայտնի չէ» կարգավիճակ ունեցող գերիների համար custody_max_days "
     "կարգավորումը վերադարձվեց ֆայլի արժեքին։"),
    ("ru", "custody_max_days = 100 для пленных со статусом «удерживается, обвинение неизвестно».",
     "custody_max_days для пленных со статусом «удерживается, обвинение неизвестно» возвращено "
     "к значению файла."),
])
def test_a_stages_override_is_said_with_the_stage_in_words(
        new_db, lang: str, set_line: str, reset_line: str) -> None:
    """Setting and resetting a stage's maximum is one sentence in the lawyer's language: the
    stage named in words (no "(held)" code inside an Armenian phrase, no case ending put on
    one)."""
    db = new_db("case.db")
    code, said, _ = run("--lang", lang, "settings", "set", "custody_max_days", "100",
                        "--stage", "held", "--db", str(db))
    assert (code, said) == (0, set_line + "\n")
    code, said, _ = run("--lang", lang, "settings", "reset", "custody_max_days",
                        "--stage", "held", "--db", str(db))
    assert (code, said) == (0, reset_line + "\n")
    assert "held" not in said
