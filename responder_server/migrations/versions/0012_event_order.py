"""issue 29, the event log's order guaranteed by PostgreSQL itself (no lock held to commit)

Revision ID: 0012_event_order
Revises: 0011_console
Create Date: 2026-12-07

PostgreSQL only (SQLite has one writer at a time and keeps its AUTOINCREMENT). An event's
position is no longer taken from a sequence under an advisory lock held through COMMIT
(which serialised every append in the cluster): a BEFORE INSERT trigger numbers each row
from its own transaction id,

    seq = base + xid * 16384 + (the row's index within its transaction)

so every INSERT, a raw one from a maintenance script included, is numbered by the rule.
A reader reads only below `responder_event_horizon()`, the position of the oldest
transaction still running when its statement's snapshot was taken (`pg_snapshot_xmin`):
everything below it is committed or rolled back for good, so a transaction that numbered
first and commits last is never skipped (core/events.py). `base` keeps every new position
above the sequence's old ones. An AFTER INSERT statement trigger sends the NOTIFY, so any
writer wakes every instance's tail.
"""

from alembic import op

revision = "0012_event_order"
down_revision = "0011_console"
branch_labels = None
depends_on = None

PER_TRANSACTION = 16384  # events one transaction may append (2^14): positions stay < 2^53


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Above every position the sequence handed out, whatever the transaction counter is.
    op.execute(f"""
        DO $$
        DECLARE b bigint := greatest(0, (SELECT coalesce(max(seq), 0) + 1 FROM events)
                                        - pg_current_xact_id()::text::bigint
                                          * {PER_TRANSACTION});
        BEGIN
          EXECUTE format('CREATE FUNCTION responder_event_base() RETURNS bigint '
                         'LANGUAGE sql STABLE PARALLEL SAFE AS %L',
                         'SELECT ' || b || '::bigint');
        END $$""")
    op.execute(f"""
        CREATE FUNCTION responder_event_horizon() RETURNS bigint
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT responder_event_base()
                 + pg_snapshot_xmin(pg_current_snapshot())::text::bigint * {PER_TRANSACTION}
        $$""")
    op.execute(f"""
        CREATE FUNCTION responder_event_position() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
          n integer := coalesce(nullif(current_setting('responder.event_index', true), ''),
                                '0')::integer;
        BEGIN
          IF n >= {PER_TRANSACTION} THEN
            RAISE EXCEPTION 'one transaction may append at most {PER_TRANSACTION} events';
          END IF;
          PERFORM set_config('responder.event_index', (n + 1)::text, true);
          NEW.seq := responder_event_base()
                     + pg_current_xact_id()::text::bigint * {PER_TRANSACTION} + n;
          RETURN NEW;
        END $$""")
    op.execute("""
        CREATE FUNCTION responder_event_notify() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('responder_events', '');
          RETURN NULL;
        END $$""")
    op.execute("""
        CREATE FUNCTION responder_event_fixed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'an event''s position cannot change';
        END $$""")
    op.execute("CREATE TRIGGER events_position BEFORE INSERT ON events "
               "FOR EACH ROW EXECUTE FUNCTION responder_event_position()")
    op.execute("CREATE TRIGGER events_notify AFTER INSERT ON events "
               "FOR EACH STATEMENT EXECUTE FUNCTION responder_event_notify()")
    op.execute("CREATE TRIGGER events_position_fixed BEFORE UPDATE OF seq ON events "
               "FOR EACH ROW WHEN (NEW.seq <> OLD.seq) "
               "EXECUTE FUNCTION responder_event_fixed()")
    op.execute("ALTER TABLE events ALTER COLUMN seq DROP DEFAULT")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER events_position_fixed ON events")
    op.execute("DROP TRIGGER events_notify ON events")
    op.execute("DROP TRIGGER events_position ON events")
    for name in ("responder_event_fixed", "responder_event_notify",
                 "responder_event_position", "responder_event_horizon",
                 "responder_event_base"):
        op.execute(f"DROP FUNCTION {name}()")
    op.execute("SELECT setval('events_seq_seq', (SELECT coalesce(max(seq), 0) + 1 "
               "FROM events), false)")
    op.execute("ALTER TABLE events ALTER COLUMN seq SET DEFAULT nextval('events_seq_seq')")
