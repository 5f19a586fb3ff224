"""Copies of the case file's data rather than printed documents, called the same way by the
command line and the desktop app: the whole case file as JSON, the captives list as a
spreadsheet with the mapping that reads it back, and the encrypted travel copy. Each target
is checked against the case file's output guard before anything is read.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain.enums import Sensitivity
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.messages import Message, msg
from caseapp.fileio import atomic_write_bytes
from caseapp.services import interchange
from caseapp.services.interchange_export import export_reading_level
from caseapp.services.output_files import check_target
from caseapp.services.output_guard import OutputRefused, check_suffix
from caseapp.services.outputs_written import note_written
from caseapp.services.sheet_export import SheetExport, export_sheet, mapping_path_for
from caseapp.services.sheet_preview import SheetPreview
from caseapp.services.travel_copy import TravelCopyMade, make_travel_copy

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

__all__ = ["captives_sheet", "check_sheet_mapping_target", "export_json", "export_left_out",
           "save_sheet_mapping", "travel_copy"]


# ---- the captives list and the JSON export ------------------------------------------------

def captives_sheet(cf: CaseFile, target: Path | str, *,
                   level: Sensitivity | str) -> SheetExport:
    """The captives list at ``level`` as .xlsx or .csv, with beside it the mapping that
    reads it back unchanged (``import-sheet --mapping``): ``export-sheet`` and the GUI."""
    check_target(cf, target, msg("the captives list"))
    check_target(cf, mapping_path_for(Path(target)), msg("the mapping of the captives list"))
    made = export_sheet(cf, target, level=level)
    note_written(cf, target, level)
    return made


def check_sheet_mapping_target(cf: CaseFile, target: Path | str, sheet: Path | str) -> Path:
    """Where ``import-sheet --save-mapping`` may write the mapping: never the case file, its
    side files or a backup (the output guard), nor the spreadsheet being imported."""
    check_target(cf, target, msg("the mapping"))
    # A file where a folder of the path should be: said now, not once the captives are in.
    existing = Path(os.path.abspath(Path(target).expanduser())).parent
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not os.path.isdir(existing):
        raise NotADirectoryError(errno.ENOTDIR, "A part of the path is not a folder", str(target))
    try:
        same = os.path.samefile(Path(target).expanduser(), sheet)  # through links too
    except OSError:  # the target does not exist yet
        same = False
    if same:
        raise OutputRefused(msg("{target} is the spreadsheet being imported: the mapping was not "
                                "written and nothing was changed. Choose another file name.",
                                target=target))
    return Path(target)


def save_sheet_mapping(cf: CaseFile, preview: SheetPreview, target: Path | str) -> Path:
    """The mapping ``preview`` used written to ``target`` (checked first; atomically, readable
    by the owner only), to import the next spreadsheet of its kind with ``--mapping``."""
    path = check_sheet_mapping_target(cf, target, preview.path)
    atomic_write_bytes(path, preview.mapping(path.stem).to_toml().encode("utf-8"))
    return path


def export_json(cf: CaseFile, target: Path | str, *,
                level: Sensitivity | str | None = None) -> dict[str, int]:
    """The whole case file as JSON at ``target`` (checked first, written atomically, read in
    one transaction); returns the number of records of each table. At a ``level`` below
    internal it holds only what that level shows, as a travel copy of every captive would,
    and records the level (``read_at_level``): it is no backup of the case file."""
    check_target(cf, target, msg("the export"))
    check_suffix(target, ".json", msg("the export"))
    counts = interchange.export_json(cf.ctx, target, level)
    note_written(cf, target, level or Sensitivity.INTERNAL)
    return counts


def export_left_out(cf: CaseFile, level: Sensitivity | str | None = None) -> Message | None:
    """What an export of ``cf`` (at ``level``) says it leaves out: read at a level (asked
    for, a travel copy, a team member below internal), it is no whole copy of the case file
    (None: it is)."""
    read = export_reading_level(cf.ctx, level)
    if read is None:
        return None
    return msg("It holds only what the {level} level reads: records and fields above it are "
               "not in it, so it is not a whole copy of the case file.", level=LEVEL_NAMES[read])


# ---- the travel copy ----------------------------------------------------------------------

def travel_copy(cf: CaseFile, target: Path | str, *, level: Sensitivity | str, passphrase: str,
                repeat: str | None = None, captive_ids: list[int] | None = None
                ) -> TravelCopyMade:
    """A new encrypted case file at ``target`` holding only what is at or below ``level`` for
    ``captive_ids`` (:func:`caseapp.services.travel_copy.make_travel_copy`: the target is
    checked before anything is read)."""
    return make_travel_copy(cf, target, level=level, passphrase=passphrase, repeat=repeat,
                            captive_ids=captive_ids)
