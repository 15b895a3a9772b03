/**
 * What `inspectProject` found in a repository the tool may not have created. Every finding
 * names its evidence, so `doctor` can show where it came from. Paths are relative to the
 * inspected folder and use `/`.
 */

/** Where a finding came from: a file (relative to the project) and what in it told us. */
export interface Evidence {
  file: string;
  line?: number;
  note: string;
}

export type ModuleSystem = 'esm' | 'commonjs';
/** How relative imports end in the existing source: `./x.js`, `./x.ts` or `./x`. */
export type ImportExtension = '.js' | '.ts' | '';
export type TestRunner = 'vitest' | 'jest' | 'node:test' | 'mocha';
export type JestTransform = 'ts-jest' | '@swc/jest' | 'babel-jest';
export type TestLayout = 'test-folder' | '__tests__' | 'colocated';
export type TestSuffix = '.test.ts' | '.spec.ts';
export type HttpFramework = 'fastify' | 'express' | 'koa' | 'hono' | 'nestjs';
export type Orm = 'drizzle' | 'prisma' | 'typeorm' | 'sequelize' | 'mikro-orm' | 'knex';
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface PathAlias {
  /** as written: `@app/*` */
  pattern: string;
  /** resolved against `baseUrl` (or the tsconfig that declares them), relative to the project: `src/*` */
  targets: string[];
}

export interface TsconfigProfile {
  /** the config read: `tsconfig.json`, or the one a solution-style tsconfig.json references for `src` */
  file: string;
  /** the configs it extends that were read, nearest first */
  extends: string[];
  /** `extends` entries that could not be found (a package that is not installed) */
  unreadExtends: string[];
  rootDir?: string;
  outDir?: string;
  baseUrl?: string;
  paths: PathAlias[];
  strict: boolean;
  module?: string;
  moduleResolution?: string;
  include: string[];
  evidence: Evidence[];
}

export interface ModuleProfile {
  system: ModuleSystem;
  importExtension: ImportExtension;
  evidence: Evidence[];
}

export interface SourceProfile {
  /** `src`, or `.` when the code sits at the top */
  folder: string;
  evidence: Evidence[];
}

export interface TestProfile {
  runner?: TestRunner;
  jestTransform?: JestTransform;
  layout: TestLayout;
  /** where the tests are: `test`, or `src` for colocated and `__tests__` tests */
  folders: string[];
  suffix: TestSuffix;
  evidence: Evidence[];
}

/** A call that creates a Fastify instance, an Express app or an Express router. */
export interface AppInstance {
  kind: 'fastify' | 'express-app' | 'express-router';
  file: string;
  line: number;
  /** the variable the instance is assigned to, when it is */
  variable?: string;
  /** the top-level function that creates it, when there is one */
  builder?: string;
}

export interface HttpProfile {
  framework?: HttpFramework;
  instances: AppInstance[];
  evidence: Evidence[];
}

export interface OrmProfile {
  orm?: Orm;
  /** the ORM's own config or schema file: `drizzle.config.ts`, `prisma/schema.prisma` */
  configFile?: string;
  evidence: Evidence[];
}

export interface PackageManagerProfile {
  name: PackageManager;
  /** from the `packageManager` field: `9.12.0` */
  version?: string;
  evidence: Evidence[];
}

/** The options a new file must be formatted with; only the keys the config sets. */
export interface PrettierOptions {
  singleQuote?: boolean;
  semi?: boolean;
  tabWidth?: number;
  useTabs?: boolean;
  printWidth?: number;
  trailingComma?: 'all' | 'es5' | 'none';
}

export interface FormattingProfile {
  prettier?: { file: string; options: PrettierOptions };
  /** the style of the existing code (quotes, semicolons, indentation), for repositories without prettier */
  inferred?: PrettierOptions;
  eslint?: { file: string; style: 'flat' | 'legacy' };
  evidence: Evidence[];
}

export interface WorkspaceProfile {
  /** this folder declares workspaces: it is a monorepo root, not a package */
  isRoot: boolean;
  /** the monorepo root this package belongs to, relative to the project (`../..`) */
  root?: string;
  /** the packages a root declares, when it is one: `packages/api` */
  packages: string[];
  evidence: Evidence[];
}

export interface ProjectProfile {
  /** absolute path of the inspected folder */
  dir: string;
  name?: string;
  hasPackageJson: boolean;
  /** a tsconfig or a `typescript` dependency */
  usesTypeScript: boolean;
  generatedByUs: boolean;
  workspace: WorkspaceProfile;
  tsconfig?: TsconfigProfile;
  modules: ModuleProfile;
  source: SourceProfile;
  tests: TestProfile;
  http: HttpProfile;
  orm: OrmProfile;
  packageManager: PackageManagerProfile;
  formatting: FormattingProfile;
}
