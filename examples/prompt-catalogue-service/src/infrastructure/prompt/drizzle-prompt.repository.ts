import { and, asc, eq, sql } from 'drizzle-orm';
import type { Prompt } from '../../domain/prompt/prompt.js';
import type { PromptId } from '../../domain/prompt/prompt-id.js';
import type { PromptRepository } from '../../domain/prompt/prompt.repository.js';
import type { Database, Orm } from '../db/client.js';
import { prepared } from '../db/prepared.js';
import { TrackingRepository } from '../db/tracking-repository.js';
import { toPrompt, toPromptRow, toPromptVersionRows, toPromptTagRows } from './prompt.mapper.js';
import { prompts, promptPromptVersions, promptPromptTags } from './prompt.table.js';

const statements = (orm: Orm) => ({
  byId: orm
    .select()
    .from(prompts)
    .where(eq(prompts.id, sql.placeholder('id')))
    .prepare(),
  promptVersions: orm
    .select()
    .from(promptPromptVersions)
    .where(eq(promptPromptVersions.promptId, sql.placeholder('id')))
    .orderBy(asc(promptPromptVersions.position))
    .prepare(),
  promptTags: orm
    .select()
    .from(promptPromptTags)
    .where(eq(promptPromptTags.promptId, sql.placeholder('id')))
    .orderBy(asc(promptPromptTags.position))
    .prepare(),
});

/** Prompts in SQLite through Drizzle. Reads use prepared statements; writes wait for commit. */
export class DrizzlePromptRepository
  extends TrackingRepository<Prompt, PromptId>
  implements PromptRepository
{
  constructor(database: Database) {
    super(database, 'Prompt');
  }

  protected load(id: PromptId): Prompt | undefined {
    const prepare = prepared(this.database.orm, statements);
    const row = prepare.byId.get({ id });
    return row === undefined
      ? undefined
      : toPrompt(row, prepare.promptVersions.all({ id }), prepare.promptTags.all({ id }));
  }

  protected insert(prompt: Prompt): void {
    this.database.orm.insert(prompts).values(toPromptRow(prompt)).run();
    this.insertParts(prompt);
  }

  protected update(prompt: Prompt): number {
    const { changes } = this.database.orm
      .update(prompts)
      .set(toPromptRow(prompt))
      .where(and(eq(prompts.id, prompt.id), eq(prompts.version, prompt.persistedVersion)))
      .run();
    if (changes > 0) {
      this.database.orm
        .delete(promptPromptVersions)
        .where(eq(promptPromptVersions.promptId, prompt.id))
        .run();
      this.database.orm
        .delete(promptPromptTags)
        .where(eq(promptPromptTags.promptId, prompt.id))
        .run();
      this.insertParts(prompt);
    }
    return changes;
  }

  protected delete(prompt: Prompt): number {
    return this.database.orm
      .delete(prompts)
      .where(and(eq(prompts.id, prompt.id), eq(prompts.version, prompt.persistedVersion)))
      .run().changes;
  }

  private insertParts(prompt: Prompt): void {
    const promptVersions = toPromptVersionRows(prompt);
    if (promptVersions.length > 0)
      this.database.orm.insert(promptPromptVersions).values(promptVersions).run();
    const promptTags = toPromptTagRows(prompt);
    if (promptTags.length > 0) this.database.orm.insert(promptPromptTags).values(promptTags).run();
  }
}
