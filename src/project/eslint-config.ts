/** Whether the project has an ESLint config, and whether it is a flat config or a legacy one. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PackageJson } from './package-json.js';
import type { Evidence, FormattingProfile } from './profile.js';

type EslintFinding = Pick<FormattingProfile, 'eslint'> & { evidence: Evidence[] };

const FLAT = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((extension) => `eslint.config.${extension}`);
const LEGACY = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.json', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc'];

export function detectEslint(dir: string, pkg: PackageJson | undefined): EslintFinding {
  const flat = FLAT.find((file) => existsSync(path.join(dir, file)));
  if (flat) return found(flat, 'flat', 'ESLint flat config');
  const legacy = LEGACY.find((file) => existsSync(path.join(dir, file)));
  if (legacy) return found(legacy, 'legacy', 'ESLint legacy config');
  if (pkg?.raw.eslintConfig !== undefined) return found('package.json', 'legacy', '"eslintConfig" key');
  return { evidence: [{ file: '.', note: 'no ESLint config' }] };
}

function found(file: string, style: 'flat' | 'legacy', note: string): EslintFinding {
  return { eslint: { file, style }, evidence: [{ file, note }] };
}
