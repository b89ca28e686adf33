"""The council's spend and the co-operative registers (issue 20): saved column mappings, spend imports and their
lines, register imports and their entries, and the decisions about which suppliers are co-operative or democratic
businesses.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spend_mapping",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("columns", sa.String(), nullable=False),
        sa.Column("made_at", sa.String(), nullable=False),
    )
    op.create_table(
        "spend_import",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("encoding", sa.String(), nullable=False),
        sa.Column("mapping", sa.String(), nullable=False),
        sa.Column("lines_read", sa.Integer(), nullable=False),
        sa.Column("lines_added", sa.Integer(), nullable=False),
        sa.Column("lines_already", sa.Integer(), nullable=False),
        sa.Column("lines_refused", sa.Integer(), nullable=False),
        sa.Column("first_paid", sa.String(), nullable=True),
        sa.Column("last_paid", sa.String(), nullable=True),
        sa.Column("added_pence", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lines_digest", sa.String(), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
    )
    op.create_table(
        "spend_line",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False, unique=True),
        sa.Column("import_id", sa.Integer(), sa.ForeignKey("spend_import.id"), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.String(), nullable=False),
        sa.Column("year", sa.String(), nullable=False),
        sa.Column("supplier_name", sa.String(), nullable=False),
        sa.Column("supplier_key", sa.String(), nullable=False),
        sa.Column("supplier_id", sa.String(), nullable=False, server_default=""),
        sa.Column("company_number", sa.String(), nullable=False, server_default=""),
        sa.Column("amount_pence", sa.Integer(), nullable=False),
        sa.Column("transaction", sa.String(), nullable=False, server_default=""),
        sa.Column("expense_area", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_spend_line_supplier_paid", "spend_line", ["supplier_key", "paid_on"])
    op.create_table(
        "register_import",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("encoding", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False, server_default=""),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("live_entries", sa.Integer(), nullable=False),
        sa.Column("entries_digest", sa.String(), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
    )
    op.create_table(
        "register_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("import_id", sa.Integer(), sa.ForeignKey("register_import.id"), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(), nullable=False, server_default=""),
        sa.Column("number", sa.String(), nullable=False, server_default=""),
        sa.Column("registrar", sa.String(), nullable=False, server_default=""),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("trading_name", sa.String(), nullable=False, server_default=""),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("trading_key", sa.String(), nullable=False, server_default=""),
        sa.Column("legal_form", sa.String(), nullable=False, server_default=""),
        sa.Column("classification", sa.String(), nullable=False, server_default=""),
        sa.Column("model", sa.String(), nullable=False, server_default=""),
        sa.Column("democratic", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("postcode", sa.String(), nullable=False, server_default=""),
        sa.Column("status", sa.String(), nullable=False, server_default=""),
        sa.Column("live", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("dissolved_on", sa.String(), nullable=True),
    )
    op.create_index("ix_register_entry_import_id", "register_entry", ["import_id"])
    op.create_index("ix_register_entry_number", "register_entry", ["number"])
    op.create_index("ix_register_entry_name_key", "register_entry", ["name_key"])
    op.create_index("ix_register_entry_trading_key", "register_entry", ["trading_key"])
    op.create_table(
        "supplier_match",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("supplier_key", sa.String(), nullable=False),
        sa.Column("supplier_name", sa.String(), nullable=False),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("register_entry.id"), nullable=True),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("model", sa.String(), nullable=False, server_default=""),
        sa.Column("democratic", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("evidence", sa.String(), nullable=False, server_default=""),
        sa.Column("made_at", sa.String(), nullable=False),
    )
    op.create_index("ix_supplier_match_supplier_key", "supplier_match", ["supplier_key"])


def downgrade() -> None:
    for table in ("supplier_match", "register_entry", "register_import", "spend_line", "spend_import",
                  "spend_mapping"):
        op.drop_table(table)
