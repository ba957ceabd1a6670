"""Danger grades: each inbound message's grade, reasons and place; a case's grade and the safe
time or code word agreed with the person

Revision ID: 0017_danger_grade
Revises: 0016_whatsapp_content
Create Date: 2026-12-06 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_danger_grade"
down_revision: str | Sequence[str] | None = "0016_whatsapp_content"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("danger_grade", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("danger_reasons", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("place", sa.String(length=2), nullable=True))
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("place", sa.String(length=2), nullable=True))
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("grade", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("safe_contact", sa.String(), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+ and PostgreSQL): a batch copy of `cases`
    # would drop and recreate the table, and with foreign keys on, SQLite would delete every
    # referral of every case with it (ON DELETE CASCADE).
    for table, column in (
        ("cases", "safe_contact"),
        ("cases", "grade"),
        ("messages", "place"),
        ("contacts", "place"),
        ("messages", "danger_reasons"),
        ("messages", "danger_grade"),
    ):
        op.drop_column(table, column)
