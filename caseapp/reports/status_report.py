"""The status report on all captives, for donors, ministries and diplomats: PDF (A4 landscape,
with charts) and XLSX (the same figures, one row per captive, for sorting and filtering).

Pure: takes a :class:`StatusReportDTO` built at a level by
``caseapp.services.status_report_data.build_status_report`` and writes it in the format asked
for: :mod:`caseapp.reports.status_pdf` lays out the PDF, :mod:`caseapp.reports.status_xlsx`
the workbook, both from the rows of :mod:`caseapp.reports.status_rows`.
"""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.messages import msg
from caseapp.domain.reports import StatusReportDTO
from caseapp.reports.status_pdf import write_status_pdf
from caseapp.reports.status_xlsx import write_status_xlsx


def write_status_report(report: StatusReportDTO, out_path: Path | str, *, fmt: str = "pdf",
                        author: str = "", lang: str = "en") -> int:
    """Write the report as ``pdf`` or ``xlsx``; returns its size in bytes."""
    if fmt == "pdf":
        return write_status_pdf(report, out_path, author=author, lang=lang)
    if fmt == "xlsx":
        return write_status_xlsx(report, out_path, author=author, lang=lang)
    raise ValueError(msg("Unknown report format “{format}”: choose pdf or xlsx.", format=fmt))
