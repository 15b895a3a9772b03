import { describe, expect, it } from 'vitest';
import { readDomainFile } from '../../src/domain-model/read-domain-file.js';
import { renderService } from '../../src/generate/render.js';
import { CAPABILITIES } from '../../src/stack/capabilities.js';

/** What explain and docs/STACK.md promise must be what the generator writes. */
describe('the capability catalogue', async () => {
  const context = await readDomainFile('examples/domains/ordering.md');
  const files = await renderService({ serviceName: 'svc', db: 'sqlite', context, stackRows: [] });
  const manifest = JSON.parse(files.get('package.json') ?? '{}') as Record<string, Record<string, string>>;
  const installed = { ...manifest.dependencies, ...manifest.devDependencies };
  const generated = Object.entries(CAPABILITIES).flatMap(([id, c]) => (c.status === 'generated' ? [[id, c] as const] : []));

  it.each(generated)('names only files the service has for %s', (_id, capability) => {
    for (const path of capability.files) {
      const present = path.endsWith('/') ? [...files.keys()].some((f) => f.startsWith(path)) : files.has(path);
      expect(present, path).toBe(true);
    }
  });

  it.each(generated)('names only packages the service depends on for %s', (_id, capability) => {
    for (const [name, range] of Object.entries(capability.packages)) expect(installed[name], name).toBe(range);
  });
});
