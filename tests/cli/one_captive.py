"""A case file holding one shareable captive, for the command line's tests of outputs."""

from __future__ import annotations

from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import open_case_file


def one_captive_file(folder: Path, name: str) -> tuple[Path, str]:
    """A new case file ``case.db`` in ``folder`` with one shareable captive named ``name``:
    its path and the captive's id as the command line takes it."""
    db = folder / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:
        cid = cf.captives.create(names=[dict(full_name=name, is_primary=True)],
                                sensitivity="shareable").id
    finally:
        cf.close()
    return db, str(cid)
