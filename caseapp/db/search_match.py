"""Searching the index of :mod:`caseapp.db.search`: which records match a query, and the
captives they concern in rank order, each in one SQL statement.

A record matches when, for every word of the query, one of its words starts with that word's
search key or with one of its sound keys of at least :data:`SOUND_MIN` letters (Ghazaryan
finds Казарян, Məmmədov Мамедов), or is one of its shorter sound keys, whole (Vahe finds Ваге,
Gor Гор: as a prefix, a two-letter sound key would find too much; see
:func:`caseapp.domain.names.name_keys`). Ranked:
a name that is the query whole first, then matches by a name before matches in other text,
and in each, the spelling as written before a match by sound only, then in the order the
records were indexed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, bindparam, text
from sqlalchemy.orm import Session

from caseapp.db.search import FTS_TABLE, SERVER_SOUND_VECTOR, SERVER_VECTOR
from caseapp.domain.name_filter import looked_for, written_only
from caseapp.domain.name_words import LINKS
from caseapp.domain.names import WordKeys, name_keys, name_terms

_TIER = 1 << 40  # rank = tier * _TIER + entry id: entry ids stay far below 2^40


@dataclass(frozen=True)
class SearchHit:
    entity: str  # table name of the record: "captives", "hearings", ...
    record_id: int
    captive_id: int | None
    is_name: bool


@dataclass(frozen=True)
class _Match:
    """The SQL conditions on ``search_entries e`` for one query on one engine."""

    any: str  # the record matches (as written or by sound)
    exact: str  # among those, it matches as written
    params: dict[str, Any]


Word = tuple[str, tuple[str, ...]]  # a word's search key and its sounds (see _looked_for)
# The ways one typed word may be written, each the words a record must hold all of (see
# caseapp.domain.names.name_terms): most have one way of one word.
Term = tuple[tuple[Word, ...], ...]


def _looked_for(word: WordKeys) -> Word:
    """A word's search key and what it is looked for as by sound: the rule the lists' filters
    and the pickers share (:func:`caseapp.domain.name_filter.looked_for`)."""
    return looked_for(word)


def _terms(query: str) -> list[Term]:
    """What each word of ``query`` is looked for as (:func:`_looked_for`), in each way it may
    be written (a double name: its parts, or the whole of it joined); a number (a word with a
    digit, :func:`caseapp.domain.name_filter.written_only`) as written only, with no sounds
    in any of its ways (:func:`_match` looks for it among the search keys only)."""
    return [tuple(tuple((w.key, ()) if as_written else _looked_for(w) for w in way)
                  for way in term)
            for term, as_written in ((t, written_only(t)) for t in name_terms(query))]


def _numbers(terms: list[Term]) -> tuple[list[Term], list[Term]]:
    """``terms`` parted into those looked for by sound (or as written, where they have no
    sounds) and the numbers, looked for as written among the search keys only: no sound key
    holds a digit but the key a first h or kh shares, which begins with a 0
    (caseapp.domain.name_letter_readings.KH_MARK)."""
    numbers = [t for t in terms if any(ch.isdigit() for key, _ in t[0] for ch in key)]
    return [t for t in terms if t not in numbers], numbers


def _whole(query: str, terms: list[Term]) -> str:
    """The keys a name that is ``query`` whole holds in the index: those of its words, then
    of a word with an apostrophe or a hyphen its parts and the whole of it joined, and each
    two words next to each other joined (``name_keys(stored=True)``), so that "Ter-Petrosyan"
    and "Ter Petrosyan Levon" come first as the names they are."""
    if len(terms) > 1 or LINKS.search(query) is not None:
        return " ".join(w.key for w in name_keys(query, stored=True))
    return " ".join(term[0][0][0] for term in terms)


def _term(sound: str, prefix: str, whole: str = "") -> str:
    """One sound of :func:`_looked_for` in the engine's syntax: ``sound`` then ``prefix`` (FTS5
    ``*``, tsquery ``:*``), or for a whole word, without the ``=``, then ``whole``."""
    return sound[:-1] + whole if sound.endswith("=") else sound + prefix


def _joined(parts: list[str], op: str) -> str:
    return parts[0] if len(parts) == 1 else "(" + f" {op} ".join(parts) + ")"


def _written(terms: list[Term], word: Callable[[Word], str], both: str, either: str) -> str:
    """The condition that each term is matched in one of its ways, each of its words by
    ``word``, in the engine's syntax for ``both`` and ``either``."""
    return f" {both} ".join(
        _joined([_joined([word(w) for w in way], both) for way in term], either)
        for term in terms)


