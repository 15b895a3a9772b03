/**
 * Fields whose generated test data cannot keep their rules: a `pattern` that no sample shape
 * matches and that randexp cannot draw from (a Unicode property class it has no characters for,
 * say). The service is still generated; the tests that build that aggregate fail until its Object
 * Mother gets a valid value, and the user is told so, with the field's place in the domain file.
 */
import type { Aggregate, Field } from '../domain-model/types.js';
import { textSampleFits } from './fields.js';

/** One line per such field: `file:line: warning: …`. */
export function testDataWarnings(aggregates: readonly Aggregate[]): string[] {
  return aggregates.flatMap((aggregate) =>
    [aggregate, ...aggregate.valueObjects, ...aggregate.entities].flatMap((owner) =>
      owner.fields.filter((field) => isText(field) && !textSampleFits(field)).map((field) => warning(aggregate, owner.names.pascal, field)),
    ),
  );
}

function isText(field: Field): boolean {
  return field.kind === 'scalar' && (field.type === 'string' || field.type === 'text');
}

function warning(aggregate: Aggregate, owner: string, field: Field): string {
  const mother = `test/support/mothers/${aggregate.names.kebab}.mother.ts`;
  // a field from the command line (`aggregate --field`) has no line to point at
  const where = field.origin.line > 0 ? `${field.origin.file}:${field.origin.line}` : `--field ${field.names.camel}`;
  return `${where}: warning: no test value found for ${owner}.${field.names.camel} that matches ${field.pattern ?? 'its rules'} — the generated tests that create a ${aggregate.names.pascal} fail until ${mother} gives it a valid one`;
}
