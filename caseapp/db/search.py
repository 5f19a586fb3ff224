"""Search index over names and free text, kept in step with the records by a flush hook.

Every indexed record has one row in ``search_entries`` holding the folded search keys
of its text (see :mod:`caseapp.domain.names`). On SQLite an FTS5 table mirrors that
row for fast prefix matching; on PostgreSQL a full-text (GIN) index over the same keys
answers prefix queries (``vardan:*``); any other database matches them with LIKE. Both
match a word of the record starting with each word of the query, or sounding like it (the
``sounds`` column). The queries are in :mod:`caseapp.db.search_match`; nothing outside these
two modules knows which engine answers.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
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
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from caseapp.db import team_writes
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
from caseapp.domain.messages import LANGUAGES
from caseapp.domain.names import WordKeys, name_keys
from caseapp.domain.stored_messages import MARK, StoredLines, read_lines


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
    # The sound keys of the words whose sound key is not their search key (see
    # :func:`caseapp.domain.name_sounds.sound_key`): Казарян is found as Ghazaryan through them.
    sounds: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        Index("ix_search_entries_record", "entity", "record_id", unique=True),
        # From revision 0021: a name's keys, for a search finding the name that is the query
        # whole (caseapp.db.search_match._named_whole) without comparing every match's keys.
        # Names only (the revision makes it so on PostgreSQL too; schemas are made by the
        # revisions alone): ``postgresql_where`` here would import SQLAlchemy's PostgreSQL
        # dialect at every start, 10 ms of `caseapp captives list` on a plain file.
        Index("ix_search_entries_name_keys", "keys", sqlite_where=text("is_name")),
    )


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
# Each indexed table's model and the fields whose text it indexes (what a search may have
# matched in one of its records: caseapp.services.search_why).
INDEXED_FIELDS = {ENTITY_OF[cls]: (cls, fields) for cls, (fields, _) in _INDEXED.items()}
FTS_TABLE = "search_fts"


def _search_table() -> Table:
    return cast(Table, SearchEntry.__table__)


def sounds_of(words: Iterable[WordKeys]) -> str:
    """What the ``sounds`` column holds for these words' keys (:func:`name_keys`): each sound
    key once, unless it is the word's search key itself (found through ``keys`` already)."""
    found = dict.fromkeys(s for w in words for s in w.sounds if s != w.key)
    return " ".join(found)


def _entry(cls: type, values: dict, *, sounds: bool = True) -> dict:
    fields, captive_col = _INDEXED[cls]
    words = name_keys(" ".join(_searchable(values[f]) for f in fields), name=cls is CaptiveName,
                      stored=True)
    entry = {
        "entity": ENTITY_OF[cls],
        "record_id": values["id"],
        "captive_id": values[captive_col] if captive_col else None,
        "is_name": cls is CaptiveName,
        "keys": " ".join(w.key for w in words),
    }
    if sounds:
        entry["sounds"] = sounds_of(words)
    return entry


def _searchable(value: object) -> str:
    """A field's text as the index reads it: what CaseApp wrote in it as a message (a
    spreadsheet import's note), in every language, so that each reader finds it in hers."""
    read = read_lines(value) if isinstance(value, str) and MARK in value else value
    if isinstance(read, StoredLines):
        return " ".join(read.render(lang) for lang in LANGUAGES)
    return str(value or "")


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
        if isinstance(obj, Captive) and team_writes.writes_below_internal(conn):
            continue  # its entry keeps the words of the fields the login cannot see
        conn.execute(
            delete(table).where(
                table.c.entity == ENTITY_OF[type(obj)], table.c.record_id == obj.id
            )
        )
    rows = [e for e in (entry_for(o) for o in [*new, *changed]) if e["keys"]]
    if rows and team_writes.writes_below_internal(conn):
        # A captive's own entry is internal: such a login only adds the words it wrote.
        for entry in (e for e in rows if e["entity"] == ENTITY_OF[Captive]):
            team_writes.add_captive_words(conn, entry)
        rows = [e for e in rows if e["entity"] != ENTITY_OF[Captive]]
    if rows:
        conn.execute(insert(table), rows)


