"""Builds the demo twice more for ``tests/services/test_demo.py``, in a process of its own
that ``tests/conftest.py`` starts as soon as the tests are collected, so that it runs beside
the first tests (on the CI machine's second core) instead of in their way.

``python -m tests.services.demo_child FOLDER`` makes ``FOLDER/again.db`` with the tests'
today (the session's demo was built with the same today in the test process: a
different process, with different string hashes, must give the very same demo) and
``FOLDER/earliest.db`` on the earliest day the demo supports, then ``FOLDER/built.json``
with what each build reported (or ``FOLDER/failed.txt`` with what went wrong): the test
process that reads them may be another xdist worker than the one that started this one.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import traceback
from datetime import date
from pathlib import Path

from caseapp.config import Location
from caseapp.demo.case_file import EARLIEST_TODAY, build_demo
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY

BUILDS = {"again": TODAY, "earliest": EARLIEST_TODAY}


def build(path: Path, today: date) -> dict[str, int]:
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: today)
    try:
        return dataclasses.asdict(build_demo(cf))
    finally:
        cf.close()


def main(folder: Path) -> None:
    try:
        built = {name: build(folder / f"{name}.db", today) for name, today in BUILDS.items()}
    except BaseException:
        (folder / "failed.txt").write_text(traceback.format_exc(), encoding="utf-8")
        raise
    partial = folder / "built.json.partial"
    partial.write_text(json.dumps(built), encoding="utf-8")
    partial.rename(folder / "built.json")  # whole or not there: another process waits for it


if __name__ == "__main__":
    main(Path(sys.argv[1]))
