/** Event handlers that write through a unit of work they are given, as command handlers do. */
import type { EventMessage } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';

/** Its writes are committed together with the processed-message mark: they happen once. */
export type UnitOfWorkEventHandler = (event: EventMessage, uow: UnitOfWork) => Promise<void>;

export interface UnitOfWorkEventHandlerMap {
  readonly [type: string]: readonly UnitOfWorkEventHandler[];
}
