/**
 * Valid request bodies built from the JSON Schemas a generated service publishes in
 * /openapi.json, so one end-to-end test drives any domain without knowing its fields.
 */
import { randomUUID } from 'node:crypto';

export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

export interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
}

/** Ids of the resources created so far, by singular camel name (`tenant` → id), for `tenantId` properties. */
export type KnownIds = Map<string, string>;

export function bodySchema(api: OpenApi, path: string, method: 'post' | 'patch'): JsonSchema {
  const schema = api.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`/openapi.json has no ${method.toUpperCase()} body for ${path}`);
  return schema;
}

/** The aggregates a create body refers to (`tenantId` → `tenant`), for ordering the creates. */
export function referencedNames(schema: JsonSchema): string[] {
  return (schema.required ?? []).filter((p) => p.endsWith('Id') && schema.properties?.[p]?.format === 'uuid').map((p) => p.slice(0, -2));
}

function stringCandidates(name: string, n: number): string[] {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const unique = [`${kebab}-${n}`, `${kebab.toUpperCase()}-${n}`, `sample-${n}`, `SAMPLE-${n}`, `s${n}`, `S${n}`, String(n)];
  return [...unique, '12.34', 'EUR', 'AB', 'abc', 'ABC', '#888888', 'a', 'x'];
}

function sampleString(name: string, schema: JsonSchema, n: number, ids: KnownIds): string {
  switch (schema.format) {
    case 'uuid':
      return (name.endsWith('Id') && ids.get(name.slice(0, -2))) || randomUUID();
    case 'email':
      return `user-${n}@example.com`;
    case 'date':
      return '2024-05-17';
    case 'date-time':
      return '2024-05-17T10:00:00.000Z';
    case 'uri':
      return `https://example.com/${n}`;
  }
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : undefined;
  const fits = (v: string) =>
    v.length >= (schema.minLength ?? 0) && v.length <= (schema.maxLength ?? Infinity) && (pattern?.test(v) ?? true);
  const found = stringCandidates(name, n).find(fits);
  if (found === undefined) throw new Error(`no sample string fits ${name}: ${JSON.stringify(schema)}`);
  return found;
}

/** A value valid for `schema`; `n` makes unique fields differ between calls. */
export function sample(name: string, schema: JsonSchema, n: number, ids: KnownIds): unknown {
  if (schema.anyOf) return sample(name, schema.anyOf[0] as JsonSchema, n, ids);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return sampleString(name, schema, n, ids);
    case 'integer':
    case 'number':
      return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return schema.items ? [sample(name, schema.items, n, ids)] : [];
    case 'object': {
      const body: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const wanted = schema.required?.includes(key) || property.type === 'array';
        if (wanted) body[key] = sample(key, property, n, ids);
      }
      return body;
    }
    default:
      return { note: `sample ${n}` };
  }
}

/** A one-property change for PATCH: a free-text string if there is one, else a boolean or a number. */
export function sampleChange(schema: JsonSchema, n: number): Record<string, unknown> {
  const entries = Object.entries(schema.properties ?? {});
  const text = entries.find(([, p]) => p.type === 'string' && !p.format && !p.pattern && !p.enum && !p.anyOf);
  if (text) {
    const [key, p] = text;
    return { [key]: `changed ${n}`.padEnd(p.minLength ?? 0, 'x').slice(0, p.maxLength ?? Infinity) };
  }
  const flag = entries.find(([, p]) => p.type === 'boolean');
  if (flag) return { [flag[0]]: false };
  const number = entries.find(([, p]) => p.type === 'integer');
  if (number) return { [number[0]]: number[1].minimum ?? 1 };
  throw new Error(`no property to change in ${JSON.stringify(schema)}`);
}
