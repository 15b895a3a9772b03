-- The outbox: events written in the same transaction as the changes that raised them.

CREATE TABLE outbox (
  sequence BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  payload JSONB NOT NULL,
  delivered_at TEXT
);

CREATE INDEX outbox_pending_idx ON outbox (delivered_at, sequence);
