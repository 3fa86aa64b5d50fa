"""issue 29, a send's commit no longer takes PostgreSQL's cluster-wide NOTIFY lock

Revision ID: 0018_pg_scale
Revises: 0013_responder_page
Create Date: 2026-12-07

PostgreSQL only. A transaction that sends a NOTIFY takes one lock for the whole cluster at
COMMIT ("database 0", so the notification queue is in commit order) and holds it through
its WAL flush: every send that notified from its own transaction committed one at a time,
the serialised section 0012_event_order meant to remove (bare commits with 32 in flight,
on this machine: about 9,000/s without it, about 500/s with it).

The log's statement trigger still sends `NOTIFY responder_events` for any INSERT (a raw
one from a maintenance script, the CLI, every SQLAlchemy writer), unless the writing
transaction says it announces its events itself after its commit
(`set_config('responder.announce', 'after', true)`, as the send statement does;
core/events.py `EventHub.announce`): one NOTIFY, in a transaction of its own that writes
nothing and so waits for no flush, then tells every instance about all the sends
committed since the last one.
"""

from alembic import op

revision = "0018_pg_scale"
down_revision = "0013_responder_page"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE OR REPLACE FUNCTION responder_event_notify() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF coalesce(current_setting('responder.announce', true), '') <> 'after' THEN
            PERFORM pg_notify('responder_events', '');
          END IF;
          RETURN NULL;
        END $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE OR REPLACE FUNCTION responder_event_notify() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('responder_events', '');
          RETURN NULL;
        END $$""")
