/** The port that remembers which handler already processed which event (idempotent consumers). */
import type { UnitOfWork } from '../unit-of-work.js';

export interface ProcessedMessages {
  has(messageId: string, handler: string): Promise<boolean>;
  /** records the pair on its own; recording it again changes nothing */
  mark(messageId: string, handler: string): Promise<void>;
  /** a unit of work whose commit also records the pair, in the same transaction */
  unitOfWork(messageId: string, handler: string): UnitOfWork;
}
