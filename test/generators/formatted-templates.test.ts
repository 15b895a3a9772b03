/**
 * The templates that skip prettier (src/generate/formatted-templates.ts) must render exactly what
 * prettier prints, as the generated project's `prettier --check` sees it, for the domains we ship,
 * the sample context that holds every field type, and many seeded variations of each in names,
 * enum values, numbers, defaults and descriptions. A file with a line past the print width is
 * formatted by prettier instead, so it is not theirs to get right.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specFeatures, withFeatures } from '../../src/create/features.js';
import { loadServiceInputs } from '../../src/create/service-inputs.js';
import { parseDomain } from '../../src/domain-model/parse-domain.js';
import { readDomainFile } from '../../src/domain-model/read-domain-file.js';
import type { BoundedContext } from '../../src/domain-model/types.js';
import { formatAsPrettier } from '../../src/generate/format.js';
import { FORMATTED_TEMPLATES } from '../../src/generate/formatted-templates.js';
import { classHeader, fitsPrintWidth, importFrom } from '../../src/generate/layout-helpers.js';
import { fit, formatGenerated, hasMarks } from '../../src/generate/marked-lines.js';
import { renderCapabilityFiles, renderService, renderServiceUnformatted, type ServiceDatabase } from '../../src/generate/render.js';
import { names } from '../../src/naming.js';
import { sampleContext } from '../support/sample-context.js';
import { SHARED_SPECS, sharedSpecsMissing } from '../support/shared-specs.js';
import { nameLengthSweep, variedContexts } from '../support/varied-contexts.js';

const VARIATIONS = 12;
const LONGEST_NAME = 40;
const DATABASES: ServiceDatabase[] = ['sqlite', 'postgres'];

const bases: [string, () => Promise<BoundedContext>][] = [
  ['the sample context', () => Promise.resolve(sampleContext)],
  ['prompt-catalogue.md', () => readDomainFile('examples/domains/prompt-catalogue.md')],
  ['ordering.md', () => readDomainFile('examples/domains/ordering.md')],
  // no index, no filter, no event: the empty forms of the lists the others always fill
  ['a one-field aggregate', () => Promise.resolve(parseDomain('---\ncontext: Notes\naggregates:\n  Note:\n    fields: { text: string }\n---\n', 'notes.md'))],
];

const seen = new Set<string>();

/**
 * Renders `context` and checks each file its template formats: as rendered when it is ready, else
 * with only its marked lines formatted. Returns how many it checked.
 */
async function checkReadyFiles(context: BoundedContext, db: ServiceDatabase, label: string): Promise<number> {
  const { files, ready } = renderServiceUnformatted({ serviceName: 'formatted-check', db, context, stackRows: [] });
  let checked = 0;
  for (const [path, text] of files) {
    const marked = hasMarks(text);
    if (!(ready.has(path) || marked) || !/\.(ts|md|json)$/.test(path) || seen.has(text)) continue;
    seen.add(text); // a text met before (a copied file, a file no variation changed) was checked then
    const final = marked ? await formatGenerated(path, text) : text;
    expect(await formatAsPrettier(path, final), `${label} ${db}: ${path}`).toBe(final);
    checked += 1;
  }
  return checked;
}

describe('templates that render formatted', () => {
  it('are all templates that exist (a misspelt key would silently leave its files to prettier)', () => {
    for (const key of FORMATTED_TEMPLATES) {
      expect(key, key).toMatch(/\.ejs$/);
      expect(existsSync(join('templates', key)), key).toBe(true);
    }
  });

  it.each(bases.flatMap(([name, context]) => DATABASES.map((db) => [name, db, context] as const)))(
    `print what prettier prints: %s on %s, ${VARIATIONS} variations of it and aggregate names of 1 to ${LONGEST_NAME} letters`,
    async (name, db, context) => {
      const base = await context();
      let checked = await checkReadyFiles(base, db, name);
      const seed = name.length * 7919 + db.length;
      for (const [i, varied] of variedContexts(base, VARIATIONS, seed).entries())
        checked += await checkReadyFiles(varied, db, `${name} variation ${i} (seed ${seed})`);
      // every name length on SQLite; on Postgres (whose own templates are few) for the sample context
      // and the one-field aggregate (few files: without the sweep it would check too few to count)
      const sweep = db === 'sqlite' || name === 'the sample context' || name === 'a one-field aggregate' ? nameLengthSweep(base, LONGEST_NAME) : [];
      for (const [i, swept] of sweep.entries())
        checked += await checkReadyFiles(swept, db, `${name} with aggregate names of ${i + 1} letters`);
      // most renders fit the width; a test that checked nothing would prove nothing
      expect(checked).toBeGreaterThan(VARIATIONS * 20);
    },
    60_000,
  );

  it('leave a file with a line past the width to prettier, which formats it', async () => {
    const [long] = variedContexts(sampleContext, 1, 1);
    const aggregate = long!.aggregates[0]!;
    const veryLong = { ...aggregate, names: { ...aggregate.names, pascal: `${aggregate.names.pascal}${'Q'.repeat(90)}` } };
    const context = { ...long!, aggregates: [veryLong, ...long!.aggregates.slice(1)] };
    const rendered = renderServiceUnformatted({ serviceName: 'long', db: 'sqlite', context, stackRows: [] });
    const routes = [...rendered.files.keys()].find((p) => p.endsWith('.routes.ts') && rendered.files.get(p)!.includes('Q'.repeat(90)))!;
    expect(fitsPrintWidth(rendered.files.get(routes)!)).toBe(false);
    expect(rendered.ready.has(routes)).toBe(false);
    const formatted = await renderService({ serviceName: 'long', db: 'sqlite', context, stackRows: [] });
    expect(await formatAsPrettier(routes, formatted.get(routes)!)).toBe(formatted.get(routes));
  });
});

