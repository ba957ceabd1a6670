"""directory: organizations, locations, services, phones, schedules

Revision ID: 0002_directory
Revises: 0001_core
Create Date: 2026-11-23 09:54:13.898784

One source row is one service at one place. Searches go through (category, latitude,
longitude) on services, or (latitude, longitude) on locations, the same on SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_directory"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "directory_locations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("state", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Double(), nullable=False),
        sa.Column("longitude", sa.Double(), nullable=False),
        sa.Column("precision", sa.String(length=8), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_locations")),
    )
    with op.batch_alter_table("directory_locations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_directory_locations_lat_lon", ["latitude", "longitude"], unique=False
        )

    op.create_table(
        "directory_organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_organizations")),
        sa.UniqueConstraint("name", name=op.f("uq_directory_organizations_name")),
    )
    op.create_table(
        "directory_services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("latitude", sa.Double(), nullable=False),
        sa.Column("longitude", sa.Double(), nullable=False),
        sa.Column("populations", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("cost", sa.String(length=16), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("hours", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["directory_locations.id"],
            name=op.f("fk_directory_services_location_id_directory_locations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["directory_organizations.id"],
            name=op.f("fk_directory_services_organization_id_directory_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_services")),
        sa.UniqueConstraint("external_id", name=op.f("uq_directory_services_external_id")),
        sa.UniqueConstraint("location_id", name=op.f("uq_directory_services_location_id")),
    )
    with op.batch_alter_table("directory_services", schema=None) as batch_op:
        batch_op.create_index(
            "ix_directory_services_category_lat_lon",
            ["category", "latitude", "longitude"],
            unique=False,
        )

    op.create_table(
        "directory_phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["directory_services.id"],
            name=op.f("fk_directory_phones_service_id_directory_services"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_phones")),
    )
    with op.batch_alter_table("directory_phones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_phones_service_id"), ["service_id"], unique=False
        )

    op.create_table(
        "directory_schedules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.String(length=5), nullable=False),
        sa.Column("closes_at", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["directory_services.id"],
            name=op.f("fk_directory_schedules_service_id_directory_services"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_schedules")),
    )
    with op.batch_alter_table("directory_schedules", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_schedules_service_id"), ["service_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("directory_schedules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directory_schedules_service_id"))

    op.drop_table("directory_schedules")
    with op.batch_alter_table("directory_phones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directory_phones_service_id"))

    op.drop_table("directory_phones")
    with op.batch_alter_table("directory_services", schema=None) as batch_op:
        batch_op.drop_index("ix_directory_services_category_lat_lon")

    op.drop_table("directory_services")
    op.drop_table("directory_organizations")
    with op.batch_alter_table("directory_locations", schema=None) as batch_op:
        batch_op.drop_index("ix_directory_locations_lat_lon")

    op.drop_table("directory_locations")
