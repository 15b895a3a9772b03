/**
 * We format our own TypeScript with prettier's `babel-ts` parser (faster); the generated project's
 * `prettier --check` parses it with `typescript`. Every TypeScript file a service is generated
 * with must already be as the `typescript` parser prints it, for each database and domain we ship
 * and the sample context that holds every field type. (Capability files and edits are checked by
 * each capability's test through `expectPrettierClean`.)
 */
import { describe, expect, it } from 'vitest';
import { readDomainFile } from '../../src/domain-model/read-domain-file.js';
import { formatAsPrettier } from '../../src/generate/format.js';
import { renderService, type ServiceDatabase } from '../../src/generate/render.js';
import type { BoundedContext } from '../../src/domain-model/types.js';
import { sampleContext } from '../support/sample-context.js';

const contexts: [string, () => Promise<BoundedContext>][] = [
  ['the sample context', () => Promise.resolve(sampleContext)],
  ['prompt-catalogue.md', () => readDomainFile('examples/domains/prompt-catalogue.md')],
  ['ordering.md', () => readDomainFile('examples/domains/ordering.md')],
];
const cases = contexts.flatMap(([name, context]) => (['sqlite', 'postgres'] as ServiceDatabase[]).map((db) => [name, db, context] as const));

describe('TypeScript formatted with babel-ts', () => {
  it.each(cases)('is as the typescript parser prints it: %s on %s', async (_name, db, context) => {
    const files = await renderService({ serviceName: 'parser-check', db, context: await context(), stackRows: [] });
    const typescript = [...files].filter(([path]) => path.endsWith('.ts'));
    expect(typescript.length).toBeGreaterThan(40);
    for (const [path, content] of typescript) expect(await formatAsPrettier(path, content), path).toBe(content);
  });
});
