"""The platform every feature stands on (config, database, tables, the event log, state,
limits, ...); imports no feature."""
