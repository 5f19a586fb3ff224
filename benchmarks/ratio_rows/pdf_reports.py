"""The dossier PDF and the status report PDF against the same documents laid out the plain
reportlab way (the issue's table: "close enough; keep them there", 1.9× and 1.5×).

Data: for the dossier (``--dossier-events N``), one captive with N events of the kinds the
dossier prints (``benchmarks/reports.py``'s ``busy_captive``); for the status report
(``--report-captives N``), the JSON rows' synthetic case file. Each document's records are
built once (``build_dossier``, ``build_status_report``); the rows time the rendering.

Both sides run the app's own code for the content (every text, label, date and chart, in
the same story), so that they print the same thing; the simple side lays it out as reportlab
is used most simply: each table one reportlab table (which reportlab splits at each page
end), the page's header and footer drawn as the page is made, without "page X of Y" (which
needs every page kept until the last). The two PDFs' texts are compared, page by page, with
the app's "Page X of Y" lines taken out.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from contextlib import contextmanager
from datetime import date
from typing import Any

from benchmarks.ratio_rows import Row, files_folder

TODAY = date(2026, 11, 27)


def _dossier_setup(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks.reports import busy_captive
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from caseapp.services.dossier_data import build_dossier

    folder = files_folder(argparse.Namespace(), "caseapp-ratios-dossier-")
    cf = open_case_file(Location(path=folder / "busy.db"), create=True, actor="benchmark",
                        today=lambda: TODAY)
    try:
        return {"dossier": build_dossier(cf, busy_captive(cf, args.dossier_events),
                                         level="internal")}
    finally:
        cf.close()


def _dossier_app(data: dict[str, Any]) -> bytes:
    from caseapp.reports.dossier import render_dossier

    return bytes(render_dossier(data["dossier"], author="Benchmark"))


def _dossier_simple(data: dict[str, Any]) -> bytes:
    with _plain_layout():
        return _dossier_app(data)


def _status_setup(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks.ratio_rows.xlsx import _setup

    return _setup(args)


def _status_app(data: dict[str, Any]) -> bytes:
    from caseapp.reports.status_pdf import render_status_pdf

    return bytes(render_status_pdf(data["report"], author="Benchmark"))


def _status_simple(data: dict[str, Any]) -> bytes:
    with _plain_layout():
        return _status_app(data)


@contextmanager
def _plain_layout() -> Any:
    """The app's documents built with ``ReportDocument.render`` laying the story out plainly."""
    from reportlab.platypus import BaseDocTemplate, LongTable, TableStyle

    from caseapp.reports.paged_table import PagedTable
    from caseapp.reports.pdfkit import ReportDocument

    def one_table(flowable: Any) -> Any:
        if not isinstance(flowable, PagedTable):
            return flowable
        table = LongTable([*flowable.header, *flowable.rows], colWidths=flowable.col_widths,
                          repeatRows=len(flowable.header), hAlign=flowable.hAlign)
        table.setStyle(TableStyle(flowable.commands))
        return table

    def plain(self: ReportDocument, story: list[Any]) -> None:
        BaseDocTemplate.build(self, [one_table(f) for f in story])

    app_render = ReportDocument.render
    ReportDocument.render = plain  # type: ignore[method-assign]
    try:
        yield
    finally:
        ReportDocument.render = app_render  # type: ignore[method-assign]


def _pages(data: bytes) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")
    return [re.sub(r"\s*Page \d+ of \d+\s*", "", page).rstrip() for page in text.split("\f")]


def _same(app: bytes, simple: bytes) -> bool:
    """The same text on the same pages (the app's page numbers aside)."""
    a, s = _pages(app), _pages(simple)
    return len(a) > 2 and a == s


ROWS = [
    Row("dossier PDF (one captive's events)", 1.9, _dossier_setup, _dossier_app,
        _dossier_simple, _same),
    Row("status report PDF", 1.5, _status_setup, _status_app, _status_simple, _same),
]
