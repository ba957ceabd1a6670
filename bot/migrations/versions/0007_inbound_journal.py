"""inbound journal: deliveries acknowledged but not yet answered

Revision ID: 0007_inbound_journal
Revises: 0006_turn_leases
Create Date: 2026-11-23 12:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_inbound_journal"
down_revision: str | Sequence[str] | None = "0006_turn_leases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbound_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retry_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_journal")),
        sa.UniqueConstraint(
            "channel", "external_id", name=op.f("uq_inbound_journal_channel_external_id")
        ),
    )
    op.create_index(
        op.f("ix_inbound_journal_retry_at"), "inbound_journal", ["retry_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_inbound_journal_retry_at"), table_name="inbound_journal")
    op.drop_table("inbound_journal")
