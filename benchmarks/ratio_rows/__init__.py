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
from collections.abc import Callable
from dataclasses import dataclass
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
