"""The store: one SQLite file of sends (outbox and history), schema, recovery, retention, export."""
