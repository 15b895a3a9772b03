-- Order: generated from the domain model

CREATE TABLE orders (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  number TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'placed', 'shipped', 'cancelled')),
  shipping_address TEXT NOT NULL,
  total_minor INTEGER NOT NULL,
  total_currency TEXT NOT NULL,
  placed_at TEXT,
  requested_delivery_on TEXT,
  external_reference TEXT,
  note TEXT
);

CREATE UNIQUE INDEX orders_number_unique ON orders (number);

CREATE INDEX orders_customer_id_idx ON orders (customer_id, id);

CREATE TABLE order_order_lines (
  id TEXT PRIMARY KEY NOT NULL,
  order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  product_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price_minor INTEGER NOT NULL,
  unit_price_currency TEXT NOT NULL,
  discount_percent TEXT NOT NULL
);

CREATE INDEX order_order_lines_order_id_idx ON order_order_lines (order_id, position);
