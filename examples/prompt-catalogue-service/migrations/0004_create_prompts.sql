-- Prompt: generated from the domain model

CREATE TABLE prompts (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  tenant_id TEXT NOT NULL,
  title TEXT NOT NULL,
  slug TEXT NOT NULL,
  summary TEXT,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
  settings TEXT NOT NULL,
  published_at TEXT,
  review_on TEXT,
  metadata TEXT,
  external_id TEXT
);

CREATE INDEX prompts_tenant_id_idx ON prompts (tenant_id, id);

CREATE UNIQUE INDEX prompts_slug_unique ON prompts (slug);

CREATE TABLE prompt_prompt_versions (
  id TEXT PRIMARY KEY NOT NULL,
  prompt_id TEXT NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number INTEGER NOT NULL,
  body TEXT NOT NULL,
  change_note TEXT
);

CREATE INDEX prompt_prompt_versions_prompt_id_idx ON prompt_prompt_versions (prompt_id, position);

CREATE TABLE prompt_prompt_tags (
  id TEXT PRIMARY KEY NOT NULL,
  prompt_id TEXT NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  tag_id TEXT NOT NULL
);

CREATE INDEX prompt_prompt_tags_prompt_id_idx ON prompt_prompt_tags (prompt_id, position);
