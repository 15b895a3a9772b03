/**
 * Registers aggregates in a generated service: exactly the registration points listed in
 * docs/generated-layout.md, each an "add if missing" edit found by structure. The aggregate's
 * own files (the slice) and its migration are written by the generator, not here.
 *
 * Each registration imports what it names only when it inserted the registration: one the user
 * rewrote counts as present, and importing for it again would leave an unused import.
 */
import { Node, type SourceFile } from 'ts-morph';
import type { Names } from '../domain-model/types.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';
import { names } from '../naming.js';
import { applyEdits, sourceEdit, textEdit, type FileEdit, type SourceFileEdit } from './apply-edits.js';
import { callsTo, dottedNameOf, type CallPredicate } from './call-predicates.js';
import { ensureCallStatement } from './ensure-call-statement.js';
import { ensureExportStar } from './ensure-export-star.js';
import { ensureNamedImport } from './ensure-named-import.js';
import { ensureObjectProperty } from './ensure-object-property.js';
import { ensureObjectSpread } from './ensure-object-spread.js';
import { ensureTypeMember } from './ensure-type-member.js';
import { findFunction } from './find-function.js';
import { ensureJsonArrayItem } from './json-edits.js';
import { ensureMarkdownSection, ensureMarkdownTableRows } from './markdown-edits.js';
import { isName } from './node-predicates.js';
import { localObjectLiteral, returnedObjectOf } from './object-literal-locators.js';

/** The shared files a registration edits, relative to the service root. */
export const REGISTRATION_FILES = {
  schemaIndex: 'src/infrastructure/db/schema.ts',
  repositoriesPort: 'src/application/unit-of-work.ts',
  repositoriesFactory: 'src/infrastructure/repositories.ts',
  queriesPort: 'src/application/queries.ts',
  queriesFactory: 'src/infrastructure/queries.ts',
  bootstrap: 'src/bootstrap.ts',
  app: 'src/interfaces/http/app.ts',
  fakeRepositories: 'test/support/fakes/fake-repositories.ts',
  generatorConfig: '.yo-rc.json',
  domainDoc: 'docs/domain.md',
  readme: 'README.md',
} as const;

/** The last section of docs/domain.md (the domain file quoted); aggregate sections go above it. */
export const DOMAIN_FILE_HEADING = '## The domain file';

/** The key of this generator's settings in `.yo-rc.json` (re-exported for the edits' callers). */
export { GENERATOR_CONFIG_KEY };

export interface RegistrationOptions {
  /** the service's prettier `printWidth`: a longer new import of several names goes one per line */
  printWidth: number;
}

/** As in the generated service's `.prettierrc.json`. */
export const DEFAULT_REGISTRATION_OPTIONS: RegistrationOptions = { printWidth: 100 };

export interface AggregateRegistration {
  /** the aggregate's name in any spelling (`PromptVersion`) */
  name: string;
  /** Markdown rendered by the generator; without it the docs are not touched */
  documentation?: { domainSection: string; apiRows: readonly string[] };
}

const FILES = REGISTRATION_FILES;

/** The function's first parameter (`db`), so inserted code uses the name the user gave it. */
/** Each registration edit places all its insertions against one parse: none reads another's. */
function splicedEdit(file: string, apply: SourceFileEdit['apply']): SourceFileEdit {
  return sourceEdit(file, apply, { spliced: true });
}

function firstParameterName(sourceFile: SourceFile, functionName: string, fallback: string): string {
  const nameNode = findFunction(sourceFile, functionName).getParameters()[0]?.getNameNode();
  return nameNode && Node.isIdentifier(nameNode) ? nameNode.getText() : fallback;
}

function schemaTable(n: Names): FileEdit[] {
  return [splicedEdit(FILES.schemaIndex, (sf) => ensureExportStar(sf, `../${n.kebab}/${n.kebab}.table.js`))];
}

function repositoryPort(n: Names): FileEdit[] {
  const type = `${n.pascal}Repository`;
  return [
    splicedEdit(FILES.repositoriesPort, (sf) => {
      if (!ensureTypeMember(sf, 'Repositories', { name: n.pluralCamel, type, readonly: true })) return;
      ensureNamedImport(sf, { from: `../domain/${n.kebab}/${n.kebab}.repository.js`, names: [type], typeOnly: true });
    }),
  ];
}

function drizzleAdapter(file: string, factory: string, className: string, from: string, n: Names): FileEdit {
  return splicedEdit(file, (sf) => {
    const db = firstParameterName(sf, factory, 'db');
    const property = { name: n.pluralCamel, initializer: `new ${className}(${db})` };
    if (ensureObjectProperty(returnedObjectOf(sf, factory), property)) {
      ensureNamedImport(sf, { from, names: [className] });
    }
  });
}

function repositoryFactory(n: Names): FileEdit[] {
  const from = `./${n.kebab}/drizzle-${n.kebab}.repository.js`;
  return [drizzleAdapter(FILES.repositoriesFactory, 'createRepositories', `Drizzle${n.pascal}Repository`, from, n)];
}

