"""People: who is known to the workspace, their workspace roles and passphrase hashes; each panel
seat points at its person; each audit event names the signed-in person beside the computer account.

Plain ADD COLUMN (no table rebuild), so the audit log's triggers stay as they are.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("name_key", sa.String(), nullable=False, unique=True),
        sa.Column("email", sa.String(), nullable=False, server_default=""),
        sa.Column("roles", sa.String(), nullable=False, server_default="[]"),
        sa.Column("passphrase_hash", sa.String(), nullable=True),
        sa.Column("reset_code_hash", sa.String(), nullable=True),
        sa.Column("public_key", sa.String(), nullable=False, server_default=""),
        sa.Column("private_key", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_table(
        "sign_in",
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id"), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("paused_until", sa.String(), nullable=True),
    )
    op.add_column("member", sa.Column("person_id", sa.Integer(), nullable=True))
    op.create_index("ix_member_person_id", "member", ["person_id"])
    op.add_column("audit_event", sa.Column("person", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_event", "person")
    op.drop_index("ix_member_person_id", "member")
    op.drop_column("member", "person_id")
    op.drop_table("sign_in")
    op.drop_table("person")
