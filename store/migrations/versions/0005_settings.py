"""settings: a user's session preferences (/settings), and the weekly summary's day

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("settings", sa.String(), nullable=True))
    with op.batch_alter_table("reminders") as batch:
        batch.add_column(sa.Column("weekly_day", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("weekly_sent_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminders") as batch:
        batch.drop_column("weekly_sent_date")
        batch.drop_column("weekly_day")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("settings")
