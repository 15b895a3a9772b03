/**
 * Reactions to events that change aggregates, by event type (e.g. `TagCreated: [countTag]`).
 * Each gets a unit of work whose commit also marks the event processed for it, so its writes
 * happen exactly once however often the event is delivered. Handlers without writes of their own
 * (notifications, calls out) belong in the `…EventHandlers` maps next to the command handlers.
 */
import type { UnitOfWorkEventHandlerMap } from './unit-of-work-event-handler.js';

export const reactions: UnitOfWorkEventHandlerMap = {};
