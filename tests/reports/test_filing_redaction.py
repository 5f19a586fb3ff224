"""The filing packs at every level (the ECHR application in English and in French), over the
redaction matrix: no marker above the pack's
level in any file it writes (the drafts' text, their .docx parts and metadata, the raw PDF
bytes, the annexes) nor in the warnings shown with it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.services import filing_packs
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER, pdf_text
from tests.reports.redaction_data import LEVELS, Matrix, build_matrix


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Matrix:
    cf = open_case_file(Location(path=tmp_path_factory.mktemp("filing-matrix") / "m.db"),
                        create=True, actor="tester", today=lambda: TODAY)
    yield build_matrix(cf)
    cf.close()


def _all_text(pack: filing_packs.Pack) -> str:
    parts = [str(w) for w in pack.warnings]
    for f in pack.files:
        if f.name.endswith(".pdf"):
            parts += pdf_text(f.data)
            parts.append(f.data.decode("latin-1"))
        elif f.name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(f.data)) as z:
                parts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()
                          if n.endswith((".xml", ".rels"))]
        parts.append(f.name)
    return "\n".join(parts)


def _packs(matrix: Matrix, level: Sensitivity) -> Iterator[filing_packs.Pack]:
    cf, c = matrix.cf, matrix.main
    yield filing_packs.echr_pack(cf, c, level=level, author="A", lawyer=LAWYER)
    # the same application in French: its own sentences, the same records
    yield filing_packs.echr_pack(cf, c, level=level, author="A", lawyer=LAWYER, lang="fr")
    yield filing_packs.rule39_pack(cf, c, level=level, author="A", lawyer=LAWYER, risk="At risk",
                                   sent_at=datetime(2026, 12, 4, 10, tzinfo=UTC))
    yield filing_packs.un_pack(cf, c, body="wgad", level=level, author="A", lawyer=LAWYER)
    with pytest.raises(ValidationError):  # no family consent to a WGEID case is recorded
        filing_packs.un_pack(cf, c, body="wgeid", level=level, author="A", lawyer=LAWYER)


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_pack_holds_a_marker_above_its_level(matrix: Matrix, level: Sensitivity) -> None:
    expected = {**matrix.dossier, **matrix.report, **matrix.calendar}
    for pack in _packs(matrix, level):
        text = _all_text(pack)
        flat = text.replace("\n", "").replace(" ", "")
        leaked = sorted(k for k, lvl in expected.items() if not level.allows(lvl) and k in flat)
        assert leaked == [], f"{pack.kind} at {level.value}: {leaked}"


def test_a_packs_docx_keeps_no_override_that_reorders_its_words(tmp_path: Path) -> None:
    """A right-to-left override typed in the captive's circumstances of capture went into the
    draft's .docx, where a word processor prints the rest of the paragraph reversed."""
    cf = open_case_file(Location(path=tmp_path / "o.db"), create=True, actor="t",
                        today=lambda: TODAY)
    try:
        cid = cf.captives.create(names=["Armen Martirosyan"], sensitivity="shareable",
                                 capture="2020-11-09", capture_circumstances=(
                                     "Taken at the \u202echeckpoint\u2066 of\nHadrut.")).id
        for pack in (filing_packs.echr_pack(cf, cid, level="shareable", author="A", lawyer=LAWYER),
                     filing_packs.un_pack(cf, cid, body="wgad", level="shareable", author="A",
                                          lawyer=LAWYER)):
            [docx] = [f for f in pack.files if f.name.endswith(".docx")]
            text = _all_text(filing_packs.Pack(**{**pack.__dict__, "files": (docx,)}))
            assert "checkpoint of" in text, pack.kind
            assert "\u202e" not in text and "\u2066" not in text, pack.kind
    finally:
        cf.close()
