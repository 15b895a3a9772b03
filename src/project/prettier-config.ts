/**
 * The prettier options new files must follow, resolved by prettier itself for a file in the
 * source folder (so overrides, `.editorconfig` and configs in parent folders count as they do
 * when the user runs prettier).
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Evidence, FormattingProfile, PrettierOptions } from './profile.js';
import { relativePath } from './relative-path.js';

const OPTION_NAMES = ['singleQuote', 'semi', 'tabWidth', 'useTabs', 'printWidth', 'trailingComma'] as const;

export async function detectPrettier(
  dir: string,
  sourceFolder: string,
): Promise<Pick<FormattingProfile, 'prettier'> & { evidence: Evidence[] }> {
  const prettier = await import('prettier');
  const probe = path.join(dir, sourceFolder, 'index.ts');
  await prettier.clearConfigCache();
  const configFile = await prettier.resolveConfigFile(probe);
  if (!configFile) return { evidence: [{ file: '.', note: 'no prettier config' }] };
  const resolved = await prettier
    .resolveConfig(probe, { config: configFile, editorconfig: true })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new InputError(`prettier cannot read this config (${reason}) — fix it, then run again`, configFile);
    });
  const options: PrettierOptions = Object.fromEntries(
    OPTION_NAMES.filter((name) => resolved?.[name] !== undefined).map((name) => [name, resolved?.[name]]),
  );
  const file = relativePath(dir, configFile);
  return { prettier: { file, options }, evidence: [{ file, note: `prettier ${JSON.stringify(options)}` }] };
}
