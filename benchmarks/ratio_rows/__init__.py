"""Rows of the shared ratio runner ``benchmarks/ratios.py``: each module here defines ``ROWS``."""

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
