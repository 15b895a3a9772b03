import type { ProcessedMessages } from '../../../src/application/events/processed-messages.js';
import type { UnitOfWork } from '../../../src/application/unit-of-work.js';
import { FakeUnitOfWork } from '../fakes/fake-unit-of-work.js';

/** Processed marks in a Set; its units of work add the mark when they commit. */
export class FakeProcessedMessages implements ProcessedMessages {
  readonly marks = new Set<string>();

  has(messageId: string, handler: string): Promise<boolean> {
    return Promise.resolve(this.marks.has(`${messageId}/${handler}`));
  }

  mark(messageId: string, handler: string): Promise<void> {
    this.marks.add(`${messageId}/${handler}`);
    return Promise.resolve();
  }

  unitOfWork(messageId: string, handler: string): UnitOfWork {
    const uow = new FakeUnitOfWork();
    const commit = uow.commit.bind(uow);
    uow.commit = async () => {
      if (this.marks.has(`${messageId}/${handler}`)) throw new Error('already processed');
      await commit();
      this.marks.add(`${messageId}/${handler}`);
    };
    return uow;
  }
}
