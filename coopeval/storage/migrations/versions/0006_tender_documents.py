"""Tender documents out, bids in (issue 18): the tender's deadline for returns and how bidders ask clarification
questions, a word limit per measure, and the files the record keeps (published questionnaires and response
templates, every version; bidders' returns as received).

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: SQLite adds these without copying the tables
    op.add_column("tender", sa.Column("deadline", sa.String(), nullable=True))
    op.add_column("tender", sa.Column("clarification_route", sa.String(), nullable=False, server_default=""))
    op.add_column("tender_measure", sa.Column("word_limit", sa.Integer(), nullable=True))
    op.create_table(
        "tender_file",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("media", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("setup_fingerprint", sa.String(), nullable=False, server_default=""),
        sa.Column("content_digest", sa.String(), nullable=False, server_default=""),
        sa.Column("bid_identifier", sa.String(), nullable=False, server_default=""),
        sa.Column("made_at", sa.String(), nullable=False),
        sa.UniqueConstraint("tender_id", "kind", "version", "media"),
    )
    op.create_index("ix_tender_file_tender_id", "tender_file", ["tender_id"])


def downgrade() -> None:
    op.drop_index("ix_tender_file_tender_id", "tender_file")
    op.drop_table("tender_file")
    with op.batch_alter_table("tender_measure") as batch:
        batch.drop_column("word_limit")
    with op.batch_alter_table("tender") as batch:
        batch.drop_column("clarification_route")
        batch.drop_column("deadline")
