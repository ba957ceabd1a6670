"""contacts.discreet_at: a person who asked for discretion is never messaged first

Revision ID: 0011_contact_discretion
Revises: 0010_referral_name_sealed
Create Date: 2026-12-06 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_contact_discretion"
down_revision: str | Sequence[str] | None = "0010_referral_name_sealed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discreet_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("discreet_at")
