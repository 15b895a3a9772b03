-- Processed messages: which event handler has already handled which event (idempotent consumers).

CREATE TABLE processed_messages (
  message_id TEXT NOT NULL,
  handler TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  PRIMARY KEY (message_id, handler)
);
