"""A section's heading and the words introducing its table are never left at the foot of a
page with the table on the next: with a summary that pushed the chronology down, "Chronology"
and "Capture, status changes, … in one list." stood alone at the bottom of page 2."""

from __future__ import annotations

from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import pdf_text


def _page_of(pages: list[str], words: str) -> int:
    return next(n for n, page in enumerate(pages) if words in " ".join(page.split()))


def test_the_chronologys_heading_goes_with_its_table(case_file: CaseFile) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Aram"], capture="2024-05-02",
                             status="pre_trial", status_since="2024-05-20").id

    def pages(lines: int) -> list[str]:
        cf.captives.update(cid, summary="\n".join(f"line {i}" for i in range(lines)))
        return pdf_text(render_dossier(build_dossier(cf, cid, level="internal")))

    table = "Date Event Detail"  # the chronology's header row, the first of the section
    low, high = 0, 120  # the fewest summary lines pushing the chronology's table to page 3
    assert _page_of(pages(low), table) == 1 and _page_of(pages(high), table) > 1
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (low, mid) if _page_of(pages(mid), table) > 1 else (mid, high)
    printed = pages(high)
    assert _page_of(printed, "Chronology") == _page_of(printed, table)
    assert _page_of(printed, "in one list.") == _page_of(printed, table)