def _after_flush(session: Session, _ctx: object) -> None:
    indexed = tuple(_INDEXED)
    new = [o for o in session.new if isinstance(o, indexed)]
    changed = [o for o in session.dirty if isinstance(o, indexed)
               and session.is_modified(o, include_collections=False)]  # columns only
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


def has_sounds(conn: Connection) -> bool:
    """Whether the index has its ``sounds`` column (revision 0012 on): earlier revisions'
    migrations build and fill the index as it was then."""
    return any(c["name"] == "sounds" for c in inspect(conn).get_columns("search_entries"))


Progress = Callable[[int, int], None]  # records indexed so far, records to index
_PROGRESS_EVERY = 20_000


# The revisions that only index every record again by the rules of their day (the keys a file
# holds made by older rules), and not a file with nothing indexed. Each indexes by this
# version's rules, so an upgrade that runs several indexes once: in the last of them it runs
# (rebuild_in_revision). (0016 stays apart: it rebuilds a new file's empty index too, which
# lays out a new file as every version since has.)
KEYS_REVISIONS = ("0020", "0022", "0024", "0025", "0026", "0027", "0028", "0030", "0031",
                  "0032", "0034")


def rebuild_in_revision(conn: Connection, revision: str,
                        destination: str | tuple[str, ...] | None,
                        progress: Progress | None = None) -> None:
    """What a revision of :data:`KEYS_REVISIONS` does on upgrade: index every record again,
    unless nothing is indexed yet (a new file) or a later one of them runs in this same upgrade
    (up to ``destination``, Alembic's: "head" or a revision id) and will index it then."""
    if isinstance(destination, tuple):  # (several: only "head" is ever given here)
        destination = destination[0] if len(destination) == 1 else None
    later = [r for r in KEYS_REVISIONS if r > revision
             and (destination in (None, "head", "heads") or r <= str(destination))]
    if later:
        return
    if conn.execute(text("SELECT 1 FROM search_entries LIMIT 1")).first() is None:
        return  # a new case file: nothing indexed yet, nothing to index again
    rebuild(conn, progress=progress)


def rebuild(conn: Connection, *, progress: Progress | None = None) -> int:
    """Rebuild the whole index from the records (used by migrations and imports).

    On SQLite the FTS mirror is dropped first and built again in one pass at the end:
    feeding it row by row through its triggers is many times slower. ``progress(done,
    total)`` hears how many records are indexed, every few thousand (a file of 100,000
    captives has half a million) and once at the end.
    """
    sqlite = conn.dialect.name == "sqlite"
    sounds = has_sounds(conn)
    if sqlite:
        drop_fts(conn)
    conn.execute(delete(_search_table()))
    count = done = 0
    total = sum(conn.execute(select(func.count()).select_from(cast(Table, cls.__table__)))
                .scalar_one() for cls in _INDEXED) if progress is not None else 0
    for cls in _INDEXED:
        table = cast(Table, cls.__table__)
        # A migration rebuilds the index of an older revision: a column added later (the
        # documents' OCR text) is not there yet and counts as empty.
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        empty = dict.fromkeys(_columns(cls))
        read = [c for c in _columns(cls) if c in present]
        result = conn.execute(select(*(table.c[c] for c in read)))
        for part in result.partitions(_PROGRESS_EVERY):
            rows = [e for e in (_entry(cls, empty | dict(zip(read, r, strict=True)),
                                       sounds=sounds) for r in part) if e["keys"]]
            if rows:
                _insert(conn, rows, sounds=sounds)
                count += len(rows)
            done += len(part)
            if progress is not None:
                progress(done, total)
    if sqlite:
        create_fts(conn)
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    return count


_ENTRY_COLUMNS = ("entity", "record_id", "captive_id", "is_name", "keys")


