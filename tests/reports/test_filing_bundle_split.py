"""A long annex is split into the longest parts that fit, with a few writes per part: a
scanned court file of hundreds of pages is not rewritten once per page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from caseapp.reports import filing_bundle
from tests.services.filing_data import bulky_pdf


def test_a_long_annex_is_split_with_few_writes_into_the_longest_parts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = bulky_pdf(240)
    page = len(data) / 240
    limit = int(page * 30)  # about 30 pages a part: 8 parts or so
    writes = 0
    real = filing_bundle._written

    def counted(reader: PdfReader, pages: range) -> bytes:
        nonlocal writes
        writes += 1
        return real(reader, pages)

    monkeypatch.setattr(filing_bundle, "_written", counted)
    parts = filing_bundle.split_by_size(data, limit)
    sizes = [len(PdfReader(io.BytesIO(p)).pages) for p in parts]
    assert sum(sizes) == 240 and all(len(p) <= limit for p in parts)
    # Each part is the longest that fits: one page more would not.
    reader = PdfReader(io.BytesIO(data))
    start = 0
    for count in sizes[:-1]:
        assert len(real(reader, range(start, start + count + 1))) > limit
        start += count
    # Halving: about log2(240) + 1 writes a part, where trying page after page took ~30.
    assert writes <= len(parts) * 10
