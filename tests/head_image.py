"""A new plain case file gets its schema by copying a migrated image, not by running every
migration again.

Making a new SQLite case file runs every Alembic revision: 0.2–0.3 s on the 2-core CI
machine, and the tests make about 500 new files in their own process (``caseapp init``,
travel copies, fixtures that make a file of their own). ``tests/conftest.py`` wraps
``caseapp.db.migrate._run`` for the session: when a new, empty, unencrypted SQLite file is
brought to the head, the schema is copied with SQLite's backup API from an image each test
process migrates once, with the real revisions (a few milliseconds instead). Everything
``open_case_file`` does after the migrations (settings, the audit chain, the file's identity)
still runs for each file.

The revisions run as written when a file is older than the head, for another target, for an
encrypted file (SQLCipher's ``sqlcipher_export`` copies the search index's virtual table as
plain tables, and the file then fails when the index is rebuilt), for a PostgreSQL database
(those tests copy a migrated template database of their own) and in every test marked
``real_migrations`` (``tests/db/test_migrations.py``).

The copy is the schema the revisions make, not one "like" it: two runs of the revisions
themselves differ in the order of some tables' constraints (Alembic's batch mode rebuilds
tables from sets), and a copy equals one of those runs.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from caseapp.db import migrate
from caseapp.db.engine import Database, open_sqlite

Run = Callable[..., None]


class HeadImage:
    """The image, made on first use with the real ``_run``; ``enabled`` is turned off for a
    test marked ``real_migrations``."""

    def __init__(self, real_run: Run) -> None:
        self.real_run = real_run
        self.enabled = True
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._path: Path | None = None
        self._image: sqlite3.Connection | None = None

    def _source(self) -> sqlite3.Connection:
        if self._path is None or self._image is None:
            self._folder = tempfile.TemporaryDirectory(prefix="caseapp-head-image-")
            self._path = Path(self._folder.name) / "head.db"
            db = open_sqlite(self._path, create=True)
            try:
                self.real_run(db, "head")
            finally:
                db.close()
            self._image = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
        return self._image

    def run(self, db: Database, target: str, progress: migrate.Progress | None = None) -> None:
        if not (self.enabled and target == "head" and db.path is not None and not db.encrypted
                and migrate.current_revision(db) is None):
            self.real_run(db, target, progress)
            return
        image = self._source()
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None and not raw.in_transaction
            assert isinstance(raw, sqlite3.Connection)
            image.backup(raw)

    def close(self) -> None:
        if self._image is not None:
            self._image.close()
            self._image = None
        self._path = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
