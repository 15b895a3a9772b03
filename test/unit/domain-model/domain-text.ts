/** Builds small domain files for tests, so each case shows only the YAML that matters. */
import { InputError } from '../../../src/errors.js';

/** A file whose front matter is `yaml`; YAML line n is line n + 1 of the file. */
export function domainText(yaml: string, body = ''): string {
  return `---\n${yaml}\n---\n${body}`;
}

/**
 * A shop with a `Customer` and an `Order` whose only field is `field`, written on line 9:
 *
 *   1 ---            4   Customer:         7   Order:
 *   2 context: Shop  5     fields:         8     fields:
 *   3 aggregates:    6       name: string  9       <field>
 */
export function shopWithOrderField(field: string): string {
  return domainText(
    [
      'context: Shop',
      'aggregates:',
      '  Customer:',
      '    fields:',
      '      name: string',
      '  Order:',
      '    fields:',
      `      ${field}`,
    ].join('\n'),
  );
}

/** The message of the `InputError` that `run` throws; fails the test when it throws anything else. */
export function errorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

export async function asyncErrorMessage(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
