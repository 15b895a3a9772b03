import type { Tag } from './tag.js';
import type { TagId } from './tag-id.js';

/** Where tags are kept. Changes are saved when the unit of work commits. */
export interface TagRepository {
  add(tag: Tag): void;
  get(id: TagId): Promise<Tag | undefined>;
  remove(tag: Tag): void;
}
