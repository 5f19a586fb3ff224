"""The seizure exposure report lists the files CaseApp wrote from the case file (a dossier
saved in Documents, a JSON export, a filing pack, the captives list): where, at which level,
when. Before, it said only that it "cannot know" about "exported files, printed dossiers",
though CaseApp had written them itself: a dossier left on the laptop was taken with it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from caseapp.domain.enums import Sensitivity
from caseapp.services import data_exports, outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.outputs_written import OUTPUT_WRITTEN, note_written, written_outputs
from tests.services.test_exposure_and_wipe import pdftotext
from tests.services.test_filing_echr import LAWYER


def test_the_files_written_are_listed_with_their_level(case_file: CaseFile,
                                                       tmp_path: Path) -> None:
    cf = case_file
    cf.ctx.today = date.today  # the events are dated by the computer's clock
    cid = cf.captives.create(names=["Vardanyan Armen"], sensitivity="shareable").id
    documents = tmp_path / "Documents"
    documents.mkdir()
    outputs.dossier(cf, cid, level="shareable", author="A", lawyer=LAWYER,
                    target=documents / "Dossier Vardanyan.pdf")
    data_exports.export_json(cf, documents / "all.json")
    data_exports.captives_sheet(cf, documents / "list.xlsx", level="public")
    made = outputs.exposure(cf, as_of=date.today(), author="t", target=tmp_path / "e.pdf")
    listed = [(o.level, Path(o.path).name) for o in made.record.outputs]
    assert listed == [(Sensitivity.SHAREABLE, "Dossier Vardanyan.pdf"),
                      (Sensitivity.INTERNAL, "all.json"), (Sensitivity.PUBLIC, "list.xlsx")]
    assert all(Path(o.path).is_absolute() for o in made.record.outputs)
    text = pdftotext(tmp_path / "e.pdf")
    assert "Files CaseApp wrote from it" in text
    assert all(name in text for name in ("Vardanyan.pdf", "all.json", "list.xlsx"))  # (paths wrap)
    # before the day they were written: none
    assert outputs.exposure(cf, as_of=date(2026, 10, 31), author="t").record.outputs == ()


def test_a_note_that_cannot_be_read_is_left_out(case_file: CaseFile, tmp_path: Path) -> None:
    cf = case_file
    note_written(cf, tmp_path / "a.pdf", "internal")
    cf.log_event(OUTPUT_WRITTEN, "{not json")
    cf.log_event(OUTPUT_WRITTEN, json.dumps({"path": "/x", "level": "secret"}))
    from caseapp.services.exposure import _events

    assert [Path(o.path).name for o in written_outputs(_events(cf.ctx))] == ["a.pdf"]
