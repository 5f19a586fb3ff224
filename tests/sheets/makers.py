"""Spreadsheet files made for the tests: CSV in any encoding, XLSX by openpyxl, and ODS
written as the OpenDocument format lays it out (a zip of XML; python-calamine only reads)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook


def write_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(_quoted(c, delimiter) for c in row) for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def _quoted(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]],
               merged: Sequence[str] = ()) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for cells in merged:
            ws.merge_cells(cells)
    wb.save(path)
    return path


def write_hidden_lists_then_captives(path: Path) -> Path:
    """What a spreadsheet program writes for a list with drop-downs: a hidden first sheet of
    the drop-downs' values, then the captives under a header merged over two rows ("Date" over
    "of birth" and "of capture")."""
    book = Workbook()
    lists = book.active
    lists.title = "Lists"
    lists.append(["Status"])
    lists.append(["held"])
    lists.sheet_state = "hidden"
    ws = book.create_sheet("Captives")
    ws.append(["Name", "Date", None, "Status"])
    ws.merge_cells("B1:C1")
    ws.append([None, "of birth", "of capture", None])
    ws.append(["Aram Abovyan", "17.05.1990", "13.12.2020", "held"])
    book.save(path)
    return path


def _ods_cell(value: object, span: int = 1) -> str:
    extra = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None:
        return f"<table:table-cell{extra}/>"
    if isinstance(value, date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"'
                f'{extra}><text:p>{value.isoformat()}</text:p></table:table-cell>')
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{extra}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"{extra}><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")


def write_ods(path: Path, sheets: dict[str, Sequence[Sequence[object]]], *,
              hidden_rows: Sequence[int] = (), filtered_rows: Sequence[int] = (),
              hidden_columns: Sequence[int] = (), styled: dict[int, str] | None = None) -> Path:
    """An ODS file; a cell given as ("merged", value, span) spans ``span`` columns, one given
    as ("rows", value, span) ``span`` rows (the cells it covers below given as "covered"),
    one given as ("formula", text) holds a formula never computed (no value). The rows and
    columns (0-based) of ``hidden_rows`` and ``hidden_columns`` are hidden by hand in every
    sheet ("collapse"), those of ``filtered_rows`` by a filter ("filter")."""
    body = []
    for name, rows in sheets.items():
        body.append(f'<table:table table:name="{escape(name)}">')
        width = max((len(r) for r in rows), default=0)
        body.extend('<table:table-column table:visibility="collapse"/>' if c in hidden_columns
                    else "<table:table-column/>" for c in range(width))
        for index, row in enumerate(rows):
            cells = []
            for cell in row:
                if isinstance(cell, tuple) and cell and cell[0] == "merged":
                    cells.append(_ods_cell(cell[1], cell[2]))
                    cells.extend("<table:covered-table-cell/>" for _ in range(cell[2] - 1))
                elif isinstance(cell, tuple) and cell and cell[0] == "rows":
                    cells.append(_ods_cell(cell[1]).replace(
                        "<table:table-cell", f'<table:table-cell table:number-rows-spanned="{cell[2]}"', 1))
                elif isinstance(cell, tuple) and cell and cell[0] == "formula":
                    formula = escape(cell[1], {'"': "&quot;"})
                    cells.append(f'<table:table-cell table:formula="{formula}"/>')
                elif isinstance(cell, tuple) and cell and cell[0] == "error":
                    # a formula whose result is an error, as LibreOffice writes it
                    cells.append('<table:table-cell table:formula="of:=1/0" '
                                 'office:value-type="string" office:string-value="" '
                                 f'calcext:value-type="error"><text:p>{escape(cell[1])}</text:p>'
                                 "</table:table-cell>")
                elif cell == "covered":
                    cells.append("<table:covered-table-cell/>")
                else:
                    cells.append(_ods_cell(cell))
            look = (styled or {}).get(index + 1)
            if look:  # (as LibreOffice writes it: an automatic style on each cell)
                cells = [c.replace("<table:table-cell", f'<table:table-cell table:style-name="{look}"', 1)
                         for c in cells]
            visibility = (' table:visibility="collapse"' if index in hidden_rows else
                          ' table:visibility="filter"' if index in filtered_rows else "")
            body.append(f"<table:table-row{visibility}>" + "".join(cells) + "</table:table-row>")
        body.append("</table:table>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
        'office:version="1.2">'
        '<office:automatic-styles><style:style style:name="bold" style:family="table-cell" '
        'style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/>'
        '</style:style><style:style style:name="fill" style:family="table-cell">'
        '<style:table-cell-properties fo:background-color="#d9d9d9"/></style:style>'
        "</office:automatic-styles>"
        "<office:body><office:spreadsheet>" + "".join(body)
        + "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_xls(path: Path, sheets: dict[str, Sequence[Sequence[object]]], *,
              hidden_rows: Sequence[int] = (), hidden_columns: Sequence[int] = (),
              styled: dict[int, str] | None = None) -> Path:
    """An old Excel (.xls) file, by xlwt; the rows and columns (0-based) of ``hidden_rows``
    and ``hidden_columns`` hidden in every sheet; the cells of the rows of ``styled``
    (1-based row → "bold" or "fill") in bold or on a grey fill."""
    import xlwt  # type: ignore[import-untyped]

    looks = {"bold": xlwt.easyxf("font: bold on"),
             "fill": xlwt.easyxf("pattern: pattern solid, fore_colour gray25")}
    book = xlwt.Workbook()
    for name, rows in sheets.items():
        ws = book.add_sheet(name)
        for r, row in enumerate(rows):
            look = (styled or {}).get(r + 1)
            for c, value in enumerate(row):
                if look:
                    ws.write(r, c, value, looks[look])
                else:
                    ws.write(r, c, value)
        for r in hidden_rows:
            ws.row(r).hidden = True
        for c in hidden_columns:
            ws.col(c).hidden = True
    book.save(str(path))
    return path
