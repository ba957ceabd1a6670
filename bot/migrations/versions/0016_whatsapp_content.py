"""WhatsApp content: Twilio Content resources by hash, a reply's extras, a part's content

Revision ID: 0016_whatsapp_content
Revises: 0015_referral_loop
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_whatsapp_content"
down_revision: str | Sequence[str] | None = "0015_referral_loop"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "whatsapp_contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sid", sa.String(length=64), nullable=True),
        sa.Column("error", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_whatsapp_contents")),
        sa.UniqueConstraint("key", name=op.f("uq_whatsapp_contents_key")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extras", sa.String(), nullable=True))
    with op.batch_alter_table("outbound_parts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_sid", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbound_parts", schema=None) as batch_op:
        batch_op.drop_column("content_sid")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("extras")
    op.drop_table("whatsapp_contents")
