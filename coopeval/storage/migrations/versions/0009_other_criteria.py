"""The tender's other award criteria and each bid's scores on them, and the officer's retention date for the
tender's record (issue 21).

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tender", sa.Column("retention_until", sa.String(), nullable=True))
    op.create_table(
        "other_criterion",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("weight", sa.String(), nullable=False),
        sa.Column("max_score", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False, server_default=""),
        sa.Column("removed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("made_at", sa.String(), nullable=False),
    )
    op.create_index("ix_other_criterion_tender_id", "other_criterion", ["tender_id"])
    op.create_table(
        "other_score",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("criterion_id", sa.Integer(), sa.ForeignKey("other_criterion.id"), nullable=False),
        sa.Column("bid_id", sa.Integer(), sa.ForeignKey("bid.id"), nullable=False),
        sa.Column("score", sa.String(), nullable=False),
        sa.Column("reasons", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False, server_default=""),
        sa.Column("made_at", sa.String(), nullable=False),
        sa.UniqueConstraint("criterion_id", "bid_id"),
    )
    op.create_index("ix_other_score_tender_id", "other_score", ["tender_id"])
    op.create_index("ix_other_score_criterion_id", "other_score", ["criterion_id"])


def downgrade() -> None:
    op.drop_table("other_score")
    op.drop_table("other_criterion")
    with op.batch_alter_table("tender") as batch:
        batch.drop_column("retention_until")
