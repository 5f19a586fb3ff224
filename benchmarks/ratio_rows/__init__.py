"""The rows of ``benchmarks/ratios.py``: each module here that defines ``ROWS`` (a list of
:class:`Row`) adds its paths to the table.

A row times the app's path against the simplest code doing the same work with the same
libraries. ``setup`` builds the data once, at the sizes given on the command line; ``app``
and ``simple`` then run alternately on it, and the runner checks that their results are
``same`` before it prints a ratio.

A row whose ``unit`` is not ``"s"`` (``"MiB"``: peak memory) measures something else than
time: its two sides return ``(figure, result)``, and the figure is what is compared.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    name: str
    goal: float
    setup: Callable[[argparse.Namespace], Any]
    app: Callable[[Any], Any]
    simple: Callable[[Any], Any]
    same: Callable[[Any, Any], bool]
    unit: str = "s"


def files_folder(args: argparse.Namespace, prefix: str) -> Path:
    """Where a row keeps the case files it builds: the ``--keep`` folder when given (files
    kept there are used again by the next run, see ``benchmarks/case_files.py``), else a
    new temporary folder deleted when the run ends."""
    keep = getattr(args, "keep", None)
    if keep:
        folder = Path(keep)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
