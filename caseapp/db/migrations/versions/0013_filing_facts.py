"""Facts the filings need and the Court's deliveries.

- ``detention_facts``: per captive, whether the detaining state confirmed the detention (date,
  source), the special-risk reasons, the kind of release.
- ``court_deliveries``: documents the ECHR put in the lawyer's eComms account or on the Rule 39
  site, dated by their appearance there.
- ``welfare_contacts.independent``: the lawyer's call on whether a contact is independent
  proof of life (empty: follows the kind of contact).
- ``documents``: a searchable copy made by OCR (text PDF, its SHA-256, the text, the
  languages read) beside the unchanged original.

Records written before this revision keep their meaning: no facts row, no delivery, every
contact judged by its kind, no text copy. On a team server whose policies were set up, the
new tables get theirs here.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
    ]


def upgrade() -> None:
    op.create_table(
        "detention_facts",
        *_record_columns(),
        sa.Column("captive_id", sa.Integer(), nullable=False),
        sa.Column("state_confirmed", sa.Boolean(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("confirmed_source", sa.String(length=300), nullable=False),
        sa.Column("risk_health", sa.Boolean(), nullable=False),
        sa.Column("risk_disability", sa.Boolean(), nullable=False),
        sa.Column("risk_hunger_strike", sa.Boolean(), nullable=False),
        sa.Column("risk_notes", sa.Text(), nullable=False),
        sa.Column("release_kind", sa.String(length=32), nullable=True),
        sa.Column("sensitivity", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["captive_id"], ["captives.id"],
                                name=op.f("fk_detention_facts_captive_id_captives"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detention_facts")),
        sa.UniqueConstraint("uid", name=op.f("uq_detention_facts_uid")),
    )
    op.create_index(op.f("ix_detention_facts_captive_id"), "detention_facts", ["captive_id"],
                    unique=True)
    op.create_table(
        "court_deliveries",
        *_record_columns(),
        sa.Column("captive_id", sa.Integer(), nullable=True),
        sa.Column("proceeding_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("portal", sa.String(length=32), nullable=False),
        sa.Column("appeared_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("application_number", sa.String(length=100), nullable=False),
        sa.Column("time_limit_weeks", sa.Integer(), nullable=True),
        sa.Column("downloaded_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sensitivity", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["captive_id"], ["captives.id"],
                                name=op.f("fk_court_deliveries_captive_id_captives"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proceeding_id"], ["international_proceedings.id"],
                                name=op.f("fk_court_deliveries_proceeding_id_international_proceedings"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_court_deliveries_document_id_documents"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_deliveries")),
        sa.UniqueConstraint("uid", name=op.f("uq_court_deliveries_uid")),
    )
    for column in ("captive_id", "proceeding_id", "document_id", "appeared_on"):
        op.create_index(op.f(f"ix_court_deliveries_{column}"), "court_deliveries", [column])
    # Plain ADD COLUMNs (no table rebuild): nullable, or NOT NULL with a default.
    op.add_column("welfare_contacts", sa.Column("independent", sa.Boolean(), nullable=True))
    op.add_column("documents", sa.Column("text_pdf", sa.LargeBinary(), nullable=True))
    op.add_column("documents", sa.Column("text_pdf_sha256", sa.String(length=64),
                                         nullable=False, server_default=""))
    op.add_column("documents", sa.Column("text_layer", sa.Text(), nullable=False,
                                         server_default=""))
    op.add_column("documents", sa.Column("ocr_languages", sa.String(length=50),
                                         nullable=False, server_default=""))
    conn = op.get_bind()
    from caseapp.db import team_policies

    team_policies.drop_masked_view(conn)
    # The policies (the new tables' too) and the masked view are made again once the
    # upgrade has reached the head (caseapp.services.team.upgrade_server).


def downgrade() -> None:
    for column in ("ocr_languages", "text_layer", "text_pdf_sha256", "text_pdf"):
        op.drop_column("documents", column)
    op.drop_column("welfare_contacts", "independent")
    op.drop_table("court_deliveries")
    op.drop_table("detention_facts")
