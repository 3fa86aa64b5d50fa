"""reply speed: assignment mode, accept-mode offers, reassignments

Revision ID: 0002_reply_speed
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_reply_speed'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('responders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignment_mode', sa.String(length=16), nullable=False,
                                      server_default='auto'))
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('needs_take', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('reassign_count', sa.Integer(), nullable=False,
                                      server_default='0'))
    op.create_table('reassignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.String(length=36), nullable=False),
    sa.Column('from_responder_id', sa.Integer(), nullable=False),
    sa.Column('to_responder_id', sa.Integer(), nullable=False),
    sa.Column('offered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.ForeignKeyConstraint(['from_responder_id'], ['responders.id'], ),
    sa.ForeignKeyConstraint(['to_responder_id'], ['responders.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reassignments', schema=None) as batch_op:
        batch_op.create_index('ix_reassignments_from_created',
                              ['from_responder_id', 'created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reassignments', schema=None) as batch_op:
        batch_op.drop_index('ix_reassignments_from_created')
    op.drop_table('reassignments')
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('reassign_count')
        batch_op.drop_column('needs_take')
    with op.batch_alter_table('responders', schema=None) as batch_op:
        batch_op.drop_column('assignment_mode')
