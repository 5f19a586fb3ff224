"""Where the case file is and who is working on it, from arguments and the environment."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "CaseApp"
DEFAULT_FILE_NAME = "casefile.db"


@dataclass(frozen=True)
class Location:
    """A case file: a SQLite path, or a database URL (``url`` wins when both are set)."""

    path: Path | None = None
    url: str | None = None

    def __str__(self) -> str:
        return self.url or str(self.path)


def default_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE_NAME


def resolve_location(db: str | os.PathLike[str] | None = None,
                     env: dict[str, str] | None = None) -> Location:
    """``--db PATH`` first, then ``CASEAPP_DB``, then ``CASEAPP_DATABASE_URL``, then the default."""
    env = os.environ if env is None else env
    if db:
        return Location(path=Path(db).expanduser())
    if env.get("CASEAPP_DB"):
        return Location(path=Path(env["CASEAPP_DB"]).expanduser())
    if env.get("CASEAPP_DATABASE_URL"):
        return Location(url=env["CASEAPP_DATABASE_URL"])
    return Location(path=default_path())


def current_actor(env: dict[str, str] | None = None) -> str:
    """Who the audit trail names: ``CASEAPP_USER`` or the login name."""
    env = os.environ if env is None else env
    if env.get("CASEAPP_USER"):
        return env["CASEAPP_USER"]
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"
