"""Join the directory, channels and staff branches into one head.

Revision ID: 0005_merge_heads
Revises: 0002_directory, 0003_channels, 0004_staff
Create Date: 2026-11-23
"""

from collections.abc import Sequence

revision: str = "0005_merge_heads"
down_revision: str | Sequence[str] | None = ("0002_directory", "0003_channels", "0004_staff")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing to change: the three branches touch separate tables."""


def downgrade() -> None:
    """Nothing to change."""
