-- Tag: generated from the domain model

CREATE TABLE tags (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  tenant_id TEXT NOT NULL,
  label TEXT NOT NULL,
  colour TEXT NOT NULL
);

CREATE INDEX tags_tenant_id_idx ON tags (tenant_id, id);

CREATE INDEX tags_label_idx ON tags (label, id);