def _match(dialect: str, terms: list[Term]) -> _Match:
    by_sound = any(s for term in terms for way in term for _, s in way)
    if dialect == "sqlite":
        # The FTS5 mirror is the first table of the statement (``FROM search_fts JOIN
        # search_entries e``): the index is read once and each hit's entry looked up by id.
        exact = "{keys}: (" + _written(terms, lambda w: f"{w[0]}*", "AND", "OR") + ")"
        if not by_sound:
            return _Match(f"{FTS_TABLE} MATCH :m", "1", {"m": exact})
        by_ear, numbers = _numbers(terms)
        loose = _written(by_ear, lambda w: "(" + " OR ".join(_term(x, "*") for x in w[1]) + ")"
                         if w[1] else f"{w[0]}*", "AND", "OR")
        if numbers:
            loose += " AND {keys}: (" + _written(numbers, lambda w: f"{w[0]}*", "AND", "OR") + ")"
        return _Match(f"{FTS_TABLE} MATCH :m",
                      f"e.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :x)",
                      {"m": loose, "x": exact})
    if dialect == "postgresql":  # keys are [a-z0-9]+: nothing in them is tsquery syntax
        exact = _written(terms, lambda w: f"{w[0]}:*", "&", "|")
        keys_vector = SERVER_VECTOR.replace("search_entries.", "e.")
        keys_match = f"{keys_vector} @@ to_tsquery('simple', :x)"
        if not by_sound:
            return _Match(keys_match, "true", {"x": exact})
        by_ear, numbers = _numbers(terms)
        loose = _written(by_ear, lambda w: "(" + " | ".join(_term(x, ":*") for x in w[1]) + ")"
                         if w[1] else f"{w[0]}:*", "&", "|")
        sound_vector = SERVER_SOUND_VECTOR.replace("search_entries.", "e.")
        found = f"{sound_vector} @@ to_tsquery('simple', :m)"
        server = {"m": loose, "x": exact}
        if numbers:
            found += f" AND {keys_vector} @@ to_tsquery('simple', :n)"
            server["n"] = _written(numbers, lambda w: f"{w[0]}:*", "&", "|")
        return _Match(found, keys_match, server)
    params: dict[str, Any] = {}

    def as_written(w: Word) -> str:
        name = f"k{len(params)}"
        params[name] = f"% {w[0]}%"
        return f"(' ' || e.keys) LIKE :{name}"

    def by_either(w: Word) -> str:
        if not w[1]:
            return as_written(w)
        either = []
        for x in w[1]:
            name = f"s{len(params)}"
            params[name] = f"% {_term(x, '%', ' %')}"
            either.append(f"(' ' || e.keys || ' ' || e.sounds || ' ') LIKE :{name}")
        return "(" + " OR ".join(either) + ")"

    return _Match(_written(terms, by_either, "AND", "OR"),
                  _written(terms, as_written, "AND", "OR"), params)


def _source(dialect: str) -> str:
    """The FROM clause the conditions of :func:`_match` are written against."""
    if dialect == "sqlite":
        return f"{FTS_TABLE} JOIN search_entries e ON e.id = {FTS_TABLE}.rowid"
    return "search_entries e"


