"""Case files of the issue's sizes for the benchmarks, built in minutes by the app's own paths.

A file holds what a case file of that size holds when the lawyer's records came in through
the app's JSON import: the schema at head, captives with names in three scripts (Armenian,
Latin, Cyrillic), a place of detention and a welfare contact each, detention orders, the
deadlines the rules compute from them (with their explanations and audit entries), the audit
chain and its anchor, the search index.

How (:func:`build`), each step the app's own:

1. ``caseapp.demo.synthetic.fill_synthetic`` writes the captives into a seed file (the app's
   bulk fill: Core inserts through the models), and one detention order is added for every
   ``orders_every``-th captive (Core inserts through the model, as the deadline lists' row
   does);
2. the seed is exported by the JSON export (``interchange.export_data``: the export's
   tables, held in memory rather than written as text and parsed again);
3. that export is imported into a new file by the JSON import (``interchange.import_data``,
   what ``CaseFile.import_json`` runs once the file is parsed): every record is checked by
   its service's rules, the deadline engine computes each order's deadlines and audits
   them, the audit chain, its anchor and the search index are written, as for any import.
   The seed is then deleted.

The deadline engine per order is most of the time (about 6 ms an order on an idle 2-core
machine: 20,000 orders in two to three minutes); the rest takes seconds per 10,000
captives.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any


def open_file(path: Path, *, create: bool = False) -> Any:
    """The app's ``CaseFile`` for ``path`` (created when ``create``)."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    return open_case_file(Location(path=path), create=create, actor="benchmark")


def schema_head() -> str:
    """The schema revision a file built now is at (part of a kept file's name, so that a
    file kept from before a migration is not used again)."""
    from caseapp.db import migrate

    return str(migrate.head_revision())


def add_orders(cf: Any, captives: int, *, every: int = 1) -> int:
    """One detention order for every ``every``-th of the first ``captives`` captives (ids 1 ..
    ``captives``): started 40 to 89 days ago for two to four months, a stated expiry, notes in
    Russian and Armenian. Returns how many."""
    from sqlalchemy import insert

    from caseapp.db.base import new_uid
    from caseapp.db.models import DetentionOrder
    from caseapp.domain.enums import DetentionOrderKind, ExpirySource, Sensitivity

    now = datetime.now(UTC).replace(microsecond=0)
    today = date.today()
    orders = []
    for i in range(0, captives, every):
        start = today - timedelta(days=40 + i % 50)
        months = 2 + i % 3
        orders.append(dict(uid=new_uid(), created_at=now, updated_at=now, captive_id=i + 1,
                           ordering_court=f"Baku Military Court {i % 7}", start_date=start,
                           term_months=months, term_days=0,
                           expires_on=start + timedelta(days=30 * months),
                           expiry_source=ExpirySource.STATED, kind=DetentionOrderKind.INITIAL,
                           appeal_outcome="", notes="Ходатайство / միջնորդություն",
                           sensitivity=Sensitivity.INTERNAL))
    with cf.ctx.transaction() as s:
        for part in range(0, len(orders), 20_000):
            s.connection().execute(insert(DetentionOrder), orders[part:part + 20_000])
    return len(orders)


def build(path: Path, captives: int, *, orders_every: int = 1) -> Path:
    """A case file at ``path`` of ``captives`` captives, one detention order for every
    ``orders_every``-th of them and their deadlines (see the module's docstring). Built in a
    folder beside ``path`` and moved there when whole."""
    from caseapp.demo.synthetic import fill_synthetic
    from caseapp.services import interchange

    work = Path(tempfile.mkdtemp(prefix="building-", dir=path.parent))
    try:
        seed = open_file(work / "seed.db", create=True)
        try:
            fill_synthetic(seed.ctx, captives, search_index=False)  # (the import builds it)
            add_orders(seed, captives, every=orders_every)
            data = interchange.export_data(seed.ctx)
        finally:
            seed.close()
        (work / "seed.db").unlink()
        cf = open_file(work / "built.db", create=True)
        try:
            interchange.import_data(cf.ctx, data, source="seed.json", services=cf)
        finally:
            cf.close()
        del data
        (work / "built.db").replace(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return path


def kept_or_built(folder: Path, name: str, captives: int, *, orders_every: int = 1) -> Path:
    """``folder``/``name``-``captives``-``orders_every``-``head``.db: the file kept there by an
    earlier run (``--keep``) if there is one, else built now."""
    path = folder / f"{name}-{captives}-{orders_every}-{schema_head()}.db"
    if not path.exists():
        build(path, captives, orders_every=orders_every)
    return path
