"""conversations.tracker_cleared_at: Rasa's copy of a closed conversation deleted

Revision ID: 0008_tracker_cleared
Revises: 0007_inbound_journal
Create Date: 2026-11-23 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_tracker_cleared"
down_revision: str | Sequence[str] | None = "0007_inbound_journal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tracker_cleared_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("tracker_cleared_at")
