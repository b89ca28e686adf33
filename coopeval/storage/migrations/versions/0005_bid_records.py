"""Bid records: each answer to a framework's record fields (legal form, statuses, ownership and governance model,
register numbers), with its evidence, one row per answer; and an index for counting scores. Existing bids keep `org_form`/`org_evidence` as they are
(their audit events describe them so), and are read as answers to framework 1.0.0's two record fields.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bid_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bid_id", sa.Integer(), sa.ForeignKey("bid.id"), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("evidence", sa.String(), nullable=False, server_default=""),
        sa.UniqueConstraint("bid_id", "code", "value"),
    )
    op.create_index("ix_bid_record_bid_id", "bid_record", ["bid_id"])
    # The tender list counts every member's scores: from this index alone it never reads the rationales.
    op.create_index("ix_score_counting", "score", ["member_id", "bid_id", "measure_id", "value", "abstained"])


def downgrade() -> None:
    op.drop_index("ix_score_counting", "score")
    op.drop_index("ix_bid_record_bid_id", "bid_record")
    op.drop_table("bid_record")
