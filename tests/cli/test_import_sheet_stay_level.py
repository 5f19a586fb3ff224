"""``caseapp import-sheet --on-duplicate merge``: the place of detention a row brings to an
internal captive starts internal, as a stay added in the window does (never below the
captive). It started at the level for facts (shareable), so that once the lawyer let the
captive out to a shareable dossier the sheet's stay went with it, which she never chose."""

from __future__ import annotations

from pathlib import Path

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import run

MARKER = "Kurdakhani STAY-MARKER"


def test_a_stay_merged_from_a_sheet_is_no_more_open_than_its_captive(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="t")
    try:
        cid = cf.captives.create(names=["Вардан Петросян"], status="pre_trial",
                                 sensitivity="internal").id
    finally:
        cf.close()
    sheet = tmp_path / "list.csv"
    sheet.write_text(f"Name,Place of detention,Date of capture\n"
                     f"Вардан Петросян,{MARKER},2023-09-20\n", encoding="utf-8")
    code, _out, err = run("import-sheet", str(sheet), "--auto", "--on-duplicate", "merge",
                          "--db", str(path))
    assert code == 0, err
    cf = open_case_file(Location(path=path), actor="t")
    try:
        [stay] = cf.captive_file(cid).detention_places
        assert stay.facility == MARKER and stay.sensitivity is Sensitivity.INTERNAL
        cf.captives.update(cid, sensitivity="shareable")  # the family agrees to share
    finally:
        cf.close()
    for level, shown in (("public", False), ("shareable", False), ("internal", True)):
        out = tmp_path / f"at-{level}.json"
        code, _out, err = run("export", "--level", level, "-o", str(out), "--db", str(path))
        assert code == 0, err
        assert (MARKER in out.read_text(encoding="utf-8")) is shown, level
