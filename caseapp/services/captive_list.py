"""The captives of :meth:`CaptiveService.list`, read as table rows instead of ORM objects.

Any ORM statement makes SQLAlchemy configure every mapper of the case file first (~25
classes and their relationships: a tenth of ``caseapp captives list``); the list needs none
of it. It reads the captives' columns (not the photo), their names in the order of
``Captive.names`` and their tags in the order of ``Captive.tags``, with the same filters as
the ORM statement it replaces, and gives each captive as an object with the attributes
:meth:`CaptiveService.to_dto` reads, so that a listed captive's DTO is built by the same code
as a fetched one's (``tests/services/test_captive_list.py`` compares the two).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import LargeBinary, Select, exists, select
from sqlalchemy.orm import Session

from caseapp.db.custody_history import ENDED_VALUES, first_orders
from caseapp.db.models import (
    Captive,
    CaptiveName,
    DetentionPlace,
    StatusChange,
    Tag,
    captive_tags,
)

_CAPTIVES = Captive.__table__
_NAMES = CaptiveName.__table__
_TAGS = Tag.__table__
_PLACES = DetentionPlace.__table__
_CHANGES = StatusChange.__table__


class ListedCaptive:
    """One captive's columns (as attributes), ``names`` (rows with the names' columns) and
    ``tags`` (rows with a ``name``): what :meth:`CaptiveService.to_dto` reads of a captive."""

    __slots__ = ("_columns", "first_order", "names", "status_changes", "tags")

    def __init__(self, columns: dict[str, Any], names: list[Any], tags: list[Any],
                 status_changes: list[Any], first_order: date | None = None) -> None:
        self._columns = columns
        self.names = names
        self.tags = tags
        self.status_changes = status_changes  # those of a captive with a release recorded
        # the start of the first detention order, of a captive whose capture date is unknown
        self.first_order = first_order

    def __getattr__(self, key: str) -> Any:
        try:
            return self._columns[key]
        except KeyError:
            raise AttributeError(key) from None


def listed_captives(
    s: Session, *, status: Any = None, tag: str | None = None, ids: Iterable[int] | None = None,
) -> tuple[list[ListedCaptive], dict[int, str]]:
    """The captives of ``status`` (a ``CaptiveStatus``), with the tag named ``tag`` and among
    ``ids`` (each filter only when given), in no particular order, and the facility of each
    one's open stay (the latest by its start) by captive id."""
    ids = None if ids is None else list(ids)
    chosen = select(_CAPTIVES.c.id)
    if status is not None:
        chosen = chosen.where(_CAPTIVES.c.status == status)
    if tag:
        chosen = chosen.where(exists().where(
            captive_tags.c.captive_id == _CAPTIVES.c.id, captive_tags.c.tag_id == _TAGS.c.id,
            _TAGS.c.name == tag))
    if ids is not None:
        chosen = chosen.where(_CAPTIVES.c.id.in_(list(ids)))
    columns = [c for c in _CAPTIVES.c if not isinstance(c.type, LargeBinary)]  # not the photo
    rows = s.execute(select(*columns).where(_CAPTIVES.c.id.in_(chosen.scalar_subquery())))
    names = _by_captive(s, select(_NAMES).where(_NAMES.c.captive_id.in_(chosen.scalar_subquery()))
                        .order_by(_NAMES.c.is_primary.desc(), _NAMES.c.id))
    tags = _by_captive(s, select(captive_tags.c.captive_id, _TAGS.c.name)
                       .join(_TAGS, _TAGS.c.id == captive_tags.c.tag_id)
                       .where(captive_tags.c.captive_id.in_(chosen.scalar_subquery()))
                       .order_by(_TAGS.c.name))
    places: dict[int, str] = dict(s.execute(
        select(_PLACES.c.captive_id, _PLACES.c.facility)
        .where(_PLACES.c.to_date.is_(None))
        .order_by(_PLACES.c.from_date)
    ).all())
    released = select(_CHANGES.c.captive_id).where(
        _CHANGES.c.captive_id.in_(chosen.scalar_subquery()),
        _CHANGES.c.new_status.in_(ENDED_VALUES))
    changes = _by_captive(s, select(_CHANGES.c.captive_id, _CHANGES.c.new_status,
                                    _CHANGES.c.effective_on)
                          .where(_CHANGES.c.captive_id.in_(released.scalar_subquery()))
                          .order_by(_CHANGES.c.id))
    first = first_orders(s.connection(), ids) if ids is None or ids else {}
    listed = [ListedCaptive(dict(row._mapping), names.get(row.id, []), tags.get(row.id, []),
                            changes.get(row.id, []), first.get(row.id))
              for row in rows]
    return listed, places


def _by_captive(s: Session, stmt: Select[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in s.execute(stmt):
        grouped[row.captive_id].append(row)
    return grouped
