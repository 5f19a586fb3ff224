"""The spreadsheet import as one step of the undo history, and the lawyer's saved mappings.

Undo takes the whole import back (its captives deleted after asking, what it added to
captives already there removed); Redo writes the same preview with the same decisions
again. Deleting one of its captives drops the step, as for any other command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from platformdirs import user_config_path
from PySide6.QtCore import QCoreApplication

from caseapp.domain.errors import NotFound
from caseapp.domain.sheet_columns import Mapping
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import SheetImportResult, import_rows
from caseapp.services.sheet_import_undo import check_import, undo_import
from caseapp.services.sheet_preview import SheetPreview
from caseapp.ui.ops import Operations
from caseapp.ui.undo_commands import Dropped, Record, RecordCommand, still_there

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def _no_read(cf: CaseFile, record_id: int) -> dict[str, Any]:
    return {}


class SheetImportCommand(RecordCommand):
    deletes_on_undo = True

    def __init__(self, preview: SheetPreview, decisions: dict[int, str],
                 result: SheetImportResult, captive_name: str = ""):
        self.preview, self.decisions, self.result = preview, decisions, result
        created = len(result.created)  # (lupdate reads only a plain name as the count)
        label = (translate("SheetImport", "the %Ln captive(s) imported from %1", "", created)
                 .replace("%1", preview.file_name))
        ids = (*result.created, *result.merged_ids)
        super().__init__(translate("SheetImport", "Import of %1").replace("%1", preview.file_name), captive_name,
                         Record("captives", ids[0] if ids else 0, label, ids), _no_read, {})
        self.present = True
        # The captives already there that rows merge into, by uid: a redo merges into them
        # only, never into a captive who took the number of one deleted since.
        into = [int(d.partition(":")[2]) for d in decisions.values() if d.startswith("merge:")]
        self.targets = {cid: result.uids.get(("captives", cid)) for cid in into}

    def about(self, service: str, record_id: int) -> bool:
        return service == "captives" and record_id in self.record.captive_ids

    def check(self, cf: CaseFile) -> None:
        if not self.present:
            return
        try:  # (each the very captive it wrote: a number freed since may be another's)
            check_import(cf, self.result)
        except NotFound:
            raise Dropped(translate("SheetImport", "A captive of the import no longer exists.")) from None

    def undo_write(self, cf: CaseFile) -> None:
        self.check(cf)
        undo_import(cf, self.result)
        self.present = False

    def redo_write(self, cf: CaseFile) -> None:
        for cid, uid in self.targets.items():
            if not still_there(cf, Record("captives", cid, "", (cid,), uid)):
                raise Dropped(translate("SheetImport", "A captive of the import no longer exists."))
        self.result = import_rows(cf, self.preview, self.decisions)
        self.record.captive_ids = (*self.result.created, *self.result.merged_ids)
        self.present = True


def run_import(ops: Operations, preview: SheetPreview, decisions: dict[int, str]
               ) -> SheetImportResult:
    """Write the import on the operations worker and leave one step in the undo history."""
    result: SheetImportResult = ops.run(lambda c: import_rows(c, preview, decisions)).value
    if result.created or result.merged:
        ops.stack.push(SheetImportCommand(preview, decisions, result))
    return result


# ---- saved mappings ---------------------------------------------------------------------------

def mappings_dir() -> Path:
    return user_config_path("CaseApp", appauthor=False) / "sheet-mappings"


def saved_mappings(folder: Path | None = None) -> dict[str, Path]:
    """Name → file of each saved mapping (those that cannot be read are left out)."""
    folder = folder or mappings_dir()
    out: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            mapping = Mapping.from_toml(path.read_text(encoding="utf-8"), where=path.name)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        out[mapping.name or path.stem] = path
    return out


def save_mapping(mapping: Mapping, folder: Path | None = None) -> Path:
    folder = folder or mappings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in mapping.name).strip()
    path = folder / f"{stem or 'mapping'}.toml"
    path.write_text(mapping.to_toml(), encoding="utf-8")
    return path
