import { and, eq } from 'drizzle-orm';
import type { ProcessedMessages } from '../../application/events/processed-messages.js';
import type { UnitOfWork } from '../../application/unit-of-work.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import type { Database } from '../db/client.js';
import type { Flushable } from '../db/tracking-repository.js';
import { DrizzleUnitOfWork } from '../unit-of-work.js';
import { processedMessages } from './processed-message.table.js';

/** The processed-message table in SQLite; the mark can ride in a unit of work's transaction. */
export class DrizzleProcessedMessages implements ProcessedMessages {
  constructor(private readonly database: Database) {}

  has(messageId: string, handler: string): Promise<boolean> {
    const row = this.database.orm
      .select({ messageId: processedMessages.messageId })
      .from(processedMessages)
      .where(
        and(eq(processedMessages.messageId, messageId), eq(processedMessages.handler, handler)),
      )
      .get();
    return Promise.resolve(row !== undefined);
  }

  mark(messageId: string, handler: string): Promise<void> {
    insertMark(this.database, messageId, handler, true);
    return Promise.resolve();
  }

  unitOfWork(messageId: string, handler: string): UnitOfWork {
    const uow = new DrizzleUnitOfWork(this.database);
    // commit() flushes every entry of `repositories` in its one transaction: the mark is one more
    // entry, flushed last. A second mark of the pair breaks the primary key and undoes it all.
    const mark: Flushable = {
      flush: (): DomainEvent[] => {
        insertMark(this.database, messageId, handler, false);
        return [];
      },
    };
    Object.assign(uow.repositories, { processedMessage: mark });
    return uow;
  }
}

function insertMark(database: Database, messageId: string, handler: string, orIgnore: boolean) {
  const insert = database.orm
    .insert(processedMessages)
    .values({ messageId, handler, processedAt: new Date().toISOString() });
  (orIgnore ? insert.onConflictDoNothing() : insert).run();
}
