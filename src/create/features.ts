/**
 * The capabilities `create` adds to a new service: `--features cache,queue` (or `none`), else
 * the ones the spec names that this version builds — the person may switch them off at the prompt.
 */
import { CAPABILITIES_BUILT, builtCapabilityNames } from '../capabilities/registry.js';
import { CAPABILITY_NAMES, type CapabilityName } from '../capabilities/types.js';
import { InputError } from '../errors.js';
import type { ExplainReport } from '../explain/explain.js';
import type { StackRow } from '../explain/format.js';
import type { FlagValue } from '../options/parse-command-line.js';

/** The list `--features` gives; undefined when the flag is absent. */
export function parseFeatures(raw: FlagValue | undefined): CapabilityName[] | undefined {
  if (typeof raw !== 'string') return undefined;
  if (raw.trim() === 'none') return [];
  const built = builtCapabilityNames();
  const names = raw.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (built.includes(name as CapabilityName)) continue;
    const known = (CAPABILITY_NAMES as readonly string[]).includes(name);
    throw new InputError(
      `--features: ${known ? `"${name}" is not available in this version yet` : `unknown capability "${name}"`} — use a comma-separated list of ${built.join(', ')}, or none`,
    );
  }
  return built.filter((name) => names.includes(name));
}

/** The capabilities this version builds that the spec turns on, in the order `add` lists them. */
export function specFeatures(report: ExplainReport): CapabilityName[] {
  const named = new Set<string>(report.technologies.flatMap((t) => (t.capability ? [t.capability] : [])));
  return builtCapabilityNames().filter((name) => named.has(name));
}

/** docs/STACK.md rows with the added capabilities shown as generated, with their files. */
export function withFeatures(rows: readonly StackRow[], report: ExplainReport, features: readonly CapabilityName[]): StackRow[] {
  const capabilityOf = new Map(report.technologies.map((t) => [t.name, t.capability]));
  return rows.map((row) => {
    const capability = capabilityOf.get(row.technology);
    const definition = capability ? CAPABILITIES_BUILT[capability as CapabilityName] : undefined;
    if (!definition || !features.includes(definition.name)) return row;
    // a capability covering several technologies (auth: JWT, RBAC, …) names each in its own entry
    const entry =
      definition.stack.find((e) => e.spec === row.technology) ??
      (definition.stack.length === 1 ? definition.stack[0] : undefined);
    if (!entry) return row;
    return {
      ...row,
      status: 'generated',
      translation: entry?.choice ?? row.translation,
      files: (entry?.files ?? []).join(', '),
    };
  });
}
