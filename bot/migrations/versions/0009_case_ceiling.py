"""cases.expiry_warned_at: supervisors told that an idle case will close for inactivity

Revision ID: 0009_case_ceiling
Revises: 0008_tracker_cleared
Create Date: 2026-11-24 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_case_ceiling"
down_revision: str | Sequence[str] | None = "0008_tracker_cleared"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("expiry_warned_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("expiry_warned_at")
