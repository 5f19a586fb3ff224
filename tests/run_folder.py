"""The run's temporary folder, shared by its xdist workers.

pytest-xdist gives each worker a temporary folder of its own inside the run's
(``…/pytest-N/popen-gw0``); what one build makes for the whole run (the bundle, the demo's
second builds) goes in the run's folder, which pytest keeps and removes as it does the
workers'. Outside xdist the process's own temporary folder is the run's."""

from __future__ import annotations

import os
from pathlib import Path


def under_xdist() -> bool:
    return bool(os.environ.get("PYTEST_XDIST_WORKER"))


def the_runs_folder(worker_folder: Path) -> Path:
    """The folder every worker of the run sees, from this worker's temporary folder."""
    return worker_folder.resolve().parent if under_xdist() else worker_folder
