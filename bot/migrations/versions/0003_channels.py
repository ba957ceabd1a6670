"""channels: outbound parts handed to Telegram and Twilio

Revision ID: 0003_channels
Revises: 0001_core
Create Date: 2026-11-24 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_channels"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbound_parts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("provider_id", sa.String(length=128), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_outbound_parts_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_parts")),
        sa.UniqueConstraint(
            "channel", "provider_id", name=op.f("uq_outbound_parts_channel_provider_id")
        ),
    )
    with op.batch_alter_table("outbound_parts", schema=None) as batch_op:
        batch_op.create_index("ix_outbound_parts_message", ["message_id", "part"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbound_parts", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_parts_message")
    op.drop_table("outbound_parts")
