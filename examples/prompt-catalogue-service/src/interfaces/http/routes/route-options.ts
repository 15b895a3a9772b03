import type { MessageBus } from '../../../application/message-bus.js';
import type { Queries } from '../../../application/queries.js';

/** What every route plugin receives: commands go to the bus, reads to the queries. */
export interface RouteOptions {
  bus: MessageBus;
  queries: Queries;
}
