"""What a case file's engine does inside a block, for tests that count it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from caseapp.services.casefile import CaseFile


@contextmanager
def heard(cf: CaseFile, name: str) -> Iterator[list[tuple[Any, ...]]]:
    """The arguments of every ``name`` event of ``cf``'s engine inside the block ("begin":
    a transaction begun; "before_cursor_execute": a statement sent, its text third)."""
    calls: list[tuple[Any, ...]] = []

    def listener(*args: Any) -> None:
        calls.append(args)

    event.listen(cf.db.engine, name, listener)
    try:
        yield calls
    finally:
        event.remove(cf.db.engine, name, listener)
