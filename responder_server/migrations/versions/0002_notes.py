"""notes: client identity across sessions, private client notes, the full-text index

Revision ID: 0002_notes
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_notes'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'clients',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('key_hash', sa.String(length=64), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key_hash'),
    )
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_id', sa.String(length=36), nullable=True))
        batch_op.create_index('ix_conversations_client_id', ['client_id'], unique=False)
        batch_op.create_foreign_key('fk_conversations_client_id', 'clients',
                                    ['client_id'], ['id'])
    op.create_table(
        'client_notes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('responder_id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.String(length=36), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('tags', sa.Text(), nullable=False),
        sa.Column('call_me', sa.String(length=100), nullable=False),
        sa.Column('avoid', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id']),
        sa.ForeignKeyConstraint(['responder_id'], ['responders.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_client_notes_responder_client', 'client_notes',
                    ['responder_id', 'client_id'], unique=True)
    op.create_table(
        'search_terms',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('term', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('note_id', sa.Integer(), nullable=True),
        sa.Column('conversation_id', sa.String(length=36), nullable=True),
        sa.Column('message_position', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['note_id'], ['client_notes.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id']),
        sa.ForeignKeyConstraint(['message_position'], ['messages.position'],
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_search_terms_term', 'search_terms', ['term'], unique=False)
    op.create_index('ix_search_terms_note', 'search_terms', ['note_id'], unique=False)
    op.create_index('ix_search_terms_conversation', 'search_terms', ['conversation_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_search_terms_conversation', table_name='search_terms')
    op.drop_index('ix_search_terms_note', table_name='search_terms')
    op.drop_index('ix_search_terms_term', table_name='search_terms')
    op.drop_table('search_terms')
    op.drop_index('ix_client_notes_responder_client', table_name='client_notes')
    op.drop_table('client_notes')
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_constraint('fk_conversations_client_id', type_='foreignkey')
        batch_op.drop_index('ix_conversations_client_id')
        batch_op.drop_column('client_id')
    op.drop_table('clients')
