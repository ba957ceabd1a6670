"""case_referrals.service_name encrypted at rest, like the referral's note

A referral's service name can say what happened to a person ("shelter for women facing
violence", a clinic for one illness): it is personal data and is stored encrypted. Existing
names are encrypted here with the deployment's data keys, which `bot.db.migrate.upgrade`
passes in; a database that holds referrals cannot be upgraded without them.

Revision ID: 0010_referral_name_sealed
Revises: 0009_case_ceiling
Create Date: 2026-12-01 23:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0010_referral_name_sealed"
down_revision: str | Sequence[str] | None = "0009_case_ceiling"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFERRALS = sa.table(
    "case_referrals", sa.column("id", sa.Integer), sa.column("service_name", sa.String)
)


def _rewrite(transform_name: str) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(REFERRALS.c.id, REFERRALS.c.service_name)).all()
    if not rows:
        return
    keys = context.config.attributes.get("keys")
    if keys is None:
        raise RuntimeError(
            "migration 0010 encrypts referral names and needs the data keys: "
            "run `python -m bot db upgrade` (it passes DATA_KEY) instead of alembic alone"
        )
    transform = getattr(keys, transform_name)
    for row_id, name in rows:
        conn.execute(
            sa.update(REFERRALS)
            .where(REFERRALS.c.id == row_id)
            .values(service_name=transform(name or ""))
        )


def upgrade() -> None:
    with op.batch_alter_table("case_referrals", schema=None) as batch_op:
        batch_op.alter_column(
            "service_name", existing_type=sa.String(length=200), type_=sa.String()
        )
    _rewrite("encrypt")


def downgrade() -> None:
    _rewrite("decrypt")
    with op.batch_alter_table("case_referrals", schema=None) as batch_op:
        batch_op.alter_column(
            "service_name", existing_type=sa.String(), type_=sa.String(length=200)
        )
