/**
 * A repository the tool did not create, opened for writing: what `inspectProject` found, refused
 * with the first problem when it is too unusual to edit safely, and the means to read its files
 * and write imports its way.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { assessProject } from '../project/assess-project.js';
import { inspectProject } from '../project/inspect-project.js';
import { isTestFile, listFiles } from '../project/list-files.js';
import type { ProjectProfile } from '../project/profile.js';
import { planSlice, type SlicePlan } from '../project/slice-plan.js';
import { modulePaths, type ModulePaths } from './module-paths.js';
import { testDialect, type TestDialect } from './test-dialect.js';

export interface ForeignProject {
  profile: ProjectProfile;
  paths: ModulePaths;
  /** undefined: no test runner the tool writes for — no tests are written */
  dialect: TestDialect | undefined;
  /** the existing tests import the source through a tsconfig alias: new tests do too */
  testsUseAlias: boolean;
  read(file: string): string | undefined;
  /** where a slice named `name` goes; refuses a folder tsc would not compile */
  slice(name: string, folder?: string): SlicePlan;
}

function importsThrough(text: string, prefix: string): boolean {
  return text.includes(`'${prefix}`) || text.includes(`"${prefix}`);
}

export async function openForeignProject(dir: string): Promise<ForeignProject> {
  const profile = await inspectProject(dir);
  const [problem] = assessProject(profile).problems;
  if (problem !== undefined) throw new InputError(problem);
  const paths = modulePaths(profile);
  const read = (file: string): string | undefined => {
    const full = path.join(profile.dir, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
  const prefix = paths.aliasPrefixFor(`${profile.source.folder}/index.ts`);
  const tests = listFiles(profile.dir).filter(isTestFile).slice(0, 50);
  return {
    profile,
    paths,
    dialect: testDialect(profile.tests.runner),
    testsUseAlias: prefix !== undefined && tests.some((file) => importsThrough(read(file) ?? '', prefix)),
    read,
    slice(name, folder) {
      const plan = planSlice(profile, { name, ...(folder === undefined ? {} : { folder }) });
      const outside = plan.warnings.find((warning) => warning.includes(' is outside '));
      if (outside !== undefined) throw new InputError(outside);
      return plan;
    },
  };
}

/** How the app file imports a slice module: through the alias when it already imports that way. */
export function appFileSpecifier(project: ForeignProject): (appFile: string, toFile: string) => string {
  const prefix = project.paths.aliasPrefixFor(`${project.profile.source.folder}/index.ts`);
  return (appFile, toFile) =>
    project.paths.specifier(appFile, toFile, {
      alias: prefix !== undefined && importsThrough(project.read(appFile) ?? '', prefix),
    });
}
