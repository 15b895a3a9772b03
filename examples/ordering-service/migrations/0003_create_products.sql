-- Product: generated from the domain model

CREATE TABLE products (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  list_price_minor INTEGER NOT NULL,
  list_price_currency TEXT NOT NULL,
  active INTEGER NOT NULL,
  attributes TEXT,
  catalogue_url TEXT,
  discontinued_on TEXT
);

CREATE UNIQUE INDEX products_sku_unique ON products (sku);

CREATE INDEX products_name_idx ON products (name, id);
