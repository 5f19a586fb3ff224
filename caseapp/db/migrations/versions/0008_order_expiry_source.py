"""Detention orders say where their expiry comes from: stated by the order, or computed.

An order recorded before this revision is taken as computed when its expiry equals its
start plus its term as the versions before it counted (``caseapp.domain.dates.add_term``:
months first, then days), and as stated when it has no term or its expiry differs: a date
the lawyer typed over the computed one. (It is that arithmetic, not the count of the version
running the upgrade: a later version counting a term of months and days otherwise, the
earlier of months first and days first, would take a day the versions before counted for
one the lawyer typed, and keep it for ever. The opening counts each computed expiry again:
``caseapp.services.expiry_recount``.)

Revision ID: 0008
Revises: 0006 (written against 0006; another revision 0007 is added in parallel and this
one is re-pointed to it at merge)
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

from caseapp.domain.dates import add_term

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The table as this revision knows it (not the current model, which may change later).
_orders = sa.table(
    "detention_orders",
    sa.column("id", sa.Integer),
    sa.column("start_date", sa.Date),
    sa.column("term_months", sa.Integer),
    sa.column("term_days", sa.Integer),
    sa.column("expires_on", sa.Date),
    sa.column("expiry_source", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("detention_orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "expiry_source",
            sa.Enum("stated", "computed", name="expirysource", native_enum=False, length=32),
            nullable=False, server_default="stated"))
    conn = op.get_bind()
    rows = conn.execute(sa.select(_orders.c.id, _orders.c.start_date, _orders.c.term_months,
                                  _orders.c.term_days, _orders.c.expires_on)).all()
    computed = [r.id for r in rows if _computed_before(r.start_date, r.term_months,
                                                         r.term_days, r.expires_on)]
    for start in range(0, len(computed), 500):
        conn.execute(sa.update(_orders).where(_orders.c.id.in_(computed[start:start + 500]))
                     .values(expiry_source="computed"))
    with op.batch_alter_table("detention_orders", schema=None) as batch_op:
        batch_op.alter_column("expiry_source", server_default=None)


def _computed_before(start: date | None, months: int | None, days: int | None,
                     expires_on: date | None) -> bool:
    """Whether ``expires_on`` is start + term as the versions before this revision computed
    it (months first, then days, a day past a month's end clamped to it)."""
    if start is None or expires_on is None or not (months or days):
        return False
    try:
        return add_term(start, months=months or 0, days=days or 0) == expires_on
    except (ValueError, OverflowError):  # outside the calendar: the order's own date
        return False


def downgrade() -> None:
    with op.batch_alter_table("detention_orders", schema=None) as batch_op:
        batch_op.drop_column("expiry_source")
