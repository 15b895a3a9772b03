/** The `fields:` map of an aggregate, value object or entity. */
import { isMap, type Node } from 'yaml';
import { buildField, type FieldScope } from './build-field.js';
import { parseMapForm } from './field-map-form.js';
import { parseShortForm } from './field-short-form.js';
import { NameRegistry } from './name-registry.js';
import { fail, type Site } from './site.js';
import type { Field } from './types.js';
import { scalarValue, type YamlSource } from './yaml-source.js';

export function readFields(node: Node | null, source: YamlSource, scope: FieldScope, site: Site): Field[] {
  const none = `${scope.owner} has no fields — add at least one under fields:, e.g. title: string`;
  if (node === null) fail(site, none);
  const entries = source.entries(
    node,
    site,
    `fields of ${scope.owner} must be a map of name: type, e.g. title: string`,
  );
  if (entries.length === 0) fail(site, none);
  const declared = new NameRegistry();
  return entries.map((entry) => {
    const spec = isMap(entry.value)
      ? parseMapForm(entry.value, source, entry.site)
      : parseShortForm(shortText(entry.value, entry.key, entry.site), entry.site);
    const field = buildField(entry.key, spec, scope, entry.site);
    declared.claim(field.names.camel, `field "${field.names.camel}"`, entry.site, entry.key);
    return field;
  });
}

function shortText(node: Node | null, name: string, site: Site): string {
  const value = scalarValue(node);
  if (typeof value === 'string') return value;
  if (node === null) fail(site, `field "${name}" has no type — write e.g. ${name}: string`);
  return fail(
    site,
    `field "${name}" must be a type (string:unique) or a map ({ type: string, unique: true }), not ${value === undefined ? 'a list' : JSON.stringify(value)}`,
  );
}
