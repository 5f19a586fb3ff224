"""Where a case file lives: a value every layer passes around."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """A case file: a SQLite path, or a database URL (``url`` wins when both are set)."""

    path: Path | None = None
    url: str | None = None

    def __str__(self) -> str:
        return self.url or str(self.path)
