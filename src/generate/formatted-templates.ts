/**
 * Templates written so that what they render is already prettier's output whenever every line
 * fits the print width: their fixed text is laid out as prettier lays it out, and the parts that
 * depend on the domain's names are laid out by layout-helpers.ts, which make prettier's choice,
 * or marked for prettier line by line (marked-lines.ts). A file rendered from one of them skips
 * prettier when each of its lines fits (`printsFormatted`); a longer line means prettier would
 * break something, so that file is formatted as any other.
 * test/generators/formatted-templates.test.ts renders them for the shipped domains and for
 * hundreds of variations of their names, numbers and texts, and requires prettier to change
 * nothing (docs/decisions/formatted-templates.md).
 */
import { fitsPrintWidth } from './layout-helpers.js';
import { hasMarks } from './marked-lines.js';

/** template keys: the folder under templates/ and the template's path in it */
export const FORMATTED_TEMPLATES: ReadonlySet<string> = new Set([
  'aggregate/src/application/__aggregate__/commands.ts.ejs',
  'aggregate/src/application/__aggregate__/handlers.ts.ejs',
  'aggregate/src/application/__aggregate__/queries.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__-id.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.events.ts.ejs',
  'aggregate/src/domain/__aggregate__/__entity__.ts.ejs',
  'aggregate/src/domain/__aggregate__/__valueObject__.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.repository.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/__aggregate__.mapper.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/__aggregate__.table.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/drizzle-__aggregate__.queries.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/drizzle-__aggregate__.repository.ts.ejs',
  'aggregate/src/interfaces/http/routes/__aggregate__.routes.ts.ejs',
  'aggregate/src/interfaces/http/schemas/__aggregate__.schemas.ts.ejs',
  'aggregate/test/e2e/__aggregate__.api.test.ts.ejs',
  'aggregate/test/integration/__aggregate__.repository.test.ts.ejs',
  'aggregate/test/support/fakes/fake-__aggregate__.repository.ts.ejs',
  'aggregate/test/support/mothers/__aggregate__.mother.ts.ejs',
  'aggregate/test/unit/__aggregate__.test.ts.ejs',
  'capabilities/auth/test/unit/auth/auth-config.test.ts.ejs',
  'capabilities/event-bus/src/interfaces/consumer/run-consumer.ts.ejs',
  'capabilities/event-bus/test/integration/events/consumer-crash.test.ts.ejs',
  'capabilities/event-bus/test/integration/events/processed-messages.test.ts.ejs',
  'capabilities/event-bus/test/support/events/proof-consumer.ts.ejs',
  'capabilities/observability/src/infrastructure/observability/outbox-backlog.ts.ejs',
  'capabilities/observability/src/infrastructure/observability/tracing.ts.ejs',
  'capabilities/observability/test/e2e/observability/metrics.api.test.ts.ejs',
  'capabilities/observability/test/e2e/observability/tracing.api.test.ts.ejs',
  'capabilities/queue/test/e2e/tasks/webhook-delivery.api.test.ts.ejs',
  'capabilities/websocket/test/e2e/live-events/event-stream.api.test.ts.ejs',
  'postgres/aggregate/src/infrastructure/__aggregate__/__aggregate__.table.ts.ejs',
  'postgres/aggregate/src/infrastructure/__aggregate__/drizzle-__aggregate__.queries.ts.ejs',
  'postgres/aggregate/src/infrastructure/__aggregate__/drizzle-__aggregate__.repository.ts.ejs',
  'postgres/aggregate/test/integration/__aggregate__.repository.test.ts.ejs',
  'postgres/app/README.md.ejs',
  'postgres/app/package.json.ejs',
  'postgres/app/src/bootstrap.ts.ejs',
  'app/README.md.ejs',
  'app/bench/target.ts.ejs',
  'app/package.json.ejs',
  'app/docs/STACK.md.ejs',
  'app/src/application/queries.ts.ejs',
  'app/src/application/unit-of-work.ts.ejs',
  'app/src/bootstrap.ts.ejs',
  'app/src/infrastructure/db/schema.ts.ejs',
  'app/src/infrastructure/queries.ts.ejs',
  'app/src/infrastructure/repositories.ts.ejs',
  'app/src/interfaces/http/app.ts.ejs',
  'app/src/interfaces/http/plugins/openapi.ts.ejs',
  'app/test/support/fakes/fake-repositories.ts.ejs',
]);


/** Whether `text`, rendered from template `key`, is already as prettier prints it. */
export function printsFormatted(key: string, text: string): boolean {
  if (!FORMATTED_TEMPLATES.has(key) || hasMarks(text)) return false;
  // Markdown keeps prose as written and JSON (json-stringify) puts every member on a line of its
  // own: prettier breaks no line by its width there
  return key.endsWith('.md.ejs') || key.endsWith('.json.ejs') || fitsPrintWidth(text);
}