def _tier(exact: str, *, whole: bool = True) -> str:
    """A match's rank: a name that is the query whole (:func:`_prepared`'s ``whole``: "Ա",
    "Ara", found among the sixty names it begins; left out with ``whole=False``, for a
    statement whose caller has put those first already), then a name as written, a name by
    sound, other text as written, other text by sound."""
    tier = (f"((CASE WHEN e.is_name THEN 0 ELSE 2 END) + (CASE WHEN {exact} THEN 0 ELSE 1 END))"
            if exact not in ("1", "true") else "(CASE WHEN e.is_name THEN 0 ELSE 2 END)")
    if not whole:
        return tier
    return f"(CASE WHEN e.is_name AND e.keys = :whole THEN 0 ELSE 1 + {tier} END)"


def _entities(entities: Iterable[str] | None, params: dict[str, Any]) -> str:
    if entities is None:
        return ""
    params["entities"] = list(entities)
    return " AND e.entity IN :entities"


def _statement(sql: str, params: dict[str, Any]) -> Any:
    stmt = text(sql)
    if "entities" in params:
        stmt = stmt.bindparams(bindparam("entities", expanding=True))
    return stmt.bindparams(**{k: v for k, v in params.items() if k != "entities"})


def _rows(session: Session, dialect: str, sql: str, params: dict[str, Any], *,
          alone: bool = False) -> list[Any]:
    """Every row of the statement, in the session's transaction. On SQLite the statement
    goes straight to the session's own connection (its named parameters are sqlite3's) and
    the rows come back in one fetch: a broad query gives thousands, each of which would
    otherwise pass through SQLAlchemy's result one by one (most of a search's time).

    ``alone``: the statement is all the caller reads with the session. If the session has
    no transaction yet, on SQLite the statement runs by itself on a pooled connection
    (SQLite reads a lone statement in one consistent view), without the session's BEGIN
    and ROLLBACK: a third of a narrow search's time. Inside a snapshot or a batch the
    session's transaction is used, so the search sees what the rest of it sees."""
    if dialect == "sqlite" and "entities" not in params:
        bind = session.get_bind()
        if alone and not session.in_transaction() and isinstance(bind, Engine):
            raw = bind.raw_connection()
            try:
                assert raw.driver_connection is not None
                return raw.driver_connection.execute(sql, params).fetchall()
            finally:
                raw.close()
        driver = session.connection().connection.driver_connection
        assert driver is not None  # a live pooled connection
        return driver.execute(sql, params).fetchall()
    return list(session.execute(_statement(sql, params)))


def _prepared(session: Session, query: str) -> tuple[str, _Match, dict[str, Any]] | None:
    """The engine's name, the conditions and a fresh copy of their parameters (None: the
    query has no word to search)."""
    terms = _terms(query)
    if not terms:
        return None
    dialect = session.get_bind().dialect.name
    m = _match(dialect, terms)
    return dialect, m, {**m.params, "whole": _whole(query, terms)}


def find(session: Session, query: str, *, entities: Iterable[str] | None = None,
         limit: int | None = None) -> list[SearchHit]:
    """The records matching ``query``, in rank order."""
    prepared = _prepared(session, query)
    if prepared is None:
        return []
    dialect, m, params = prepared
    sql = (f"SELECT e.entity, e.record_id, e.captive_id, e.is_name FROM {_source(dialect)} "
           f"WHERE {m.any}{_entities(entities, params)} ORDER BY {_tier(m.exact)}, e.id")
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [SearchHit(str(en), int(rid), cid, bool(name))
            for en, rid, cid, name in _rows(session, dialect, sql, params)]


# ``is_name`` written as the index's condition: SQLite uses a partial index only for a
# statement whose condition implies the index's.
NAMED_WHOLE = ("SELECT captive_id FROM search_entries WHERE is_name AND keys = :whole "
               "AND captive_id IS NOT NULL GROUP BY captive_id ORDER BY MIN(id)")


