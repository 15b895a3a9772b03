import { and, eq } from 'drizzle-orm';
import type { ProcessedMessages } from '../../application/events/processed-messages.js';
import type { UnitOfWork } from '../../application/unit-of-work.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import type { Database, Executor } from '../db/client.js';
import type { Flushable } from '../db/tracking-repository.js';
import { DrizzleUnitOfWork } from '../unit-of-work.js';
import { processedMessages } from './processed-message.table.js';

/** The processed-message table in PostgreSQL; the mark can ride in a unit of work's transaction. */
export class DrizzleProcessedMessages implements ProcessedMessages {
  constructor(private readonly database: Database) {}

  async has(messageId: string, handler: string): Promise<boolean> {
    const rows = await this.database.orm
      .select({ messageId: processedMessages.messageId })
      .from(processedMessages)
      .where(
        and(eq(processedMessages.messageId, messageId), eq(processedMessages.handler, handler)),
      )
      .limit(1);
    return rows.length > 0;
  }

  async mark(messageId: string, handler: string): Promise<void> {
    await insertMark(this.database.orm, messageId, handler).onConflictDoNothing();
  }

  unitOfWork(messageId: string, handler: string): UnitOfWork {
    const uow = new DrizzleUnitOfWork(this.database);
    // commit() flushes every entry of `repositories` in its one transaction: the mark is one more
    // entry, flushed last. A second mark of the pair breaks the primary key and undoes it all.
    const mark: Flushable = {
      flush: async (tx: Executor): Promise<DomainEvent[]> => {
        await insertMark(tx, messageId, handler);
        return [];
      },
    };
    Object.assign(uow.repositories, { processedMessage: mark });
    return uow;
  }
}

function insertMark(executor: Executor, messageId: string, handler: string) {
  return executor
    .insert(processedMessages)
    .values({ messageId, handler, processedAt: new Date().toISOString() });
}
