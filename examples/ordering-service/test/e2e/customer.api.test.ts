import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { CustomerMother } from '../support/mothers/customer.mother.js';

const url = '/api/v1/customers';

interface Body {
  id: string;
  version: number;
  [field: string]: unknown;
}

describe(url, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const create = (payload: object = CustomerMother.input()) =>
    t.app.inject({ method: 'POST', url, payload });

  it('creates, reads, lists in pages, changes with If-Match and deletes', async () => {
    const created = await create();
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    expect(location).toBe(`${url}/${created.json<Body>().id}`);
    expect(created.headers.etag).toBe('"1"');

    const read = await t.app.inject({ url: location });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created.json());

    await create();
    await create();
    const first = await t.app.inject({ url: `${url}?limit=2` });
    const page1 = first.json<{ items: Body[]; next_cursor?: string }>();
    expect(page1.items).toHaveLength(2);
    expect(page1.next_cursor).toBeDefined();
    const second = await t.app.inject({ url: `${url}?limit=2&cursor=${page1.next_cursor ?? ''}` });
    const page2 = second.json<{ items: Body[] }>();
    expect(page2.items.length).toBeGreaterThan(0);
    expect(page2.items.map((x) => x.id)).not.toContain(page1.items[0]?.id);

    const changes = { name: CustomerMother.input().name };
    const patched = await t.app.inject({
      method: 'PATCH',
      url: location,
      headers: { 'if-match': '"1"' },
      payload: changes,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.headers.etag).toBe('"2"');

    const stale = await t.app.inject({
      method: 'PATCH',
      url: location,
      headers: { 'if-match': '"1"' },
      payload: changes,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    const missing = await t.app.inject({ method: 'PATCH', url: location, payload: changes });
    expect(missing.statusCode).toBe(428);

    expect((await t.app.inject({ method: 'DELETE', url: location })).statusCode).toBe(204);
    const gone = await t.app.inject({ url: location });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('is described in /openapi.json', async () => {
    const spec = (await t.app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, object>;
    }>();
    expect(Object.keys(spec.paths[url] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(spec.paths[`${url}/{id}`] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
  });

  it('rejects unknown fields with problem+json 400 and no stack trace', async () => {
    const response = await create({ ...CustomerMother.input(), notAField: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toContain('    at ');
  });

  it('answers 409 to a duplicate email', async () => {
    const input = CustomerMother.input();
    expect((await create(input)).statusCode).toBe(201);
    const duplicate = await create({ ...CustomerMother.input(), email: input.email });
    expect(duplicate.statusCode).toBe(409);
  });

  it('filters by email', async () => {
    const input = CustomerMother.input();
    await create(input);
    const value = String(input.email);
    const response = await t.app.inject({ url: `${url}?email=${encodeURIComponent(value)}` });
    const items = response.json<{ items: Body[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => String(x.email) === value)).toBe(true);
  });

  it('sorts by -email', async () => {
    await create();
    await create();
    const items = (await t.app.inject({ url: `${url}?sort=-email&limit=100` })).json<{
      items: Body[];
    }>().items;
    const values = items.map((x) => x.email as string | number);
    expect(values).toEqual([...values].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)));
  });
});
