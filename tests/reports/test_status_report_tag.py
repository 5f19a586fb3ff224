"""A status report chosen by a tag: tags are internal, so the report names the tag at the
internal level only; below it, it says that a tag chose the captives (PDF and XLSX alike),
and still lists only them."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import Sensitivity
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from tests.reports.redaction_data import LEVELS
from tests.reports.test_redaction_matrix import _xlsx_text

TAG = "QTAGINTZ Khtsaberd group"
UNNAMED = "chosen by a tag (its name is internal)"


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_tag_is_named_at_the_internal_level_only(case_file: CaseFile, level: Sensitivity,
                                                      fmt: str) -> None:
    for name, tags in (("Tagged Petrosyan", [TAG]), ("Untagged Hakobyan", [])):
        case_file.captives.create(names=[name], sensitivity="public", consent_publicity=True,
                                  status="held", tags=tags)
    made = outputs.status_report(case_file, level=level, author="A", fmt=fmt, tag=TAG)
    text = _pdf_text(made.data) if fmt == "pdf" else _xlsx_text(made.data)
    flat = " ".join(text.split())
    assert ("QTAGINTZ" in flat) is (level is Sensitivity.INTERNAL)
    assert (UNNAMED in flat) is (level is not Sensitivity.INTERNAL)
    assert b"QTAGINTZ" not in made.data or level is Sensitivity.INTERNAL
    assert "Petrosyan" in flat and "Hakobyan" not in flat  # the tag still chose the rows
    assert made.record.tagged and (made.record.tag_filter is not None) is (
        level is Sensitivity.INTERNAL)
