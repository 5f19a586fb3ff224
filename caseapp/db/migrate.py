"""Schema migrations (Alembic, packaged in ``caseapp/db/migrations``).

:func:`upgrade` brings an open case file to the app's schema. A file that needs an
upgrade is first copied aside; a file written by a newer CaseApp is refused.

Developers make a new revision with
``uv run python -m caseapp.db.migrate revision "what changed"`` (autogenerate against a
scratch database at head) and then read and test it.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.db import in_use
from caseapp.db.engine import Database
from caseapp.db.revisions import head_from_files
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import Message, Number, msg
from caseapp.fileio import atomic_path

if TYPE_CHECKING:  # Alembic is imported only when a file is not at the head
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# Told what an upgrade is doing, in a sentence for the user: once before it starts, and as a
# revision that rebuilds the search index goes (a minute for 100,000 captives).
Progress = Callable[[Message], None]


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = head_from_files()
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    """The revision stored in the file (Alembic's table), None in a file without one. A
    SQLite case file's is read with plain SQL (no SQLAlchemy imported for it)."""
    if db.path is not None:
        with db.reading() as raw:
            if raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                           "name = 'alembic_version'").fetchone() is None:
                return None
            stored = [r[0] for r in raw.execute("SELECT version_num FROM alembic_version")]
    else:
        from sqlalchemy import inspect

        with db.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            stored = list(conn.exec_driver_sql("SELECT version_num FROM alembic_version")
                          .scalars().all())
    if len(stored) > 1:
        raise CaseFileError(msg("{file} records several schema revisions ({revisions}).",
                                file=db.label, revisions=", ".join(stored)))
    return stored[0] if stored else None


def indexing_progress(file: str, done: int, total: int) -> Message:
    """What an upgrade re-indexing the records says as it goes: the counts grouped as the
    language groups digits ("120,000 of 500,000", "120 000 из 500 000")."""
    return msg("Updating {file} for this version of CaseApp: indexing its records for the "
               "search again, {done} of {total}.", file=file, done=Number(done),
               total=Number(total))


def _run(db: Database, target: str, progress: Progress | None = None) -> None:
    from alembic import command

    cfg = alembic_config()
    if progress is not None:
        cfg.attributes["progress"] = lambda done, total: progress(
            indexing_progress(db.label, done, total))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def backup_before_upgrade(db: Database, revision: str) -> Path | None:
    """Copy the case file aside (``NAME.before-REV-TIMESTAMP.bak``) before an upgrade."""
    if db.path is None:
        return None
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.name}.before-{revision}-{stamp}.bak")
    with atomic_path(target) as tmp:
        in_use.copy_held(db.path, tmp)  # never a descriptor of its own: see in_use._HELD
    return target


def upgrade(db: Database, target: str = "head", *, progress: Progress | None = None
            ) -> Path | None:
    """Bring ``db`` to ``target``; returns the path of the copy made first, if any.
    ``progress`` hears what an upgrade of an existing file is doing (see :data:`Progress`)."""
    current = current_revision(db)
    if current is not None and target == "head" and current == head_from_files():
        return None  # the usual open: nothing to do, and no Alembic imported to find that out
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    script = ScriptDirectory.from_config(alembic_config())
    if current is None:
        with db.engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        if tables:
            raise CaseFileError(msg("{file} is a database, but not a CaseApp case file.",
                                    file=db.label), bad_input=True)
        db.refuse_writes()
        _run(db, target)
        return None
    try:
        script.get_revision(current)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
        raise CaseFileError(
            msg("{file} was written by a newer version of CaseApp (schema {schema}); update "
                "CaseApp to open it. The file was not changed.", file=db.label, schema=current),
            bad_input=True,  # the user's to fix: by updating CaseApp
        ) from None
    wanted = script.get_revision(target) if target != "head" else script.get_revision("head")
    if wanted is not None and wanted.revision == current:
        return None
    if db.read_only is not None:
        raise CaseFileError(msg("{file} was written by an older version of CaseApp and must be "
                                "updated before it can be read, which changes it; but it is open "
                                "read-only ({reason}). Nothing was changed. Copy it to a folder "
                                "you can write to and open the copy.", file=db.label,
                                reason=db.read_only.reason), bad_input=True)
    if progress is not None:
        progress(msg("Updating {file} for this version of CaseApp; a copy of it is kept first. "
                     "A large file takes a minute or two.", file=db.label))
    copy = backup_before_upgrade(db, current)
    _run(db, target, progress)
    return copy


def _autogenerate(message: str) -> None:
    from caseapp.db.opening import open_sqlite

    with tempfile.TemporaryDirectory() as tmp:
        db = open_sqlite(Path(tmp) / "scratch.db", create=True)
        upgrade(db)
        from alembic import command

        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True)
        db.close()


if __name__ == "__main__":  # developer tool, see module docstring
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit("usage: python -m caseapp.db.migrate revision MESSAGE")
    _autogenerate(sys.argv[2])
