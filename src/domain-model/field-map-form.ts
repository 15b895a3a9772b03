/** The map form of a field: `{ type: string, unique: true, pattern: '^[a-z]+$' }`. */
import type { Node } from 'yaml';
import { MODIFIERS, type FieldSpec, type RawModifier } from './field-spec.js';
import { parseTypeExpression } from './field-type.js';
import { fail, type Site } from './site.js';
import { suggestion } from './suggest.js';
import { scalarValue, type YamlSource } from './yaml-source.js';

const KEYS = ['type', 'values', 'description', ...MODIFIERS];

export function parseMapForm(node: Node, source: YamlSource, site: Site): FieldSpec {
  const entries = source.entries(
    node,
    site,
    'a field is a type (`string:unique`) or a map (`{ type: string, unique: true }`)',
  );
  let typeText: string | undefined;
  let values: string[] | undefined;
  let description: string | undefined;
  const modifiers: RawModifier[] = [];
  for (const entry of entries) {
    if (!KEYS.includes(entry.key))
      fail(entry.site, `unknown field key "${entry.key}" — ${suggestion(entry.key, KEYS)}`);
    const value = scalarValue(entry.value);
    if (entry.key === 'type') typeText = typeof value === 'string' ? value : undefined;
    else if (entry.key === 'values') values = enumValues(entry.value, source, entry.site);
    else if (entry.key === 'description') description = value == null ? undefined : String(value);
    else if (value === undefined) fail(entry.site, `${entry.key} takes a single value, not a list or map`);
    else modifiers.push({ key: entry.key, value, fromText: false, site: entry.site });
  }
  if (typeText === undefined) fail(site, 'the field has no type — add e.g. type: string');
  const type = parseTypeExpression(typeText, site, values);
  if (values !== undefined && !(type.kind === 'scalar' && type.type === 'enum')) {
    fail(site, '"values" applies only to enum fields — write type: enum, or remove values');
  }
  return { type, modifiers, description };
}

function enumValues(node: Node | null, source: YamlSource, site: Site): string[] {
  return source
    .items(node, site, 'values must be a list, e.g. values: [draft, published]')
    .map((item) => String(scalarValue(item.value) ?? ''));
}
