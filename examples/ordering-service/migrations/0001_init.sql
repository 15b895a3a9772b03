-- The outbox: events written in the same transaction as the changes that raised them.

CREATE TABLE outbox (
  sequence INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  delivered_at TEXT
);

CREATE INDEX outbox_pending_idx ON outbox (delivered_at, sequence);
