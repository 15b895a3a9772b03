import { TenantId } from '../../domain/tenant/tenant-id.js';
import { Tag } from '../../domain/tag/tag.js';
import { TagId } from '../../domain/tag/tag-id.js';
import type { tags } from './tag.table.js';

export type TagRow = typeof tags.$inferSelect;

/** Aggregate → row of `tags` (the version is the one it has once saved). */
export function toTagRow(tag: Tag): typeof tags.$inferInsert {
  return {
    id: tag.id,
    version: tag.version,
    tenantId: tag.tenantId,
    label: tag.label,
    colour: tag.colour,
  };
}

/** Rows → aggregate, without events: it is only being read. */
export function toTag(row: TagRow): Tag {
  return Tag.restore(TagId.from(row.id), row.version, {
    tenantId: TenantId.from(row.tenantId),
    label: row.label,
    colour: row.colour,
  });
}
