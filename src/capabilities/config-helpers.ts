/**
 * Helper functions a capability's settings need in the service's `src/config.ts` beyond the
 * base ones (`oneOf`, `integer`, `flag`), as source text — inserted above `loadConfig` once.
 */
export const CONFIG_HELPERS: Readonly<Record<string, string>> = {
  optionalUrl: [
    'function optionalUrl(env: Env, name: string, protocols: readonly string[]): string | undefined {',
    '  const raw = env[name];',
    "  if (raw === undefined || raw.trim() === '') return undefined;",
    '  if (!URL.canParse(raw) || !protocols.includes(new URL(raw).protocol))',
    '    throw new ConfigError(',
    "      `${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL (got \"${raw}\")`,",
    '    );',
    '  return raw;',
    '}',
  ].join('\n'),
  text: [
    'function text(env: Env, name: string, fallback: string): string {',
    '  const value = env[name] ?? fallback;',
    "  if (value.trim() === '') throw new ConfigError(`${name} must not be empty`);",
    '  return value;',
    '}',
  ].join('\n'),
};
