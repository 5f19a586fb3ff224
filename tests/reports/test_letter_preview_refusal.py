"""The letter dialog's preview of what a letter leaves out says first when the letter cannot
be made at all: a letter at the public level, or a press statement, about a captive who has
not consented to publicity is refused in the preview, with the reason, before the lawyer
fills its fields (the preview showed what it would leave out, the refusal came at the end)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from caseapp.domain.enums import Sensitivity
from caseapp.reports.letter_templates import LetterTemplate
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import letter_preview


def _template(tmp_path: Path, level: Sensitivity) -> LetterTemplate:
    doc = Document()
    doc.add_paragraph("{{ captive.name }}")
    path = tmp_path / f"note_{level.value}.docx"
    doc.save(str(path))
    return LetterTemplate(key=f"note_{level.value}", title="Note", language="en", level=level,
                          path=path, shipped=False)


def test_the_preview_of_a_public_letter_without_consent_is_the_refusal(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = case_file.captives.create(names=["Aram Sargsyan"], capture="2024-11-20",
                                    status="on_trial", sensitivity="public").id
    public = letter_preview(case_file, _template(tmp_path, Sensitivity.PUBLIC), cid)
    assert "has not consented to publicity" in str(public.refusal)
    shareable = letter_preview(case_file, _template(tmp_path, Sensitivity.SHAREABLE), cid)
    assert not shareable.refusal
    case_file.captives.update(cid, consent_publicity=True)
    assert not letter_preview(case_file, _template(tmp_path, Sensitivity.PUBLIC), cid).refusal
