/**
 * The test runner, from a config file, a dependency, or a `test` script that runs `node --test`;
 * for jest, the transform that compiles TypeScript (ts-jest, @swc/jest, babel-jest).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstDependency, type PackageJson } from './package-json.js';
import type { Evidence, JestTransform, TestProfile, TestRunner } from './profile.js';

const CONFIG_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs', 'json', 'jsonc', 'yml', 'yaml'];
/** `packageKey`: the package.json key that holds the runner's config, when it has one. */
const RUNNERS: readonly { runner: TestRunner; dependency: string; configs: readonly string[]; packageKey?: string }[] =
  [
    { runner: 'vitest', dependency: 'vitest', configs: ['vitest.config', 'vitest.workspace'] },
    { runner: 'jest', dependency: 'jest', configs: ['jest.config'], packageKey: 'jest' },
    { runner: 'mocha', dependency: 'mocha', configs: ['.mocharc'], packageKey: 'mocha' },
  ];
const JEST_TRANSFORMS: readonly JestTransform[] = ['ts-jest', '@swc/jest', 'babel-jest'];

export function detectTestRunner(
  dir: string,
  pkg: PackageJson | undefined,
): Pick<TestProfile, 'runner' | 'jestTransform' | 'evidence'> {
  for (const { runner, dependency, configs, packageKey } of RUNNERS) {
    const config = configEvidence(dir, pkg, configs, packageKey);
    const declared = pkg?.dependencies[dependency] !== undefined;
    if (!config && !declared) continue;
    const transform =
      runner === 'jest' ? (firstDependency(pkg, JEST_TRANSFORMS) as JestTransform | undefined) : undefined;
    const evidence: Evidence[] = [
      ...(declared ? [{ file: 'package.json', note: `depends on ${dependency}` }] : []),
      ...(config ? [config] : []),
      ...(transform ? [{ file: 'package.json', note: `depends on ${transform}` }] : []),
    ];
    return { runner, ...(transform ? { jestTransform: transform } : {}), evidence };
  }
  const script = pkg?.scripts.test;
  if (script && /\bnode\b.*--test\b|\btsx\b.*--test\b/.test(script)) {
    return { runner: 'node:test', evidence: [{ file: 'package.json', note: `"test": "${script}"` }] };
  }
  return { evidence: [{ file: 'package.json', note: 'no test runner found' }] };
}

function configEvidence(
  dir: string,
  pkg: PackageJson | undefined,
  names: readonly string[],
  packageKey?: string,
): Evidence | undefined {
  const candidates = names.flatMap((name) => CONFIG_EXTENSIONS.map((extension) => `${name}.${extension}`));
  const file = candidates.find((candidate) => existsSync(path.join(dir, candidate)));
  if (file) return { file, note: 'test runner config' };
  const inPackageJson = packageKey !== undefined && pkg?.raw[packageKey] !== undefined;
  return inPackageJson ? { file: 'package.json', note: `"${packageKey}" config key` } : undefined;
}
