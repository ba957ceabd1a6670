"""directory freshness: update contacts, confirmations, capacity, proposals; unplaced entries

Revision ID: 0014_directory_freshness
Revises: 0012_message_purpose
Create Date: 2026-12-06 02:00:00

Services gain who confirms them (e-mail, WhatsApp), the source's words on fees, the date a
provider or staff last confirmed them, room tonight, staff's "keep until" and when they first
appeared. Coordinates become optional: an import with --partial may keep a row whose coordinates
it refused. Three tables hold the signed links sent, the audit of the provider's page, and the
changes providers proposed for staff to approve.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_directory_freshness"
down_revision: str | Sequence[str] | None = "0012_message_purpose"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("directory_locations", schema=None) as batch_op:
        batch_op.alter_column("latitude", existing_type=sa.Double(), nullable=True)
        batch_op.alter_column("longitude", existing_type=sa.Double(), nullable=True)
    with op.batch_alter_table("directory_services", schema=None) as batch_op:
        batch_op.alter_column("latitude", existing_type=sa.Double(), nullable=True)
        batch_op.alter_column("longitude", existing_type=sa.Double(), nullable=True)
        batch_op.add_column(sa.Column("update_email", sa.String(length=254), nullable=True))
        batch_op.add_column(sa.Column("update_whatsapp", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("fees", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("confirmed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("capacity", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("capacity_beds", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("capacity_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("kept_until", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "created_at",
                sa.DateTime(timezone=True),
                nullable=False,
                server_default=sa.func.current_timestamp(),
            )
        )
    op.create_table(
        "directory_confirmations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.String(length=200), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["directory_services.id"],
            name=op.f("fk_directory_confirmations_service_id_directory_services"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_confirmations")),
        sa.UniqueConstraint("nonce", name=op.f("uq_directory_confirmations_nonce")),
    )
    with op.batch_alter_table("directory_confirmations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_confirmations_service_id"), ["service_id"], unique=False
        )
    op.create_table(
        "directory_link_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["directory_confirmations.id"],
            name=op.f("fk_directory_link_events_request_id_directory_confirmations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_link_events")),
    )
    with op.batch_alter_table("directory_link_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_link_events_request_id"), ["request_id"], unique=False
        )
    op.create_table(
        "directory_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["directory_services.id"],
            name=op.f("fk_directory_proposals_service_id_directory_services"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["directory_confirmations.id"],
            name=op.f("fk_directory_proposals_request_id_directory_confirmations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_proposals")),
    )
    with op.batch_alter_table("directory_proposals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_proposals_service_id"), ["service_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("directory_proposals")
    op.drop_table("directory_link_events")
    op.drop_table("directory_confirmations")
    # Entries without a position cannot go back to the old schema.
    op.execute("DELETE FROM directory_services WHERE latitude IS NULL OR longitude IS NULL")
    op.execute("DELETE FROM directory_locations WHERE latitude IS NULL OR longitude IS NULL")
    with op.batch_alter_table("directory_services", schema=None) as batch_op:
        for column in (
            "created_at", "kept_until", "capacity_at", "capacity_beds", "capacity",
            "confirmed_on", "fees", "update_whatsapp", "update_email",
        ):  # fmt: skip
            batch_op.drop_column(column)
        batch_op.alter_column("latitude", existing_type=sa.Double(), nullable=False)
        batch_op.alter_column("longitude", existing_type=sa.Double(), nullable=False)
    with op.batch_alter_table("directory_locations", schema=None) as batch_op:
        batch_op.alter_column("latitude", existing_type=sa.Double(), nullable=False)
        batch_op.alter_column("longitude", existing_type=sa.Double(), nullable=False)
