/**
 * Request bodies built from the running service's own OpenAPI document, so the end-to-end test
 * stays generic: for any create route, the required properties with values that satisfy their
 * types, formats, enums, bounds and patterns; references are created first through their route.
 */
import { randomUUID } from 'node:crypto';
import { E2E_AUTH_HEADERS } from './processes.js';
import { patternSamples } from '../../../src/generate/pattern-samples.js';

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  $ref?: string;
};

export interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Strings tried, in order, for a property with a `pattern` (first one that matches and fits). */
const PATTERN_CANDIDATES = ['12.50', 'EUR', 'AB', 'AB-123', 'ABC-123', '+44 20 7946 0000', 'abc', 'a'];

let counter = 0;

export class ServiceApi {
  /** ids of aggregates created to be referenced, by collection path */
  private readonly referenced = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly openApi: OpenApi,
  ) {}

  static async load(baseUrl: string): Promise<ServiceApi> {
    const response = await fetch(`${baseUrl}/openapi.json`);
    if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}`);
    return new ServiceApi(baseUrl, (await response.json()) as OpenApi);
  }

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = this.openApi.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref} in /openapi.json`);
    return this.resolve(target);
  }

  /** The JSON schema of the POST body of a collection route, e.g. `/api/v1/invoices`. */
  createSchema(collection: string): Schema {
    const post = this.openApi.paths[collection]?.post;
    const schema = post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`/openapi.json has no JSON create body for POST ${collection}`);
    return this.resolve(schema);
  }

  /** The collection route that holds the aggregate a `<name>Id` property refers to. */
  referencedCollection(property: string): string | undefined {
    const kebab = property.replace(/Id$/u, '').replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
    return Object.keys(this.openApi.paths)
      .filter((path) => /^\/api\/v1\/[^/{]+$/u.test(path) && this.openApi.paths[path]?.post)
      .filter((path) => path.slice('/api/v1/'.length).startsWith(kebab))
      .sort((a, b) => a.length - b.length)[0];
  }

  /** A create body for `collection` holding its required properties; referenced aggregates are created. */
  async createBody(collection: string, variant = 1): Promise<Record<string, unknown>> {
    return (await this.value(this.createSchema(collection), `${collection} body`, variant)) as Record<string, unknown>;
  }

  /** A valid value for a schema; `variant` changes free-form values (a second value for PATCH). */
  async value(raw: Schema, name: string, variant = 1): Promise<unknown> {
    const schema = this.resolve(raw);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices) {
      const values = choices.map((c) => this.resolve(c)).flatMap((c) => (c.const !== undefined ? [c.const] : (c.enum ?? [])));
      if (values.length > 0) return values[variant % values.length];
      return this.value(choices[0] as Schema, name, variant);
    }
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return schema.enum[variant % schema.enum.length];
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'object': {
        const body: Record<string, unknown> = {};
        for (const key of schema.required ?? []) {
          const property = schema.properties?.[key];
          if (!property) throw new Error(`${name}: required property ${key} has no schema`);
          body[key] = await this.property(key, property, `${name}.${key}`, variant);
        }
        // child entities (optional arrays of objects): one each, so their tables are exercised too
        for (const [key, property] of Object.entries(schema.properties ?? {})) {
          const list = this.resolve(property);
          if (key in body || list.type !== 'array' || !list.items || this.resolve(list.items).type !== 'object') continue;
          body[key] = [await this.value(list.items, `${name}.${key}[0]`, variant)];
        }
        return body;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return Math.min(schema.maximum ?? Number.MAX_SAFE_INTEGER, (schema.minimum ?? 0) + variant);
      case 'boolean':
        return variant % 2 === 1;
      case 'string':
        return this.string(schema, name, variant);
      default:
        throw new Error(`${name}: no value for a schema of type ${JSON.stringify(schema.type)}`);
    }
  }

  private async property(key: string, schema: Schema, name: string, variant: number): Promise<unknown> {
    const resolved = this.resolve(schema);
    if (resolved.format === 'uuid' && key.endsWith('Id')) {
      const collection = this.referencedCollection(key);
      if (collection) return this.referenceTo(collection);
    }
    return this.value(resolved, name, variant);
  }

  /** The id of an aggregate of `collection`, created once (with its own references) when first needed. */
  async referenceTo(collection: string): Promise<string> {
    const known = this.referenced.get(collection);
    if (known) return known;
    const created = await this.request('POST', collection, { body: await this.createBody(collection) });
    if (created.status !== 201) {
      throw new Error(`creating a referenced ${collection} answered ${created.status}: ${JSON.stringify(created.body)}`);
    }
    const id = (created.body as { id: string }).id;
    this.referenced.set(collection, id);
    return id;
  }

  private string(schema: Schema, name: string, variant: number): string {
    const fits = (s: string) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity);
    switch (schema.format) {
      case 'date':
        return `2030-01-${String(10 + variant).padStart(2, '0')}`;
      case 'date-time':
        return `2030-01-${String(10 + variant).padStart(2, '0')}T09:00:00.000Z`;
      case 'email':
        return `e2e-${++counter}-${variant}@example.com`;
      case 'uri':
        return `https://example.com/e2e/${++counter}/${variant}`;
      case 'uuid':
        return randomUUID();
    }
    if (schema.pattern) {
      const pattern = new RegExp(schema.pattern, 'u');
      const matches = (s: string) => pattern.test(s) && fits(s);
      const found = PATTERN_CANDIDATES.find(matches);
      if (found !== undefined) return found;
      // drawn from the pattern as the generator draws its test data, a different one each call
      const drawn = patternSamples(schema.pattern, matches, 50);
      if (drawn.length === 0) throw new Error(`${name}: no test value matches /${schema.pattern}/ — add one to PATTERN_CANDIDATES`);
      return drawn[++counter % drawn.length] as string;
    }
    const text = `e2e ${name.split('.').pop() ?? ''} ${++counter} v${variant}`;
    const max = schema.maxLength ?? text.length;
    return text.length <= max ? text : `${counter}v${variant}`.slice(-max);
  }

  /**
   * A one-property change for PATCH: the first required property of the create body that is a
   * free-form string (no pattern, format or enum), else an enum or a number, with another value.
   */
  async change(collection: string, current: Record<string, unknown>): Promise<Record<string, unknown>> {
    const schema = this.createSchema(collection);
    for (const key of schema.required ?? []) {
      const property = this.resolve(schema.properties?.[key] ?? {});
      if (key.endsWith('Id') || property.type === 'object' || property.type === 'array' || property.format) continue;
      for (const variant of [2, 3, 4]) {
        const value = await this.value(property, key, variant);
        if (JSON.stringify(value) !== JSON.stringify(current[key])) return { [key]: value };
      }
    }
    throw new Error(`POST ${collection}: no required scalar property to change in a PATCH`);
  }

  async request(
    method: string,
    path: string,
    { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: unknown }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...E2E_AUTH_HEADERS, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }
}
