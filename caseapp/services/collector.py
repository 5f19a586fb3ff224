"""Python's cycle collector paused while a service builds many objects that all live
until it is done.

An import's parsed file and the records loaded for their rules, or a list's tens of
thousands of rows, are objects the collector would walk again and again to find nothing to
free (a third of a JSON import's time; three full collections and a fifth of the Deadlines
view's time at 60,000 deadlines, measured). Nothing else changes: objects without cycles
are freed as ever, and the collector runs as usual afterwards. Where it is off already (the
GUI collects on its UI thread, :mod:`caseapp.ui.collector`) it stays off."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
