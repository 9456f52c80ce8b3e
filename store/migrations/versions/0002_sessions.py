"""screenings, sessions and the photo cache

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(), nullable=False),
    )
    op.create_index("ix_screenings_user_at", "screenings", ["user_id", "at"])
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("style", sa.String(), nullable=False),
        sa.Column("variant", sa.String(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("pain_before", sa.Integer(), nullable=True),
        sa.Column("pain_after", sa.Integer(), nullable=True),
        sa.Column("flare_settled", sa.Boolean(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(), nullable=True),
    )
    op.create_index("ix_sessions_user_active", "sessions", ["user_id", "active"])
    op.create_table(
        "photo_cache",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("file_id", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("photo_cache")
    op.drop_index("ix_sessions_user_active", "sessions")
    op.drop_table("sessions")
    op.drop_index("ix_screenings_user_at", "screenings")
    op.drop_table("screenings")
