/** An HTTP round trip over each collection of a running generated service. */
import { expect } from 'vitest';
import { E2E_AUTH_HEADERS } from './processes.js';
import { bodySchema, referencedNames, sample, sampleChange, type KnownIds, type OpenApi } from './openapi-bodies.js';

/** The aggregates' collections: `/api/v1/<plural>` with items at `/{id}` (not, e.g., `/api/v1/llm/completions`). */
export function collectionPaths(api: OpenApi): string[] {
  return Object.keys(api.paths).filter((p) => p.startsWith('/api/v1/') && !p.includes('{') && `${p}/{id}` in api.paths);
}

/** `/api/v1/prompt-versions` → `promptVersion`, to match `promptVersionId` properties. */
function singularCamel(api: OpenApi, path: string): string {
  const tag = (api.paths[path]?.post as { tags?: string[] } | undefined)?.tags?.[0];
  const kebab = tag ?? path.split('/').pop() ?? '';
  const camel = kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return camel.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Collections ordered so that what a create body references is created first. */
function creationOrder(api: OpenApi, collections: string[]): string[] {
  const byName = new Map(collections.map((c) => [singularCamel(api, c), c]));
  const ordered: string[] = [];
  const visit = (path: string, seen: Set<string>): void => {
    if (ordered.includes(path) || seen.has(path)) return;
    seen.add(path);
    for (const ref of referencedNames(bodySchema(api, path, 'post'))) {
      const target = byName.get(ref);
      if (target) visit(target, seen);
    }
    ordered.push(path);
  };
  for (const c of collections) visit(c, new Set());
  return ordered;
}

async function send(url: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...E2E_AUTH_HEADERS, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export async function driveCrud(baseUrl: string, api: OpenApi, collections: string[]): Promise<void> {
  const ids: KnownIds = new Map();
  let n = 1;
  for (const path of creationOrder(api, collections)) {
    const schema = bodySchema(api, path, 'post');
    const created = [];
    for (let i = 0; i < 2; i++) {
      const response = await send(`${baseUrl}${path}`, 'POST', sample('', schema, n++, ids));
      expect(response.status, `POST ${path}: ${JSON.stringify(response.json)}`).toBe(201);
      expect(response.headers.get('location')).toBe(`${path}/${response.json.id}`);
      created.push(response.json.id as string);
    }
    const [id, other] = created as [string, string];
    ids.set(singularCamel(api, path), other);

    const got = await send(`${baseUrl}${path}/${id}`, 'GET');
    expect(got.status).toBe(200);
    const etag = got.headers.get('etag') as string;
    expect(etag).toBeTruthy();

    const first = await send(`${baseUrl}${path}?limit=1`, 'GET');
    expect(first.json.items).toHaveLength(1);
    const cursor = first.json.next_cursor as string;
    expect(cursor, `${path} page 1 has a next_cursor`).toBeTruthy();
    const second = await send(`${baseUrl}${path}?limit=1&cursor=${encodeURIComponent(cursor)}`, 'GET');
    expect(second.json.items).toHaveLength(1);
    const pageIds = [first.json.items, second.json.items].flat().map((item) => (item as { id: string }).id);
    expect(pageIds.sort()).toEqual([id, other].sort());

    const change = sampleChange(bodySchema(api, `${path}/{id}`, 'patch'), n++);
    expect((await send(`${baseUrl}${path}/${id}`, 'PATCH', change)).status).toBe(428);
    const patched = await send(`${baseUrl}${path}/${id}`, 'PATCH', change, { 'if-match': etag });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(patched.headers.get('etag')).not.toBe(etag);
    const stale = await send(`${baseUrl}${path}/${id}`, 'PATCH', change, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');

    expect((await send(`${baseUrl}${path}/${id}`, 'DELETE')).status).toBe(204);
    expect((await send(`${baseUrl}${path}/${id}`, 'GET')).status).toBe(404);
  }
}
