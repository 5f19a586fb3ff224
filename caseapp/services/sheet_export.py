"""The captives list as a spreadsheet (.xlsx or .csv) the importer reads back unchanged
(``caseapp import-sheet FILE --auto``): English headers it maps by itself, a column per
spelling of the name (the primary first) and one with each spelling's kind and language,
dates in ISO form at their precision (``1990``, ``1990-05``, ``1990-05-17``,
``~1990-05-17``), statuses, categories and sex as the app's words, the day of the status.

Made at a sensitivity level and holding nothing above it: captives whose record is above
the level are left out, and so (at the public level) are those without consent to
publicity; a field above the level is left empty; the place of detention only when the open
stay is allowed too; tags only at the internal level (as in the dossier)."""

from __future__ import annotations

import csv
import errno
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import String, select, type_coerce

from caseapp.db.models import DetentionPlace
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Listed, Message, current_language, msg, msg_n
from caseapp.domain.redaction import publicity_refused
from caseapp.domain.sheet_columns import Mapping, auto_columns
from caseapp.domain.sheet_values import (
    escaped_for_xlsx,
    joined_name_details,
    joined_tags,
    quoted_for_sheet,
)
from caseapp.fileio import atomic_write_bytes
from caseapp.services.base import output_level
from caseapp.services.dossier_data import redact_captive
from caseapp.services.labels import level_label
from caseapp.services.sheet_preview import SheetServices

# (header, CaptiveDTO attribute) after the name columns; each header maps by itself to the
# importer's field of the same meaning (caseapp.domain.sheet_columns).
COLUMNS = (("Name kinds and languages", "name_details"), ("Sex", "sex"),
           ("Date of birth", "birth"), ("Place of birth", "birth_place"),
           ("Citizenship", "citizenship"), ("Date of capture", "capture"),
           ("Place of capture", "capture_place"), ("Captured by", "capturing_authority"),
           ("Status", "status"), ("Status since", "status_since"), ("Category", "category"),
           ("Place of detention", "place"), ("Tags", "tags"))
FORMATS = (".xlsx", ".csv")


@dataclass(frozen=True)
class SheetExport:
    path: Path
    level: Sensitivity
    rows: int  # captives written
    above_level: int  # captives left out: their record is above the level
    without_consent: int  # left out of a public list: no consent to publicity
    mapping_path: Path | None = None  # the mapping written beside it
    fields_withheld: int = 0  # cells left blank in the rows written: their field is above

    def written(self) -> Message:
        """What was written and what the level left out, as the CLI and the desktop app say
        it (never "nothing" when a captive or a field was)."""
        level = level_label(self.level)
        left = [msg("{count} above the {level} level", count=self.above_level, level=level)
                if self.above_level else None,
                msg("{count} without consent to publicity", count=self.without_consent)
                if self.without_consent else None,
                msg_n("{count} field above the {level} level left blank",
                      "{count} fields above the {level} level left blank",
                      self.fields_withheld, level=level) if self.fields_withheld else None]
        said = [m for m in left if m is not None]
        if said:
            return msg_n("Wrote {count} captive at the {level} level to {file} (left out: "
                         "{left}).", "Wrote {count} captives at the {level} level to {file} "
                         "(left out: {left}).", self.rows, level=level, file=self.path,
                         left=Listed(tuple(said)))
        return msg_n("Wrote {count} captive at the {level} level to {file}.",
                     "Wrote {count} captives at the {level} level to {file}.", self.rows,
                     level=level, file=self.path)


def mapping_path_for(target: Path) -> Path:
    """Where the mapping of an exported list goes: ``captives.xlsx`` → ``captives.mapping.toml``."""
    return target.with_name(f"{target.stem}.mapping.toml")


def export_mapping(header: list[str], suffix: str) -> Mapping:
    """The mapping ``import-sheet --mapping`` reads the exported list back with: every column
    by its header, the header in row 1, a CSV's comma and UTF-8."""
    columns = {header[i]: name for i, name in sorted(auto_columns(header).items())}
    csv_file = suffix == ".csv"
    return Mapping(name="CaseApp captives list", header_row=1, columns=columns,
                   delimiter="," if csv_file else "", encoding="utf-8-sig" if csv_file else "")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate | date):
        return value.isoformat() if isinstance(value, date) else value.iso()
    if isinstance(value, tuple):  # tags
        return joined_tags(value)
    return quoted_for_sheet(str(getattr(value, "value", value)))


def _open_places(services: SheetServices, level: Sensitivity) -> dict[int, str]:
    """Each captive's open stay allowed at ``level`` (the latest begun)."""
    levels = [s.value for s in Sensitivity if level.allows(s)]
    with services.ctx.read() as s:
        rows = s.execute(select(DetentionPlace.captive_id, DetentionPlace.facility)
                         .where(DetentionPlace.to_date.is_(None),
                                type_coerce(DetentionPlace.sensitivity, String).in_(levels))
                         .order_by(DetentionPlace.from_date, DetentionPlace.id)).all()
    return {cid: facility for cid, facility in rows}


