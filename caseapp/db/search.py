"""Search index over names and free text, kept in step with the records by a flush hook.

Every indexed record has one row in ``search_entries`` holding the folded search keys
of its text (see :mod:`caseapp.domain.names`). On SQLite an FTS5 table mirrors that
row for fast prefix matching; on PostgreSQL a full-text (GIN) index over the same keys
answers prefix queries (``vardan:*``); any other database matches them with LIKE. Both
match a word of the record starting with each word of the query. Nothing outside this
module knows which.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from caseapp.db.base import Base
from caseapp.db.models import (
    Captive,
    CaptiveName,
    Contact,
    DetentionPlace,
    Document,
    Hearing,
    InternationalProceeding,
    Intervention,
    Note,
    Organisation,
    Prosecution,
    WelfareContact,
)
from caseapp.domain.names import search_keys


class SearchEntry(Base):
    __tablename__ = "search_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[int] = mapped_column(Integer)
    captive_id: Mapped[int | None] = mapped_column(
        ForeignKey("captives.id", ondelete="CASCADE"), index=True
    )
    is_name: Mapped[bool] = mapped_column(default=False)
    keys: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_search_entries_record", "entity", "record_id", unique=True),)


# What is indexed: for each model, its text fields and the column naming its captive.
_INDEXED: dict[type[Base], tuple[tuple[str, ...], str | None]] = {
    CaptiveName: (("full_name",), "captive_id"),
    Captive: (
        ("summary", "current_asks", "health", "capture_place", "capture_circumstances",
         "capturing_authority", "birth_place", "consent_notes"),
        "id",
    ),
    Note: (("title", "body"), "captive_id"),
    WelfareContact: (("source", "notes"), "captive_id"),
    DetentionPlace: (("facility", "address", "notes"), "captive_id"),
    Prosecution: (("case_number", "investigating_body", "court", "judge", "prosecutor", "notes"),
                  "captive_id"),
    InternationalProceeding: (("reference", "outcome", "notes"), "captive_id"),
    Hearing: (("court", "judge", "outcome", "notes"), None),
    Intervention: (("subject", "request", "response"), None),
    Organisation: (("name", "country", "notes"), None),
    Contact: (("name", "role", "notes"), None),
    Document: (("title", "filename", "source", "notes", "text_layer"), "captive_id"),
}

ENTITY_OF = {cls: cast(Table, cls.__table__).name for cls in _INDEXED}
FTS_TABLE = "search_fts"


def _search_table() -> Table:
    return cast(Table, SearchEntry.__table__)


@dataclass(frozen=True)
class SearchHit:
    entity: str  # table name of the record: "captives", "hearings", ...
    record_id: int
    captive_id: int | None
    is_name: bool


def _entry(cls: type, values: dict) -> dict:
    fields, captive_col = _INDEXED[cls]
    return {
        "entity": ENTITY_OF[cls],
        "record_id": values["id"],
        "captive_id": values[captive_col] if captive_col else None,
        "is_name": cls is CaptiveName,
        "keys": " ".join(search_keys(" ".join(str(values[f] or "") for f in fields))),
    }


def _columns(cls: type) -> list[str]:
    fields, captive_col = _INDEXED[cls]
    return ["id", *fields, *([captive_col] if captive_col and captive_col != "id" else [])]


def entry_for(obj: object) -> dict:
    cls = type(obj)
    return _entry(cls, {c: getattr(obj, c) for c in _columns(cls)})


def _write_entries(conn: Connection, removed: Iterable[Any], changed: Iterable[Any],
                   new: Iterable[Any] = ()) -> None:
    table = _search_table()
    for obj in [*removed, *changed]:
        conn.execute(
            delete(table).where(
                table.c.entity == ENTITY_OF[type(obj)], table.c.record_id == obj.id
            )
        )
    rows = [e for e in (entry_for(o) for o in [*new, *changed]) if e["keys"]]
    if rows:
        conn.execute(insert(table), rows)


def _after_flush(session: Session, _ctx: object) -> None:
    indexed = tuple(_INDEXED)
    new = [o for o in session.new if isinstance(o, indexed)]
    changed = [o for o in session.dirty if isinstance(o, indexed) and session.is_modified(o)]
    removed = [o for o in session.deleted if isinstance(o, indexed)]
    if new or changed or removed:
        _write_entries(session.connection(), removed, changed, new)


_INSTALLED: weakref.WeakSet[object] = weakref.WeakSet()


def install(session_class: type[Session]) -> None:
    """Keep the index in step with every flush of sessions made by ``session_class``.

    (Not ``event.contains``: it looks classes up by ``id()``, which a new sessionmaker's
    class can reuse after an old one is collected.)
    """
    if session_class not in _INSTALLED:
        event.listen(session_class, "after_flush", _after_flush)
        _INSTALLED.add(session_class)


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the records (used by migrations and imports).

    On SQLite the FTS mirror is dropped first and built again in one pass at the end:
    feeding it row by row through its triggers is many times slower.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        drop_fts(conn)
    conn.execute(delete(_search_table()))
    count = 0
    for cls in _INDEXED:
        table = cast(Table, cls.__table__)
        # A migration rebuilds the index of an older revision: a column added later (the
        # documents' OCR text) is not there yet and counts as empty.
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        result = conn.execute(select(*(table.c[c] for c in _columns(cls) if c in present)))
        rows = [e for e in (_entry(cls, {f: None for f in _columns(cls)} | dict(r._mapping))
                            for r in result) if e["keys"]]
        if rows:
            conn.execute(insert(_search_table()), rows)
            count += len(rows)
    if sqlite:
        create_fts(conn)
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    return count


def create_fts(conn: Connection) -> None:
    """Create the SQLite FTS5 mirror of ``search_entries`` and the triggers feeding it."""
    if conn.dialect.name != "sqlite":
        return
    for stmt in (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(keys, content='search_entries', "
        "content_rowid='id', tokenize='unicode61')",
        f"CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, keys) VALUES (new.id, new.keys); END",
        f"CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, keys) VALUES ('delete', old.id, old.keys); END",
        f"CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, keys) VALUES ('delete', old.id, old.keys); "
        f"INSERT INTO {FTS_TABLE}(rowid, keys) VALUES (new.id, new.keys); END",
    ):
        conn.execute(text(stmt))


def drop_fts(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for name in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))


# The server's full-text index: the keys are already folded ASCII words, so the "simple"
# configuration (no stemming, no stop words) keeps them as they are.
SERVER_INDEX = "ix_search_entries_keys_fulltext"
SERVER_VECTOR = "to_tsvector('simple', search_entries.keys)"


def create_server_index(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {SERVER_INDEX} ON search_entries "
                          f"USING gin ({SERVER_VECTOR.replace('search_entries.', '')})"))


def drop_server_index(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX IF EXISTS {SERVER_INDEX}"))


def find(session: Session, query: str, *, entities: Iterable[str] | None = None,
         limit: int | None = None) -> list[SearchHit]:
    """Records whose text has a word starting with each word of ``query``, names first."""
    keys = search_keys(query)
    if not keys:
        return []
    t = _search_table()
    stmt = select(t.c.entity, t.c.record_id, t.c.captive_id, t.c.is_name)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        match = " ".join(f"{k}*" for k in keys)
        stmt = stmt.where(
            t.c.id.in_(text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m"))
        ).params(m=match)
    elif dialect == "postgresql":  # keys are [a-z0-9]+: nothing in them is tsquery syntax
        stmt = stmt.where(text(f"{SERVER_VECTOR} @@ to_tsquery('simple', :q)")).params(
            q=" & ".join(f"{k}:*" for k in keys))
    else:
        for k in keys:
            stmt = stmt.where((" " + t.c["keys"]).like(f"% {k}%"))
    if entities is not None:
        stmt = stmt.where(t.c.entity.in_(list(entities)))
    stmt = stmt.order_by(t.c.is_name.desc(), t.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [SearchHit(*row) for row in session.execute(stmt)]
