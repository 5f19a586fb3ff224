"""A case file taken back to an older revision with the search keys that revision's rules
stored for some names: what the upgrade tests of a revision that indexes every file again
(0016, 0020) start from, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_sqlite, open_url


def back_to(location: Location, revision: str, old_keys: dict[str, tuple[str, str]]) -> None:
    """Downgrade the file at ``location`` to ``revision`` and store, for each name of
    ``old_keys``, the (keys, sounds) given for it."""
    db = open_sqlite(location.path) if location.path else open_url(str(location.url))
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        for name, (keys, sounds) in old_keys.items():
            conn.execute(text("UPDATE search_entries SET keys = :k, sounds = :s WHERE entity = "
                              "'captive_names' AND record_id = (SELECT id FROM captive_names "
                              "WHERE full_name = :n)"), {"k": keys, "s": sounds, "n": name})
    assert migrate.current_revision(db) == revision
    db.close()