def captive_rows(services: SheetServices, level: Sensitivity | str
                 ) -> tuple[list[str], list[list[str]], int, int, int]:
    """The header, the rows (one a captive allowed at ``level``), how many captives were
    left out above the level and for want of consent, and how many cells of the rows were
    left blank because their field is above the level."""
    level = output_level(services.ctx, level)
    captives: list[CaptiveDTO] = services.captives.list()
    places = _open_places(services, level)
    every_place = places if level is Sensitivity.INTERNAL else _open_places(
        services, Sensitivity.INTERNAL)
    columns = {attr for _, attr in COLUMNS}
    above = refused = blank = 0
    kept: list[tuple[CaptiveDTO, str]] = []
    for c in captives:
        if not level.allows(c.sensitivity):
            above += 1
        elif publicity_refused(level, c.consent_publicity):
            refused += 1
        else:
            red, withheld = redact_captive(c, level)
            kept.append((red, places.get(c.id, "")))
            blank += len(columns.intersection(withheld)) + (c.id in every_place
                                                             and c.id not in places)
            blank += bool(c.tags) and level is not Sensitivity.INTERNAL  # tags are internal
    width = max((len(c.names) for c, _ in kept), default=1) or 1
    header = ["Name", *(f"Name {i}" for i in range(2, width + 1)), *(h for h, _ in COLUMNS)]
    rows = []
    for c, place in kept:
        ordered = sorted(c.names, key=lambda n: not n.is_primary)
        names = [quoted_for_sheet(n.full_name) for n in ordered]
        extra = {"place": quoted_for_sheet(place), "status_since": _cell(c.status_since),
                 "name_details": joined_name_details([(n.kind, n.language) for n in ordered])}
        rows.append([*names, *[""] * (width - len(names)),
                     *(extra[attr] if attr in extra else _cell(getattr(c, attr))
                       for _, attr in COLUMNS)])
    return header, rows, above, refused, blank


def export_sheet(services: SheetServices, target: Path | str, *,
                 level: Sensitivity | str, with_mapping: bool = True,
                 lang: str | None = None) -> SheetExport:
    """Write the captives list at ``level`` to ``target`` (.xlsx or .csv, by its suffix) and,
    unless told not to, its mapping beside it (:func:`mapping_path_for`). An .xlsx prints
    with the level's line, in ``lang`` (default: the messages' language), on every page."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(msg("“{name}”: the list is written as .xlsx or .csv; give a file name ending in one of "
                                  "them.", name=path.name), field="target")
    level = output_level(services.ctx, level)
    header, rows, above, refused, blank = captive_rows(services, level)
    if not path.parent.is_dir():  # a folder is not made for a list (a mistyped path)
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    # Made in memory and written whole or not at all (a full disk leaves no part of it,
    # and no library's half-closed file complaining on stderr).
    atomic_write_bytes(path, _csv(header, rows) if suffix == ".csv"
                       else _xlsx(header, rows, level, lang or current_language()))
    mapping = None
    if with_mapping:
        mapping = mapping_path_for(path)
        atomic_write_bytes(mapping, export_mapping(header, suffix).to_toml().encode("utf-8"))
    return SheetExport(path, level, len(rows), above, refused, mapping, blank)


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    # UTF-8 with a BOM: spreadsheet programs then read Armenian and Cyrillic right.
    return text.getvalue().encode("utf-8-sig")


def _xlsx(header: list[str], rows: list[list[str]], level: Sensitivity, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    from caseapp.reports.sheet_print import print_setup

    book = Workbook(write_only=True)
    sheet = book.create_sheet(f"Captives ({level.value})")
    # Printed landscape, two pages across, the header row and the names on every page: the
    # headers stay English (the importer maps them by itself); the level's line is the
    # reader's.
    print_setup(sheet, level, lang, landscape=True, pages_wide=2,
                title_columns=max(1, header.index(COLUMNS[0][0])))
    # Each column as wide as its longest value (within reason), so that an opened or printed
    # list shows whole names and dates rather than cells cut at the default width.
    for col, title in enumerate(header):
        longest = max((len(row[col]) for row in rows), default=0)
        sheet.column_dimensions[get_column_letter(col + 1)].width = min(40, max(len(title),
                                                                                longest) + 2)

    def text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, escaped_for_xlsx(value) or None)  # _x202E_ as typed
        if value:
            cell.data_type = "s"  # a name beginning "=" stays text, never a formula
        return cell

    sheet.append([text(h) for h in header])
    for row in rows:
        sheet.append([text(v) for v in row])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()
