"""What the values of a record added through the undo history name: its captive, the
criminal case of a charge, the organisation of a person. A redo of the Add puts the record
there again (wherever a redo of their own Add put them) and never onto a record that took
their number since (:meth:`caseapp.ui.undo_commands.CreateCommand.refer`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.errors import NotFound
from caseapp.services.casefile import CaseFile
from caseapp.ui.undo_commands import Record

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def named_records(cf: CaseFile, data: dict[str, Any],
                  name_of: Callable[[CaseFile, Sequence[int]], str]) -> list[tuple[str, Record]]:
    """The records the values of a record to add name (``captive_id``, ``captive_ids``,
    ``prosecution_id``…), each with its uid (a captive with its name, ``name_of``), read
    on the worker: what its redo must find again."""
    out = []
    for key, value in data.items():
        stem = key[:-3] if key.endswith("_id") else key[:-4] if key.endswith("_ids") else ""
        service = f"{stem}s"
        ids = value if isinstance(value, list | tuple) else [value]
        if not stem or not hasattr(cf, service):
            continue
        for rid in ids:
            if not isinstance(rid, int) or isinstance(rid, bool):
                continue
            try:
                dto = getattr(cf, service).get(rid)
            except (NotFound, AttributeError, TypeError):
                continue
            label = name_of(cf, (rid,)) if service == "captives" else ""
            out.append((key, Record(service, rid, label or translate("Operations", "The record"),
                                    (rid,) if service == "captives" else (),
                                    getattr(dto, "uid", None))))
    return out