describe('capability templates that render formatted', () => {
  // the files rendered from templates, and their folders (the copied files are checked by render.test.ts)
  const keys = [...FORMATTED_TEMPLATES].filter((k) => k.startsWith('capabilities/'));
  const rendered = new Set(keys.map((k) => k.split('/').slice(2).join('/').replace(/\.ejs$/, '')));
  const folders = [...new Set(keys.map((k) => k.split('/')[1] as string))];
  const firsts = [undefined, 'X', 'Customer Order Line', ...Array.from({ length: LONGEST_NAME }, (_, i) => `Q${'q'.repeat(i)}`)];
  it.each(folders.flatMap((folder) => DATABASES.map((db) => [folder, db] as const)))(
    'print what prettier prints: %s on %s, for a first aggregate of every name length',
    async (folder, db) => {
      let checked = 0;
      for (const first of firsts) {
        const data = { serviceName: 'capability-check', ...(first === undefined ? {} : { first: names(first) }) };
        for (const [path, text] of await renderCapabilityFiles(['shared', folder], db, data)) {
          if (!rendered.has(path)) continue;
          expect(await formatAsPrettier(path, text), `${folder} ${db} ${first ?? '(no aggregate)'}: ${path}`).toBe(text);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(firsts.length - 1);
    },
  );
});

// the shared specs when they lie beside the repository (test/support/shared-specs-setup.ts says when not)
const shared = sharedSpecsMissing === undefined ? readdirSync(SHARED_SPECS).filter((f) => f !== 'README.md').map((f) => `../shared/specs/${f}`) : [];
const SPECS = ['specs/backend-developer.md', ...shared, 'test/fixtures/specs/no-front-matter.md'];

describe('Markdown templates that render formatted', () => {
  it.each(SPECS.flatMap((spec) => DATABASES.map((db) => [spec, db] as const)))(
    'align the STACK and API tables as prettier does: %s on %s',
    async (spec, db) => {
      const inputs = await loadServiceInputs({ cwd: process.cwd(), specFlag: spec, domainFile: 'examples/domains/ordering.md' });
      const stackRows = withFeatures(inputs.stackRows, inputs.report, specFeatures(inputs.report));
      const { files, ready } = renderServiceUnformatted({ serviceName: 'md-check', db, context: inputs.context, stackRows, specFile: spec });
      for (const path of ['README.md', 'docs/STACK.md']) {
        expect(ready.has(path), path).toBe(true);
        expect(await formatAsPrettier(path, files.get(path)!), path).toBe(files.get(path));
      }
    },
  );

  it('leave a README whose description Markdown would change to prettier, which formats it', async () => {
    const context = { ...sampleContext, description: 'Prompts   with *stars* and 1. numbers' };
    const rendered = renderServiceUnformatted({ serviceName: 'md_check', db: 'sqlite', context, stackRows: [] });
    expect(rendered.ready.has('README.md')).toBe(false);
    const formatted = await formatGenerated('README.md', rendered.files.get('README.md')!);
    expect(formatted).toContain('# md_check');
    expect(formatted).toContain('Prompts with _stars_ and 1. numbers');
    expect(await formatAsPrettier('README.md', formatted)).toBe(formatted);
  });
});

describe('package.json, which renders formatted', () => {
  it('holds the description as written, quotes, backslash and ampersand included', async () => {
    const description = `Customers' "orders" & C:\\paths — プロンプト`;
    for (const db of DATABASES) {
      const rendered = renderServiceUnformatted({ serviceName: 'json-check', db, context: { ...sampleContext, description }, stackRows: [] });
      const text = rendered.files.get('package.json')!;
      expect(rendered.ready.has('package.json')).toBe(true);
      expect((JSON.parse(text) as { description: string }).description).toBe(description);
      expect(await formatAsPrettier('package.json', text)).toBe(text);
    }
  });
});

describe('importFrom', () => {
  it('keeps an import that fits on one line', () => {
    expect(importFrom(['A', 'B'], './x.js')).toBe("import { A, B } from './x.js';");
    expect(importFrom(['A'], './x.js', 'type')).toBe("import type { A } from './x.js';");
  });

  it('breaks one that does not, a specifier a line, as prettier does', async () => {
    const specifiers = ['CreateSomethingRatherLong', 'DeleteSomethingRatherLong', 'UpdateSomethingRatherLong'];
    const text = `${importFrom(specifiers, '../../../application/something-rather-long/commands.js', 'type')}\n`;
    expect(text.split('\n').length).toBeGreaterThan(3);
    expect(await formatAsPrettier('a.ts', text)).toBe(text);
  });

  it('never breaks a single specifier (prettier does not)', async () => {
    const text = `${importFrom(['A'.repeat(120)], './x.js')}\n`;
    expect(text.split('\n')).toHaveLength(2);
    expect(await formatAsPrettier('a.ts', text)).toBe(text);
  });

  it('puts at exactly the print width on one line, one past it on several', async () => {
    for (const width of [100, 101]) {
      const name = 'N'.repeat(width - "import { A,  } from './x.js';".length);
      const text = `${importFrom(['A', name], './x.js')}\n`;
      expect(text.split('\n')[0]!.length === width, `width ${width}`).toBe(width === 100);
      expect(await formatAsPrettier('a.ts', text)).toBe(text);
    }
  });
});

describe('fitsPrintWidth', () => {
  const long = 'x'.repeat(101);
  it('refuses a line of code past the width, or with a character it cannot measure', () => {
    expect(fitsPrintWidth(`const a = '${long}';`)).toBe(false);
    expect(fitsPrintWidth("const a = 'プロンプト';")).toBe(false);
    expect(fitsPrintWidth('\tconst a = 1;')).toBe(false);
    expect(fitsPrintWidth(`const a = 1;\n${'y'.repeat(100)}`)).toBe(true);
  });

  it('lets a comment be as long as it is: prettier does not break comments', () => {
    expect(fitsPrintWidth(`/** ${long} プロンプト */\nexport class A {}`)).toBe(true);
    expect(fitsPrintWidth(`  // ${long}\nconst a = 1;`)).toBe(true);
    expect(fitsPrintWidth(`/**\n * ${long}\n */\nconst a = 1;`)).toBe(true);
  });

  it('lets through the long lines prettier keeps whole: one imported name, a test call head', async () => {
    const kept = [
      `import { DrizzleProcessedMessages } from '../../../src/infrastructure/events/${'x'.repeat(60)}.js';`,
      `import type { A } from './${'x'.repeat(100)}.js';`,
      `describe('${'x'.repeat(100)}', () => {\n  it('${'y'.repeat(100)}', async () => {\n    expect(1).toBe(1);\n  });\n});`,
    ];
    for (const text of kept) {
      expect(fitsPrintWidth(text)).toBe(true);
      expect(await formatAsPrettier('a.test.ts', `${text}\n`)).toBe(`${text}\n`);
    }
    // two names, or a test function with a parameter: prettier breaks them
    expect(fitsPrintWidth(`import { A, B } from './${'x'.repeat(100)}.js';`)).toBe(false);
    expect(fitsPrintWidth(`it('${'y'.repeat(100)}', async (context) => {`)).toBe(false);
  });

  it('still measures code that shares a line with a comment', () => {
    expect(fitsPrintWidth(`/** a */ const a = '${long}';`)).toBe(false);
    expect(fitsPrintWidth(`/**\n * a\n */ const a = '${long}';`)).toBe(false);
    expect(fitsPrintWidth(`const a = '${long}'; // a`)).toBe(false);
  });
});

describe('formatGenerated', () => {
  const longCall = `someFunction('${'a'.repeat(40)}', '${'b'.repeat(40)}', '${'c'.repeat(20)}')`;

  it('formats only the lines fit marked, at their column, and keeps the rest as it is', async () => {
    const line = `first: ${longCall},`;
    const plain = ['export const x = {', `  ${line}`, '  second: 2,', '};', ''].join('\n');
    const formatted = await formatGenerated('x.ts', plain.replace(line, fit(2, line, 'property')));
    expect(formatted).toBe(await formatAsPrettier('x.ts', plain));
    expect(formatted.split('\n').length).toBeGreaterThan(5);
  });

  it('refuses a mark that is not a whole line at the column it names (a template bug)', async () => {
    const text = `export const x = { ${fit(2, `first: ${longCall},`, 'property')} };\n`;
    await expect(formatGenerated('x.ts', text)).rejects.toThrow(/not a whole line at its column/);
  });
});

describe('classHeader', () => {
  it.each([
    ['A', '{'],
    ['A', '{}'],
    ['SomethingRatherLongToBreakTheHeaderLine', '{'],
    ['SomethingRatherLongToBreakTheHeaderLine', '{}'],
  ] as const)('prints %s with body %s as prettier does', async (name, body) => {
    const header = classHeader(`export class ${name}Repository`, [`extends Base<${name}, ${name}Id>`, `implements ${name}Port`], body);
    const text = `${header}${body === '{' ? '\n  x = 1;\n}' : ''}\n`;
    expect(await formatAsPrettier('a.ts', text)).toBe(text);
    expect(header.includes('\n')).toBe(name !== 'A');
  });
});
