"""A new case file gets its schema from a migrated image, not by running every migration
again.

Making a new SQLite case file runs every Alembic revision: 0.2–0.3 s on the 2-core CI
machine, and the tests make about 500 new files in their own process (``caseapp init``,
travel copies, fixtures that make a file of their own). ``tests/conftest.py`` wraps
``caseapp.db.migrate._run`` for the session: when a new, empty SQLite file is brought to the
head, the schema comes from an image each test process migrates once with the real
revisions, a plain file's pages copied with SQLite's backup API (a few milliseconds
instead). Everything
``open_case_file`` does after the migrations (settings, the audit chain, the file's identity)
still runs for each file.

An encrypted new file cannot take the image's pages (SQLCipher's backup API needs both files
keyed alike, and ``sqlcipher_export`` copies the search index's virtual table as plain
tables): the image's statements and rows are replayed in it instead (``_replay``).
``tests/db/test_migrations.py`` checks that both ways give the schema, rows and pragmas of
the revisions run in turn. The revisions run as written when a file is older than the head,
for another target, for a PostgreSQL database (those tests copy a migrated template database
of their own) and in every test marked ``real_migrations`` (``tests/db/test_migrations.py``).

The copy is the schema the revisions make, not one "like" it: two runs of the revisions
themselves differ in the order of some tables' constraints (Alembic's batch mode rebuilds
tables from sets), and a copy equals one of those runs.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.db import migrate
from caseapp.db.engine import Database
from caseapp.db.opening import open_sqlite

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
        if not (self.enabled and target == "head" and db.path is not None
                and migrate.current_revision(db) is None):
            self.real_run(db, target, progress)
            return
        image = self._source()
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None and not raw.in_transaction
            if db.encrypted:
                self._replay(raw)
            else:
                assert isinstance(raw, sqlite3.Connection)
                image.backup(raw)

    def _replay(self, raw: Any) -> None:
        """An encrypted file cannot take the image's pages (SQLCipher's backup needs both
        files keyed alike): the image's statements are run in it instead, as SQLite stored
        them, in their order (tables, then indexes, views and triggers), and the rows the
        revisions wrote are copied. The search index is made by its CREATE VIRTUAL TABLE
        (which makes its shadow tables), then given the image's shadow rows."""
        assert self._path is not None
        raw.execute("ATTACH DATABASE ? AS image KEY ''", (str(self._path),))
        try:
            shadow = {name for name, kind in raw.execute(
                "SELECT name, type FROM pragma_table_list WHERE schema = 'image'")
                if kind == "shadow"}
            objects = [(kind, name, sql) for kind, name, sql in raw.execute(
                "SELECT type, name, sql FROM image.sqlite_master WHERE sql IS NOT NULL "
                "ORDER BY rowid") if name not in shadow and not name.startswith("sqlite_")]
            tables = [(name, sql) for kind, name, sql in objects if kind == "table"]
            raw.execute("BEGIN")
            for _name, sql in tables:
                raw.execute(sql)
            for name, sql in tables:  # before any trigger exists, as the rows were written
                if not sql.upper().startswith("CREATE VIRTUAL"):
                    raw.execute(f'INSERT INTO main."{name}" SELECT * FROM image."{name}"')
            for name in sorted(shadow):  # the search index as the revisions left it
                raw.execute(f'DELETE FROM main."{name}"')
                raw.execute(f'INSERT INTO main."{name}" SELECT * FROM image."{name}"')
            if raw.execute("SELECT 1 FROM image.sqlite_master WHERE name = 'sqlite_sequence'"
                           ).fetchone():
                raw.execute("INSERT INTO main.sqlite_sequence SELECT * FROM image.sqlite_sequence")
            order = {"index": 0, "view": 1, "trigger": 2}
            for _kind, _name, sql in sorted((o for o in objects if o[0] != "table"),
                                            key=lambda o: order[o[0]]):
                raw.execute(sql)
            for pragma in ("user_version", "application_id"):
                value = raw.execute(f"PRAGMA image.{pragma}").fetchone()[0]
                raw.execute(f"PRAGMA main.{pragma} = {int(value)}")
            raw.execute("COMMIT")
        finally:
            raw.execute("DETACH DATABASE image")

    def close(self) -> None:
        if self._image is not None:
            self._image.close()
            self._image = None
        self._path = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
