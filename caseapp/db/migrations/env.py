"""Alembic environment: migrations always run on a connection CaseApp opened."""

from typing import Any

from alembic import context

import caseapp.db.models
import caseapp.db.search
from caseapp.db.base import Base


def _skip_fts(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # The FTS5 virtual table and its shadow tables, and the server's full-text index over an
    # expression, are created by hand in a revision.
    if type_ == "index" and name == caseapp.db.search.SERVER_INDEX:
        return False
    return not (type_ == "table" and name and name.startswith("search_fts"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=_skip_fts,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
