-- Customer: generated from the domain model

CREATE TABLE customers (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  marketing_opt_in INTEGER NOT NULL,
  birth_date TEXT
);

CREATE UNIQUE INDEX customers_email_unique ON customers (email);
