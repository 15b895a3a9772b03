/** Whether create-agent-backend generated this service: `.yo-rc.json` holds our key. */
import path from 'node:path';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';
import { isRecord, readJsonc } from './read-jsonc.js';

export function isGeneratedByUs(dir: string): boolean {
  const config = readJsonc(path.join(dir, '.yo-rc.json'));
  return isRecord(config) && config[GENERATOR_CONFIG_KEY] !== undefined;
}
