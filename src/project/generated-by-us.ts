/**
 * Whether create-agent-backend generated this service: its `.yo-rc.json` names our key. Read as
 * text, so a damaged one still counts — `aggregate`/`add` then take the generated-service path
 * and say what is wrong with it, instead of treating the service as a repository we did not create.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';

export function isGeneratedByUs(dir: string): boolean {
  const file = path.join(dir, '.yo-rc.json');
  return existsSync(file) && readFileSync(file, 'utf8').includes(`"${GENERATOR_CONFIG_KEY}"`);
}
