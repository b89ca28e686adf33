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
    # Until now the round was counted from reopen events; keep a reopened tender in its round.
    op.execute(
        "UPDATE tender SET signoff_round = 1 + (SELECT COUNT(*) FROM audit_event "
        "WHERE audit_event.action = 'reopen' AND audit_event.tender_ref = tender.reference)"
    )


def downgrade() -> None:
    with op.batch_alter_table("tender") as batch:
        batch.drop_column("signoff_round")
