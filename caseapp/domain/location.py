"""Where a case file lives: a value every layer passes around."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_PASSWORD_IN_URL = re.compile(r"(://[^:/@]*):[^@/]*@")
SERVER_SCHEMES = ("postgresql", "postgres")  # a team server's URL


def is_server_url(value: str) -> bool:
    """True for a PostgreSQL URL (``postgresql+psycopg://…``, ``postgresql://…``)."""
    scheme = value.split("://", 1)[0] if "://" in value else ""
    return scheme.split("+", 1)[0].lower() in SERVER_SCHEMES


@dataclass(frozen=True)
class Location:
    """A case file: a SQLite path, or a database URL (``url`` wins when both are set)."""

    path: Path | None = None
    url: str | None = None

    def __str__(self) -> str:
        """The path, or the URL without its password (``user:***@host``)."""
        return _PASSWORD_IN_URL.sub(r"\1:***@", self.url) if self.url else str(self.path)