def _insert(conn: Connection, rows: list[dict], *, sounds: bool) -> None:
    """Many entries in one statement run by the driver itself (a rebuild writes half a million:
    through SQLAlchemy's INSERT each row's parameters are built one by one, most of the
    time the statement takes). Without the ``sounds`` column (an earlier revision's
    migration), rows go in without it."""
    names = (*_ENTRY_COLUMNS, "sounds") if sounds else _ENTRY_COLUMNS
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f"INSERT INTO search_entries ({', '.join(names)}) "
                         f"VALUES ({', '.join(mark for _ in names)})",
                         [tuple(r[n] for n in names) for r in rows])


# A refresh of more records than this share of the index rebuilds it instead: feeding the
# SQLite mirror row by row through its triggers costs several times a bulk pass.
REBUILD_SHARE = 0.25


def refresh(conn: Connection, ids: Mapping[str, Iterable[int]]) -> None:
    """The entries of the records ``ids`` names (ids by table) made again from what they
    hold now: after writes through the connection (an import, a merge), which the session's
    hook does not see. A few records into a large index are indexed alone (importing one
    captive into a file of 10,000 rebuilt the whole index: 2 s); many, the whole index is
    rebuilt in one pass."""
    wanted = {name: sorted(set(found)) for name, found in ids.items()
              if name in ENTITY_OF.values() and found}
    count = sum(len(found) for found in wanted.values())
    if not count:
        return
    held = conn.execute(select(func.count()).select_from(_search_table())).scalar_one()
    if count > held * REBUILD_SHARE or team_writes.writes_below_internal(conn):
        rebuild(conn)
        return
    table = _search_table()
    for cls, name in ENTITY_OF.items():
        record_ids = wanted.get(name, [])
        source = cast(Table, cls.__table__)
        for start in range(0, len(record_ids), 500):
            part = record_ids[start:start + 500]
            conn.execute(delete(table).where(table.c.entity == name,
                                             table.c.record_id.in_(part)))
            result = conn.execute(select(*(source.c[c] for c in _columns(cls)))
                                  .where(source.c.id.in_(part)))
            rows = [e for e in (_entry(cls, dict(r._mapping)) for r in result) if e["keys"]]
            if rows:
                conn.execute(insert(table), rows)


def create_fts(conn: Connection) -> None:
    """Create the SQLite FTS5 mirror of ``search_entries`` and the triggers feeding it.

    From revision 0012 it mirrors the sound keys too and keeps prefix indexes of one and two
    letters, so that a one-letter search reads one index entry instead of every word; it
    records which column a word is in but not its position (``detail=column``: searches
    match word prefixes, never phrases), a smaller index that reads faster."""
    if conn.dialect.name != "sqlite":
        return
    if has_sounds(conn):
        cols, new, old = "keys, sounds", "new.keys, new.sounds", "old.keys, old.sounds"
        options = ", prefix='1 2', detail=column"
    else:
        cols, new, old, options = "keys", "new.keys", "old.keys", ""
    for stmt in (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({cols}, content='search_entries', "
        f"content_rowid='id', tokenize='unicode61'{options})",
        f"CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new}); END",
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
# From revision 0012: the search keys and the sound keys together, for a search by sound.
SERVER_SOUND_INDEX = "ix_search_entries_sounds_fulltext"
SERVER_SOUND_VECTOR = "to_tsvector('simple', search_entries.keys || ' ' || search_entries.sounds)"


def create_server_index(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {SERVER_INDEX} ON search_entries "
                          f"USING gin ({SERVER_VECTOR.replace('search_entries.', '')})"))


def drop_server_index(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX IF EXISTS {SERVER_INDEX}"))


def create_server_sound_index(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        vector = SERVER_SOUND_VECTOR.replace("search_entries.", "")
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {SERVER_SOUND_INDEX} ON search_entries "
                          f"USING gin ({vector})"))


def drop_server_sound_index(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"DROP INDEX IF EXISTS {SERVER_SOUND_INDEX}"))
