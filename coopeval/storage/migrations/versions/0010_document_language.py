"""The language a tender's documents are written in: "en", "cy" or "cy+en" (Welsh first) (issue 22).

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tender", sa.Column("document_language", sa.String(), nullable=False, server_default="en"))


def downgrade() -> None:
    with op.batch_alter_table("tender") as batch:
        batch.drop_column("document_language")
