/**
 * Registering an aggregate in a generated service gives the same shared files as generating the
 * service with that aggregate from the start: the real templates, rendered and formatted the
 * way the app generator does it (EJS with the templates' helpers; then prettier for a file that
 * does not render formatted, see src/generate/formatted-templates.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ejs from 'ejs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { registerAggregates, REGISTRATION_FILES } from '../../../src/ast/register-aggregate.js';
import { printsFormatted } from '../../../src/generate/formatted-templates.js';
import { formatGenerated } from '../../../src/generate/marked-lines.js';
import { TEMPLATE_HELPERS } from '../../../src/generate/render.js';
import { names } from '../../../src/naming.js';
import { packageRoot } from '../../../src/package-root.js';

const appTemplates = join(packageRoot(), 'templates', 'app');
const prettierOptions = JSON.parse(readFileSync(join(appTemplates, '.prettierrc.json'), 'utf8')) as prettier.Options;

const sharedSourceFiles = [
  REGISTRATION_FILES.schemaIndex,
  REGISTRATION_FILES.repositoriesPort,
  REGISTRATION_FILES.repositoriesFactory,
  REGISTRATION_FILES.queriesPort,
  REGISTRATION_FILES.queriesFactory,
  REGISTRATION_FILES.bootstrap,
  REGISTRATION_FILES.app,
  REGISTRATION_FILES.fakeRepositories,
];

function format(text: string): Promise<string> {
  return prettier.format(text, { ...prettierOptions, parser: 'typescript' });
}

async function generatedWith(aggregateNames: readonly string[]): Promise<Map<string, string>> {
  const aggregates = aggregateNames.map((name) => ({ names: names(name) }));
  const files = await Promise.all(
    sharedSourceFiles.map(async (path) => {
      const template = readFileSync(join(appTemplates, `${path}.ejs`), 'utf8');
      const text = ejs.render(template, { ...TEMPLATE_HELPERS, aggregates });
      return [path, printsFormatted(`app/${path}.ejs`, text) ? text : await formatGenerated(path, text)] as const;
    }),
  );
  const yoRc = JSON.stringify({ 'create-agent-backend': { aggregates: aggregates.map((a) => a.names.pascal) } });
  return new Map([...files, ['.yo-rc.json', yoRc]]);
}

function registered(files: Map<string, string>, aggregateNames: readonly string[]): Map<string, string> {
  return new Map([
    ...files,
    ...registerAggregates(
      files,
      aggregateNames.map((name) => ({ name })),
    ),
  ]);
}

describe('registering aggregates in a service generated from the templates', () => {
  it('gives each shared file exactly as generating with the aggregate would', async () => {
    const edited = registered(await generatedWith(['Prompt']), ['PromptVersion']);
    const expected = await generatedWith(['Prompt', 'PromptVersion']);
    for (const path of sharedSourceFiles)
      expect({ path, text: edited.get(path) }).toEqual({ path, text: expected.get(path) });
  });

  it('gives the same files when several aggregates are added, one run each', async () => {
    const once = registered(await generatedWith(['Prompt']), ['Invoice']);
    const edited = registered(once, ['CustomerLoyaltyAccount']);
    const expected = await generatedWith(['Prompt', 'Invoice', 'CustomerLoyaltyAccount']);
    for (const path of sharedSourceFiles)
      expect({ path, text: edited.get(path) }).toEqual({ path, text: expected.get(path) });
  });

  it('leaves files prettier accepts as they are', async () => {
    const edited = registered(await generatedWith(['Prompt']), ['CustomerLoyaltyAccount']);
    for (const path of sharedSourceFiles) {
      const text = edited.get(path) ?? '';
      expect({ path, text: await format(text) }).toEqual({ path, text });
    }
  });

  it('changes nothing when run again', async () => {
    const edited = registered(await generatedWith(['Prompt']), ['Invoice']);
    expect(registerAggregates(edited, [{ name: 'Invoice' }]).size).toBe(0);
  });
});
