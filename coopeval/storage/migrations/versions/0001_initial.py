"""The first workspace schema: every table of CoopEval 0.1.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('tender_ref', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('before', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('after', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('prev_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('hash')
    )
    op.create_index(op.f('ix_audit_event_tender_ref'), 'audit_event', ['tender_ref'], unique=False)
    op.create_table('framework',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('licence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attribution', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('content', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('framework_id', 'version')
    )
    op.create_table('tender',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('authority', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contract_value_pence', sa.Integer(), nullable=True),
    sa.Column('duration_months', sa.Integer(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('scale_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('scale', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('section_weight', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('discuss_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('split_above', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('disqualify_on_threshold', sa.Boolean(), nullable=False),
    sa.Column('min_rationale_chars', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_tender_reference'), 'tender', ['reference'], unique=True)
    op.create_table('workspace_meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('bid',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('identifier', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('legal_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('trading_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('org_form', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('org_evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('received_on', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('withdrawn_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tender_id', 'identifier')
    )
    op.create_index(op.f('ix_bid_tender_id'), 'bid', ['tender_id'], unique=False)
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tender_id', 'name')
    )
    op.create_index(op.f('ix_member_tender_id'), 'member', ['tender_id'], unique=False)
    op.create_table('tender_measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('framework_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('framework_version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('theme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('measure_json', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('weight', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('target', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('bands', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('minimum', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tender_id', 'code')
    )
    op.create_index(op.f('ix_tender_measure_tender_id'), 'tender_measure', ['tender_id'], unique=False)
    op.create_table('clarification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('bid_id', sa.Integer(), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('asked_on', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answered_on', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['bid_id'], ['bid.id'], ),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_clarification_tender_id'), 'clarification', ['tender_id'], unique=False)
    op.create_table('consensus',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bid_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('accepted_quantity', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('quantity_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rationale', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reached_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('present', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['bid_id'], ['bid.id'], ),
    sa.ForeignKeyConstraint(['measure_id'], ['tender_measure.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('bid_id', 'measure_id')
    )
    op.create_index(op.f('ix_consensus_bid_id'), 'consensus', ['bid_id'], unique=False)
    op.create_table('declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('bid_id', sa.Integer(), nullable=True),
    sa.Column('interest', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('nature', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('details', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('declared_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('resolution_note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('superseded_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['bid_id'], ['bid.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_declaration_member_id'), 'declaration', ['member_id'], unique=False)
    op.create_index(op.f('ix_declaration_tender_id'), 'declaration', ['tender_id'], unique=False)
    op.create_table('response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bid_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('page_refs', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quantity', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['bid_id'], ['bid.id'], ),
    sa.ForeignKeyConstraint(['measure_id'], ['tender_measure.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('bid_id', 'measure_id')
    )
    op.create_index(op.f('ix_response_bid_id'), 'response', ['bid_id'], unique=False)
    op.create_table('score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('bid_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('abstained', sa.Boolean(), nullable=False),
    sa.Column('abstain_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rationale', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('evidence_refs', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('submitted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['bid_id'], ['bid.id'], ),
    sa.ForeignKeyConstraint(['measure_id'], ['tender_measure.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'bid_id', 'measure_id')
    )
    op.create_index(op.f('ix_score_bid_id'), 'score', ['bid_id'], unique=False)
    op.create_index(op.f('ix_score_member_id'), 'score', ['member_id'], unique=False)
    op.create_table('sign_off',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('statement', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('signed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_sign_off_tender_id'), 'sign_off', ['tender_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sign_off_tender_id'), table_name='sign_off')
    op.drop_table('sign_off')
    op.drop_index(op.f('ix_score_member_id'), table_name='score')
    op.drop_index(op.f('ix_score_bid_id'), table_name='score')
    op.drop_table('score')
    op.drop_index(op.f('ix_response_bid_id'), table_name='response')
    op.drop_table('response')
    op.drop_index(op.f('ix_declaration_tender_id'), table_name='declaration')
    op.drop_index(op.f('ix_declaration_member_id'), table_name='declaration')
    op.drop_table('declaration')
    op.drop_index(op.f('ix_consensus_bid_id'), table_name='consensus')
    op.drop_table('consensus')
    op.drop_index(op.f('ix_clarification_tender_id'), table_name='clarification')
    op.drop_table('clarification')
    op.drop_index(op.f('ix_tender_measure_tender_id'), table_name='tender_measure')
    op.drop_table('tender_measure')
    op.drop_index(op.f('ix_member_tender_id'), table_name='member')
    op.drop_table('member')
    op.drop_index(op.f('ix_bid_tender_id'), table_name='bid')
    op.drop_table('bid')
    op.drop_table('workspace_meta')
    op.drop_index(op.f('ix_tender_reference'), table_name='tender')
    op.drop_table('tender')
    op.drop_table('framework')
    op.drop_index(op.f('ix_audit_event_tender_ref'), table_name='audit_event')
    op.drop_table('audit_event')
