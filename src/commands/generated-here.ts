/**
 * Whether `aggregate`/`add` run in a service this tool generated: a `.yo-rc.json` that names our
 * key (read as text, so a damaged one still reaches the generated path and its precise error).
 * A repository without one, or whose `.yo-rc.json` belongs to another Yeoman generator, is foreign.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';

export function generatedHere(cwd: string): boolean {
  const file = join(cwd, '.yo-rc.json');
  return existsSync(file) && readFileSync(file, 'utf8').includes(`"${GENERATOR_CONFIG_KEY}"`);
}