def _named_whole(session: Session, dialect: str, params: dict[str, Any], *,
                 alone: bool) -> list[int]:
    """The captives with a name that is the query whole, in the order of those names' index
    entries: one lookup in the index of names' keys (``ix_search_entries_name_keys``), where
    a rank term would compare the keys of every match (``v``: tens of thousands). Such a
    name matches the query as written: these captives are among every match."""
    return [cid for (cid,) in _rows(session, dialect, NAMED_WHOLE, {"whole": params["whole"]},
                                    alone=alone)]


def captive_ids(session: Session, query: str, *, names_only: bool = False,
                alone: bool = False) -> list[int]:
    """The captives matching ``query`` — by a name, by their own records' text, or through a
    hearing or intervention concerning them — each once, in the rank of its best match: first
    those with a name that is the query whole (:func:`_named_whole`), then the others.
    ``alone``: nothing else is read with the session (see :func:`_rows`)."""
    return [cid for cid, _ in ranked_captive_ids(session, query, names_only=names_only,
                                                 alone=alone)]


# The rank of a captive whose name is the query whole (see ranked_captive_ids).
WHOLE_NAME = 0


def ranked_captive_ids(session: Session, query: str, *, names_only: bool = False,
                       alone: bool = False) -> list[tuple[int, int]]:
    """:func:`captive_ids`, each with the rank of its best match: :data:`WHOLE_NAME`, then
    1 + the tier of :func:`_tier` (``whole=False``): 1 a name as written, 2 a name by sound, 3
    other text as written, 4 other text by sound."""
    return [(cid, rank) for cid, rank, _ in ranked_captive_entries(
        session, query, names_only=names_only, alone=alone)]


def ranked_captive_entries(session: Session, query: str, *, names_only: bool = False,
                           alone: bool = False) -> list[tuple[int, int, int]]:
    """:func:`ranked_captive_ids`, each with the id of the index entry of its best match (in
    ``search_entries``; that of its best match after the whole name's, for a captive ranked
    :data:`WHOLE_NAME`): what the list says a captive was found by."""
    prepared = _prepared(session, query)
    if prepared is None:
        return []
    dialect, m, params = prepared
    first = _named_whole(session, dialect, params, alone=alone)
    params["tier"] = _TIER
    del params["whole"]
    rank = _tier(m.exact, whole=False)
    if names_only:
        sql = (f"SELECT e.captive_id, MIN({rank} * :tier + e.id) AS r FROM {_source(dialect)} "
               f"WHERE {m.any} AND e.entity = 'captive_names' AND e.captive_id IS NOT NULL "
               f"GROUP BY e.captive_id ORDER BY r")
    else:
        sql = (f"SELECT COALESCE(e.captive_id, hc.captive_id, ic.captive_id) AS cid, "
               f"MIN({rank} * :tier + e.id) AS r "
               f"FROM {_source(dialect)} "
               f"LEFT JOIN hearing_captives hc ON e.entity = 'hearings' "
               f"AND hc.hearing_id = e.record_id "
               f"LEFT JOIN intervention_captives ic ON e.entity = 'interventions' "
               f"AND ic.intervention_id = e.record_id "
               f"WHERE {m.any} AND COALESCE(e.captive_id, hc.captive_id, ic.captive_id) IS NOT NULL "
               f"GROUP BY COALESCE(e.captive_id, hc.captive_id, ic.captive_id) "
               f"ORDER BY r")
    rest = [(cid, 1 + r // _TIER, r % _TIER)
            for cid, r in _rows(session, dialect, sql, params, alone=alone)]
    if not first:
        return rest
    # ``alone``, each statement reads the file as it is when it runs: a captive is listed
    # only if the second one (every match) finds it too.
    matched = {cid: entry for cid, _, entry in rest}
    placed = {cid for cid in first if cid in matched}
    return ([(cid, WHOLE_NAME, matched[cid]) for cid in first if cid in placed]
            + [(cid, r, e) for cid, r, e in rest if cid not in placed])
