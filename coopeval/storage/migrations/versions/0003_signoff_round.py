"""Keep the sign-off round on the tender, so it survives export and import.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tender") as batch:
        batch.add_column(sa.Column("signoff_round", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("tender") as batch:
        batch.drop_column("signoff_round")
