"""After the award (issue 19): the award with its standstill, the contract commitments and their recorded changes,
delivery entries per reporting period with their evidence, KPI ratings per rating period, and each tender's
rating thresholds.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for name, default in (("rating_good", "100"), ("rating_approaching", "90"), ("rating_improvement", "70")):
        op.add_column("tender", sa.Column(name, sa.String(), nullable=False, server_default=default))
    op.create_table(
        "award",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("bid_id", sa.Integer(), sa.ForeignKey("bid.id"), nullable=False),
        sa.Column("notice_date", sa.String(), nullable=False),
        sa.Column("entered_on", sa.String(), nullable=True),
        sa.Column("start_on", sa.String(), nullable=False),
        sa.Column("end_on", sa.String(), nullable=False),
        sa.Column("value_pence", sa.Integer(), nullable=False),
        sa.Column("summaries_sent_on", sa.String(), nullable=True),
        sa.Column("standstill_applies", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("standstill_exemption", sa.String(), nullable=False, server_default=""),
        sa.Column("standstill_reason", sa.String(), nullable=False, server_default=""),
        sa.Column("standstill_ends", sa.String(), nullable=True),
        sa.Column("withdrawn", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("withdrawn_reason", sa.String(), nullable=False, server_default=""),
        sa.Column("made_at", sa.String(), nullable=False),
    )
    op.create_index("ix_award_tender_id", "award", ["tender_id"])
    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("award_id", sa.Integer(), sa.ForeignKey("award.id"), nullable=False),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("tender_measure.id"), nullable=True),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("direction", sa.String(), nullable=True),
        sa.Column("s52_kpi", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("removed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("made_at", sa.String(), nullable=False),
    )
    op.create_index("ix_commitment_tender_id", "commitment", ["tender_id"])
    op.create_table(
        "contract_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("commitment_id", sa.Integer(), sa.ForeignKey("commitment.id"), nullable=False),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("before", sa.String(), nullable=False),
        sa.Column("after", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("made_at", sa.String(), nullable=False),
    )
    op.create_index("ix_contract_change_tender_id", "contract_change", ["tender_id"])
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("commitment_id", sa.Integer(), sa.ForeignKey("commitment.id"), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("actual", sa.String(), nullable=True),
        sa.Column("answer", sa.String(), nullable=True),
        sa.Column("evidence_refs", sa.String(), nullable=False, server_default=""),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("check", sa.String(), nullable=False, server_default="pending"),
        sa.Column("check_reason", sa.String(), nullable=False, server_default=""),
        sa.Column("source", sa.String(), nullable=False, server_default=""),
        sa.Column("reported_at", sa.String(), nullable=False),
        sa.Column("checked_at", sa.String(), nullable=True),
        sa.UniqueConstraint("commitment_id", "period"),
    )
    op.create_index("ix_delivery_tender_id", "delivery", ["tender_id"])
    op.create_index("ix_delivery_commitment_id", "delivery", ["commitment_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("delivery_id", sa.Integer(), sa.ForeignKey("delivery.id"), nullable=False),
        sa.Column("file_id", sa.Integer(), sa.ForeignKey("tender_file.id"), nullable=False),
        sa.UniqueConstraint("delivery_id", "file_id"),
    )
    op.create_index("ix_evidence_delivery_id", "evidence", ["delivery_id"])
    op.create_table(
        "rating",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tender_id", sa.Integer(), sa.ForeignKey("tender.id"), nullable=False),
        sa.Column("commitment_id", sa.Integer(), sa.ForeignKey("commitment.id"), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("suggested", sa.String(), nullable=False),
        sa.Column("rating", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False, server_default=""),
        sa.Column("made_at", sa.String(), nullable=False),
        sa.UniqueConstraint("commitment_id", "period"),
    )
    op.create_index("ix_rating_tender_id", "rating", ["tender_id"])
    op.create_index("ix_rating_commitment_id", "rating", ["commitment_id"])


def downgrade() -> None:
    for table in ("rating", "evidence", "delivery", "contract_change", "commitment", "award"):
        op.drop_table(table)
    with op.batch_alter_table("tender") as batch:
        for name in ("rating_good", "rating_approaching", "rating_improvement"):
            batch.drop_column(name)
