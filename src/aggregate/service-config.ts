/** What `.yo-rc.json` keeps about a generated service, read and checked once. */
import { InputError } from '../errors.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';

export interface ServiceConfig {
  db: string;
  context: string;
  aggregates: string[];
  /** aggregate name → fingerprint of the definition it was generated from */
  fingerprints: Record<string, string>;
  /** capabilities added (`agent-backend add`) */
  capabilities: string[];
}

export const CONFIG_FILE = '.yo-rc.json';

export function readServiceConfig(text: string | undefined, dir: string): ServiceConfig {
  if (text === undefined) {
    throw new InputError(
      `no ${CONFIG_FILE} here — run this inside a service made by create-agent-backend (repositories it did not create are not supported yet, see README, Limits)`,
      dir,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`is not valid JSON (${(error as Error).message}) — fix or restore it`, CONFIG_FILE);
  }
  const config = (parsed as Record<string, unknown> | null)?.[GENERATOR_CONFIG_KEY] as Partial<ServiceConfig> | undefined;
  if (!config || typeof config !== 'object') {
    throw new InputError(`has no "${GENERATOR_CONFIG_KEY}" settings — was this service made by create-agent-backend?`, CONFIG_FILE);
  }
  return {
    db: typeof config.db === 'string' ? config.db : 'sqlite',
    context: typeof config.context === 'string' ? config.context : 'Service',
    aggregates: Array.isArray(config.aggregates) ? config.aggregates.filter((a) => typeof a === 'string') : [],
    fingerprints: config.fingerprints && typeof config.fingerprints === 'object' ? config.fingerprints : {},
    capabilities: Array.isArray(config.capabilities) ? config.capabilities.filter((c) => typeof c === 'string') : [],
  };
}
