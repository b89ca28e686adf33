"""Guard the audit log: triggers refuse UPDATE and DELETE on audit events; index scores by item.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        from coopeval.storage.sqlite import AUDIT_TRIGGERS

        for statement in AUDIT_TRIGGERS:
            op.execute(statement)
    op.create_index("ix_score_bid_measure", "score", ["bid_id", "measure_id"])
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_entity", "audit_event")
    op.drop_index("ix_score_bid_measure", "score")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
