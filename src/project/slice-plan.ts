/**
 * What adding a slice (an aggregate or a capability) would do in an inspected repository: where
 * its files go, how they import, where their tests go, where its routes are registered. Decided
 * here once, so `doctor` shows exactly what `aggregate`/`add` will do.
 */
import path from 'node:path';
import type { AppInstance, PrettierOptions, ProjectProfile, TestSuffix } from './profile.js';
import { relativePath } from './relative-path.js';

export interface SlicePlan {
  /** the folder the slice's files go to, relative to the project: `src/billing` */
  folder: string;
  /** the folder of the code every slice shares (aggregate root, guards, errors): `src/ddd` */
  kernel: string;
  /** where the slice's tests go: `test/billing` */
  testFolder: string;
  /** `.test.ts` or `.spec.ts` */
  testSuffix: TestSuffix;
  /** how a slice file imports a sibling: `'./invoice.js'` */
  siblingImport: string;
  /** tsconfig aliases that reach into the source folder, for imports across folders */
  aliases: string[];
  /** what new files are formatted with: the prettier config's options, else the existing code's style */
  format: { source: 'prettier config' | 'existing code' | 'prettier defaults'; options: PrettierOptions };
  /** the instance new routes are registered on; none without Fastify/Express or when none was found */
  routes?: AppInstance;
  /** things to look at before writing */
  warnings: string[];
}

export interface SliceRequest {
  /** kebab-case name of the slice (`invoice`); doctor, which has none, shows `<aggregate>` */
  name: string;
  /** the `--in` folder, relative to the project */
  folder?: string;
}

export function planSlice(profile: ProjectProfile, request: SliceRequest): SlicePlan {
  const source = profile.source.folder;
  const folder =
    request.folder === undefined ? joinFolder(source, request.name) : normalise(profile.dir, request.folder);
  const routes = routeTarget(profile);
  return {
    folder,
    kernel: joinFolder(source, 'ddd'),
    testFolder: testFolderFor(profile, folder, request.name),
    testSuffix: profile.tests.suffix,
    siblingImport: `'./${request.name}${profile.modules.importExtension}'`,
    aliases: (profile.tsconfig?.paths ?? [])
      .filter((alias) => alias.targets.some((target) => target === `${source}/*` || target.startsWith(`${source}/`)))
      .map((alias) => `${alias.pattern} → ${alias.targets.join(', ')}`),
    format: formatFor(profile),
    ...(routes ? { routes } : {}),
    warnings: warningsFor(profile, folder, routes),
  };
}

function formatFor({ formatting }: ProjectProfile): SlicePlan['format'] {
  if (formatting.prettier) return { source: 'prettier config', options: formatting.prettier.options };
  if (formatting.inferred) return { source: 'existing code', options: formatting.inferred };
  return { source: 'prettier defaults', options: {} };
}

function testFolderFor(profile: ProjectProfile, folder: string, name: string): string {
  if (profile.tests.layout === '__tests__') return `${folder}/__tests__`;
  if (profile.tests.layout === 'colocated') return folder;
  return joinFolder(profile.tests.folders[0] ?? 'test', name);
}

/** Fastify: the first instance created; Express: the app, else the first router. */
function routeTarget(profile: ProjectProfile): AppInstance | undefined {
  const { instances } = profile.http;
  return instances.find((instance) => instance.kind !== 'express-router') ?? instances[0];
}

function warningsFor(profile: ProjectProfile, folder: string, routes: AppInstance | undefined): string[] {
  const warnings: string[] = [];
  const framework = profile.http.framework;
  if (folder.startsWith('..')) warnings.push(`${folder} is outside the project — choose a folder inside it with --in`);
  const rootDir = profile.tsconfig?.rootDir;
  if (rootDir && rootDir !== '.' && !folder.startsWith(`${rootDir}/`) && folder !== rootDir) {
    warnings.push(`${folder} is outside tsconfig rootDir ${rootDir} — tsc would refuse files there`);
  }
  if ((framework === 'fastify' || framework === 'express') && !routes) {
    warnings.push(
      `no ${framework}() call found in ${profile.source.folder}/ — routes would have to be registered by hand`,
    );
  }
  return warnings;
}

function joinFolder(parent: string, name: string): string {
  return parent === '.' ? name : `${parent}/${name}`;
}

function normalise(dir: string, folder: string): string {
  return relativePath(dir, path.resolve(dir, folder));
}
