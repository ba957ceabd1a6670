"""Referrals that close the loop: partners, each referral's loop and history, reply clocks

Existing referrals get a loop whose state follows the outcome staff recorded (pending ones
count as sent), with no consent and nothing shared, so the reports and `referrals list` cover
them too.

Revision ID: 0015_referral_loop
Revises: 0014_directory_freshness
Create Date: 2026-12-06 00:23:16
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_referral_loop"
down_revision: str | Sequence[str] | None = "0014_directory_freshness"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "referral_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("whatsapp", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("accepts_transfers", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_partners")),
        sa.UniqueConstraint("organization", name=op.f("uq_referral_partners_organization")),
    )
    op.create_table(
        "referral_partner_members",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["referral_partners.id"],
            name=op.f("fk_referral_partner_members_partner_id_referral_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["staff_users.id"],
            name=op.f("fk_referral_partner_members_user_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_referral_partner_members")),
    )
    with op.batch_alter_table("referral_partner_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_partner_members_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "case_reply_clocks",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_reply_clocks_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_reply_clocks")),
    )
    op.create_table(
        "referral_loops",
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("organization", sa.String(length=300), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("consent", sa.String(length=12), nullable=False),
        sa.Column("consent_items", sa.JSON(), nullable=False),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_name", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("need", sa.String(), nullable=True),
        sa.Column("decline_reason", sa.String(length=32), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("link_nonce", sa.String(length=32), nullable=True),
        sa.Column("link_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("link_channel", sa.String(length=16), nullable=True),
        sa.Column("link_error", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checkin_status", sa.String(length=16), nullable=True),
        sa.Column("checkin_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checkin_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checkin_answer", sa.String(length=16), nullable=True),
        sa.Column("checkin_answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_referral_loops_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["referral_partners.id"],
            name=op.f("fk_referral_loops_partner_id_referral_partners"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["case_referrals.id"],
            name=op.f("fk_referral_loops_referral_id_case_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("referral_id", name=op.f("pk_referral_loops")),
    )
    with op.batch_alter_table("referral_loops", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_loops_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_referral_loops_checkin", ["checkin_status", "checkin_due_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referral_loops_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index("ix_referral_loops_status", ["status"], unique=False)

    op.create_table(
        "referral_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event", sa.String(length=24), nullable=False),
        sa.Column("by", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referral_loops.referral_id"],
            name=op.f("fk_referral_events_referral_id_referral_loops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_events")),
    )
    with op.batch_alter_table("referral_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_events_referral_id"), ["referral_id"], unique=False
        )

    _backfill()


STATUS_OF_OUTCOME = {
    "pending": "sent",
    "accepted": "accepted",
    "attended": "attended",
    "declined": "declined",
    "no_response": "expired",
}


def _backfill() -> None:
    """One loop per existing referral, in the state its recorded outcome says."""
    referrals = sa.table(
        "case_referrals",
        sa.column("id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("outcome", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("category", sa.String))
    loops = sa.table(
        "referral_loops",
        sa.column("referral_id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("category", sa.String),
        sa.column("status", sa.String),
        sa.column("consent", sa.String),
        sa.column("consent_items", sa.JSON),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("sent_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            referrals.c.id,
            referrals.c.case_id,
            referrals.c.outcome,
            referrals.c.created_at,
            cases.c.category,
        ).join(cases, cases.c.id == referrals.c.case_id)
    ).all()
    for ref_id, case_id, outcome, created_at, category in rows:
        conn.execute(
            sa.insert(loops).values(
                referral_id=ref_id,
                case_id=case_id,
                kind="referral",
                category=category or "other",
                status=STATUS_OF_OUTCOME.get(outcome or "pending", "sent"),
                consent="none",
                consent_items=[],
                created_at=created_at,
                sent_at=created_at,
                updated_at=created_at,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("referral_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_events_referral_id"))

    op.drop_table("referral_events")
    with op.batch_alter_table("referral_loops", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_loops_status")
        batch_op.drop_index(batch_op.f("ix_referral_loops_partner_id"))
        batch_op.drop_index("ix_referral_loops_checkin")
        batch_op.drop_index(batch_op.f("ix_referral_loops_case_id"))

    op.drop_table("referral_loops")
    op.drop_table("case_reply_clocks")
    with op.batch_alter_table("referral_partner_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_partner_members_partner_id"))

    op.drop_table("referral_partner_members")
    op.drop_table("referral_partners")
