"""Where the case file is and who is working on it, from arguments and the environment."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_path

from caseapp import APP_NAME
from caseapp.domain.location import Location

__all__ = ["APP_NAME", "Location", "current_actor", "default_path", "is_text",
           "named_by_variable", "resolve_location"]

DEFAULT_FILE_NAME = "casefile.db"


def default_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE_NAME


def resolve_location(db: str | os.PathLike[str] | None = None,
                     env: Mapping[str, str] | None = None) -> Location:
    """``--db PATH`` first, then ``CASEAPP_DB``, then ``CASEAPP_DATABASE_URL``, then the default.

    ``--db`` may also be a team server's URL (``postgresql+psycopg://USER@HOST/DATABASE``)."""
    environ: Mapping[str, str] = os.environ if env is None else env
    if db and "://" in str(db):
        return Location(url=str(db))
    if db:
        return Location(path=Path(db).expanduser())
    if environ.get("CASEAPP_DB"):
        return Location(path=Path(environ["CASEAPP_DB"]).expanduser())
    if environ.get("CASEAPP_DATABASE_URL"):
        return Location(url=environ["CASEAPP_DATABASE_URL"])
    return Location(path=default_path())


def named_by_variable(db: str | os.PathLike[str] | None = None,
                      env: Mapping[str, str] | None = None) -> str | None:
    """The environment variable :func:`resolve_location` took the case file from (None: from
    ``--db``, or the default)."""
    environ: Mapping[str, str] = os.environ if env is None else env
    if db:
        return None
    return next((v for v in ("CASEAPP_DB", "CASEAPP_DATABASE_URL") if environ.get(v)), None)


def current_actor(env: Mapping[str, str] | None = None) -> str:
    """Who the audit trail names: ``CASEAPP_USER`` or the login name."""
    environ: Mapping[str, str] = os.environ if env is None else env
    if environ.get("CASEAPP_USER"):
        return environ["CASEAPP_USER"]
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


def is_text(value: str) -> bool:
    """Whether an environment variable's value is text: one set in a terminal of another
    encoding than UTF-8 (``export CASEAPP_PASSPHRASE=café`` in Latin-1) reaches Python as
    bytes that are not (which no key derivation can read)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