function queriesPort(n: Names): FileEdit[] {
  const type = `${n.pascal}Queries`;
  return [
    splicedEdit(FILES.queriesPort, (sf) => {
      if (!ensureTypeMember(sf, 'Queries', { name: n.pluralCamel, type, readonly: true })) return;
      ensureNamedImport(sf, { from: `./${n.kebab}/queries.js`, names: [type], typeOnly: true });
    }),
  ];
}

function queriesFactory(n: Names): FileEdit[] {
  const from = `./${n.kebab}/drizzle-${n.kebab}.queries.js`;
  return [drizzleAdapter(FILES.queriesFactory, 'createQueries', `Drizzle${n.pascal}Queries`, from, n)];
}

function handlers(n: Names, printWidth: number): FileEdit[] {
  const spreads = [
    { into: 'commandHandlers', name: `${n.camel}CommandHandlers` },
    { into: 'eventHandlers', name: `${n.camel}EventHandlers` },
  ];
  return [
    splicedEdit(FILES.bootstrap, (sf) => {
      const inserted = spreads.filter(({ into, name }) =>
        ensureObjectSpread(localObjectLiteral(sf, 'bootstrap', into), { expression: name, isPresent: isName(name) }),
      );
      if (inserted.length === 0) return;
      const from = `./application/${n.kebab}/handlers.js`;
      ensureNamedImport(sf, { from, names: inserted.map(({ name }) => name), printWidth });
    }),
  ];
}

/** `app.register(somethingRoutes, …)`: the statements a new route registration goes after. */
const registersRoutes: CallPredicate = (call) => {
  const plugin = call.getArguments()[0];
  return callsTo('app.register')(call) && plugin !== undefined && (dottedNameOf(plugin) ?? '').endsWith('Routes');
};

function routeRegistration(plugin: string, n: Names, services: string): string {
  return [
    `await app.register(${plugin}, {`,
    `  prefix: '/api/v1/${n.pluralKebab}',`,
    `  bus: ${services}.bus,`,
    `  queries: ${services}.queries,`,
    '});',
  ].join('\n');
}

function routes(n: Names): FileEdit[] {
  const plugin = `${n.camel}Routes`;
  return [
    splicedEdit(FILES.app, (sf) => {
      const request = {
        functionName: 'buildApp',
        statement: routeRegistration(plugin, n, firstParameterName(sf, 'buildApp', 'services')),
        isPresent: callsTo('app.register', plugin),
        placeAfterLast: registersRoutes,
      };
      if (ensureCallStatement(sf, request)) {
        ensureNamedImport(sf, { from: `./routes/${n.kebab}.routes.js`, names: [plugin] });
      }
    }),
  ];
}

function fakeRepositories(n: Names): FileEdit[] {
  const fake = `Fake${n.pascal}Repository`;
  return [
    splicedEdit(FILES.fakeRepositories, (sf) => {
      const member = ensureTypeMember(sf, 'FakeRepositories', { name: n.pluralCamel, type: fake, readonly: true });
      const returned = returnedObjectOf(sf, 'createFakeRepositories');
      const property = ensureObjectProperty(returned, { name: n.pluralCamel, initializer: `new ${fake}()` });
      if (member || property) ensureNamedImport(sf, { from: `./fake-${n.kebab}.repository.js`, names: [fake] });
    }),
  ];
}

function generatorConfig(n: Names): FileEdit[] {
  const file = FILES.generatorConfig;
  return [textEdit(file, (text) => ensureJsonArrayItem(text, file, [GENERATOR_CONFIG_KEY, 'aggregates'], n.pascal))];
}

function documentation(n: Names, docs: AggregateRegistration['documentation']): FileEdit[] {
  if (!docs) return [];
  return [
    textEdit(FILES.domainDoc, (text) =>
      ensureMarkdownSection(text, `## ${n.pascal}`, docs.domainSection, { before: DOMAIN_FILE_HEADING }),
    ),
    textEdit(FILES.readme, (text) => ensureMarkdownTableRows(text, FILES.readme, '## API', docs.apiRows)),
  ];
}

/** Every edit that registers one aggregate, in the order of docs/generated-layout.md. */
export function registrationEdits(
  aggregate: AggregateRegistration,
  options: RegistrationOptions = DEFAULT_REGISTRATION_OPTIONS,
): FileEdit[] {
  const n = names(aggregate.name);
  return [
    ...schemaTable(n),
    ...repositoryPort(n),
    ...repositoryFactory(n),
    ...queriesPort(n),
    ...queriesFactory(n),
    ...handlers(n, options.printWidth),
    ...routes(n),
    ...fakeRepositories(n),
    ...generatorConfig(n),
    ...documentation(n, aggregate.documentation),
  ];
}

/**
 * The new text of each shared file the registrations change. `files` holds the current text of
 * the files in REGISTRATION_FILES (the docs only when documentation is given).
 */
export function registerAggregates(
  files: ReadonlyMap<string, string>,
  aggregates: readonly AggregateRegistration[],
  options: RegistrationOptions = DEFAULT_REGISTRATION_OPTIONS,
): Map<string, string> {
  return applyEdits(
    files,
    aggregates.flatMap((aggregate) => registrationEdits(aggregate, options)),
  );
}
