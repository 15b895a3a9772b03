import { and, eq, sql } from 'drizzle-orm';
import type { Tag } from '../../domain/tag/tag.js';
import type { TagId } from '../../domain/tag/tag-id.js';
import type { TagRepository } from '../../domain/tag/tag.repository.js';
import type { Database, Orm } from '../db/client.js';
import { prepared } from '../db/prepared.js';
import { TrackingRepository } from '../db/tracking-repository.js';
import { toTag, toTagRow } from './tag.mapper.js';
import { tags } from './tag.table.js';

const statements = (orm: Orm) => ({
  byId: orm
    .select()
    .from(tags)
    .where(eq(tags.id, sql.placeholder('id')))
    .prepare(),
});

/** Tags in SQLite through Drizzle. Reads use prepared statements; writes wait for commit. */
export class DrizzleTagRepository extends TrackingRepository<Tag, TagId> implements TagRepository {
  constructor(database: Database) {
    super(database, 'Tag');
  }

  protected load(id: TagId): Tag | undefined {
    const prepare = prepared(this.database.orm, statements);
    const row = prepare.byId.get({ id });
    return row === undefined ? undefined : toTag(row);
  }

  protected insert(tag: Tag): void {
    this.database.orm.insert(tags).values(toTagRow(tag)).run();
  }

  protected update(tag: Tag): number {
    const { changes } = this.database.orm
      .update(tags)
      .set(toTagRow(tag))
      .where(and(eq(tags.id, tag.id), eq(tags.version, tag.persistedVersion)))
      .run();
    return changes;
  }

  protected delete(tag: Tag): number {
    return this.database.orm
      .delete(tags)
      .where(and(eq(tags.id, tag.id), eq(tags.version, tag.persistedVersion)))
      .run().changes;
  }
}
