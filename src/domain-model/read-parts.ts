/** The `valueObjects:` and `entities:` maps of an aggregate: `Name: { description?, fields }`. */
import type { Node } from 'yaml';
import { checkName } from './check-name.js';
import { checkKeys, descriptionOf, findEntry } from './keys.js';
import { fail, type Site } from './site.js';
import type { TypeNamespace } from './type-namespace.js';
import type { Names, Origin } from './types.js';
import type { Entry, YamlSource } from './yaml-source.js';

/** A value object or entity as declared, its fields not read yet. */
export interface DeclaredPart {
  names: Names;
  origin: Origin;
  description?: string;
  fields: Node | null;
  /** where `fields:` stands, or the part itself when it has none */
  fieldsSite: Site;
}

const PART_KEYS = ['description', 'fields'];

export function readParts(
  entry: Entry | undefined,
  role: 'value object' | 'entity',
  source: YamlSource,
  namespace: TypeNamespace,
): DeclaredPart[] {
  if (!entry || entry.value === null) return [];
  const key = role === 'entity' ? 'entities' : 'valueObjects';
  return source.entries(entry.value, entry.site, `${key} must be a map of Name: { fields: … }`).map((part) => {
    const partNames = checkName(part.key, role, part.site);
    namespace.declare(partNames, role, part.site, part.key);
    const what = `${role} ${partNames.pascal}`;
    if (part.value === null) fail(part.site, `${what} declares nothing — add fields:, e.g. fields: { name: string }`);
    const entries = source.entries(part.value, part.site, `${what} must be a map with fields:`);
    checkKeys(entries, PART_KEYS, role);
    const fields = findEntry(entries, 'fields');
    return {
      names: partNames,
      origin: part.site.origin,
      ...descriptionOf(findEntry(entries, 'description')),
      fields: fields?.value ?? null,
      fieldsSite: fields?.site ?? part.site,
    };
  });
}
