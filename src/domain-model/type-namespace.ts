/**
 * Every type-level name of a context — aggregates, value objects, entities, events — lives in one
 * namespace, together with the names the generator derives from each aggregate (`PromptId`, …).
 */
import { GENERATED_NAMES } from './reserved-names.js';
import type { NameRole } from './check-name.js';
import { NameRegistry } from './name-registry.js';
import { fail, type Site } from './site.js';
import type { Names } from './types.js';

const WHAT_SUFFIX_NAMES: Record<string, string> = {
  Id: 'its id type',
  Repository: 'its repository port',
  Created: 'an event emitted on every create',
  Updated: 'an event emitted on every update',
  Deleted: 'an event emitted on every delete',
};

export class TypeNamespace {
  private readonly declared = new NameRegistry();
  /** generated name → the aggregate it is generated for */
  private readonly generated = new Map<string, string>();

  declare(declaredNames: Names, role: NameRole, site: Site, written: string): void {
    const name = declaredNames.pascal;
    const aggregate = this.generated.get(name);
    if (aggregate) fail(site, generatedClash(role, name, aggregate));
    this.declared.claim(name, `${role} "${name}"`, site, written);
  }

  /** Reserves the names generated for `aggregate`; call once every aggregate is declared. */
  reserveGeneratedNames(aggregate: Names): void {
    for (const suffix of GENERATED_NAMES.typeSuffixes) {
      const name = `${aggregate.pascal}${suffix}`;
      const site = this.declared.siteOf(name);
      if (site) fail(site, generatedClash('aggregate', name, aggregate.pascal));
      this.generated.set(name, aggregate.pascal);
    }
  }
}

function generatedClash(role: NameRole, name: string, aggregate: string): string {
  const suffix = name.slice(aggregate.length);
  if (role === 'event' && (GENERATED_NAMES.eventSuffixes as readonly string[]).includes(suffix)) {
    const lifecycle = GENERATED_NAMES.eventSuffixes.map((s) => `${aggregate}${s}`).join(', ');
    return `event "${name}" is always emitted for ${aggregate} (${lifecycle} are generated) — remove it from events`;
  }
  return `${role} name "${name}" is generated for aggregate ${aggregate} (${WHAT_SUFFIX_NAMES[suffix]}) — choose another name`;
}
