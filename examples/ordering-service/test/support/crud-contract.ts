/**
 * What every aggregate's HTTP API promises, as tests each aggregate's suite calls with its own
 * collection URL and mother: create (201, Location, ETag), read, list in pages, change with
 * If-Match (stale → 412, missing → 428), delete (then 404), the routes in /openapi.json, unknown
 * fields refused as problem+json; and, per field, uniqueness, filters and sorting.
 */
import { expect, it } from 'vitest';
import type { TestApp } from './build-app.js';

export interface Resource {
  id: string;
  version: number;
  [field: string]: unknown;
}

interface Page {
  items: Resource[];
  next_cursor?: string;
}

export interface CrudSubject {
  /** the collection: `/api/v1/invoices` */
  url: string;
  /** the app the suite's beforeAll built */
  app: () => TestApp;
  /** a valid create body (unique fields differ on each call) */
  input: () => object;
  /** a valid change for PATCH */
  changes: () => object;
}

const field = (body: object, name: string): unknown => (body as Record<string, unknown>)[name];

function create(subject: CrudSubject, payload: object = subject.input()) {
  return subject.app().app.inject({ method: 'POST', url: subject.url, payload });
}

async function list(subject: CrudSubject, query: string): Promise<Page> {
  return (await subject.app().app.inject({ url: `${subject.url}?${query}` })).json<Page>();
}

function patch(subject: CrudSubject, location: string, ifMatch?: string) {
  const headers = ifMatch === undefined ? {} : { 'if-match': ifMatch };
  return subject
    .app()
    .app.inject({ method: 'PATCH', url: location, headers, payload: subject.changes() });
}

export function itServesCrud(subject: CrudSubject): void {
  const { url } = subject;

  it('creates, reads, lists in pages, changes with If-Match and deletes', async () => {
    const { app } = subject.app();
    const created = await create(subject);
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    expect(location).toBe(`${url}/${created.json<Resource>().id}`);
    expect(created.headers.etag).toBe('"1"');

    const read = await app.inject({ url: location });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created.json());
    const unchanged = await app.inject({ url: location, headers: { 'if-none-match': '"1"' } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    await create(subject);
    await create(subject);
    const page1 = await list(subject, 'limit=2');
    expect(page1.items).toHaveLength(2);
    expect(page1.next_cursor).toBeDefined();
    const page2 = await list(subject, `limit=2&cursor=${page1.next_cursor ?? ''}`);
    expect(page2.items.length).toBeGreaterThan(0);
    expect(page2.items.map((x) => x.id)).not.toContain(page1.items[0]?.id);

    const patched = await patch(subject, location, '"1"');
    expect(patched.statusCode).toBe(200);
    expect(patched.headers.etag).toBe('"2"');

    const stale = await patch(subject, location, '"1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect((await patch(subject, location)).statusCode).toBe(428);
    expect((await patch(subject, location, 'W/"2"')).statusCode).toBe(412);
    const malformed = await patch(subject, location, 'version 2');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    const anyVersion = await patch(subject, location, '*');
    expect(anyVersion.statusCode).toBe(200);
    expect(anyVersion.headers.etag).toBe('"3"');

    // an empty body sent as JSON, as some clients do with every DELETE, is no body
    const headers = { 'content-type': 'application/json' };
    expect((await app.inject({ method: 'DELETE', url: location, headers })).statusCode).toBe(204);
    const gone = await app.inject({ url: location });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('is described in /openapi.json', async () => {
    const spec = (await subject.app().app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, object>;
    }>();
    expect(Object.keys(spec.paths[url] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(spec.paths[`${url}/{id}`] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await subject.app().app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects unknown fields with problem+json 400 and no stack trace', async () => {
    const response = await create(subject, { ...subject.input(), notAField: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toContain('    at ');
  });
}

export function itRefusesADuplicate(subject: CrudSubject, name: string): void {
  it(`answers 409 to a duplicate ${name}`, async () => {
    const input = subject.input();
    expect((await create(subject, input)).statusCode).toBe(201);
    const duplicate = await create(subject, { ...subject.input(), [name]: field(input, name) });
    expect(duplicate.statusCode).toBe(409);
  });
}

export function itFiltersBy(subject: CrudSubject, name: string): void {
  it(`filters by ${name}`, async () => {
    const input = subject.input();
    await create(subject, input);
    const value = String(field(input, name));
    const { items } = await list(subject, `${name}=${encodeURIComponent(value)}`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => String(x[name]) === value)).toBe(true);
  });
}

export function itSortsDescendingBy(subject: CrudSubject, name: string): void {
  it(`sorts by -${name}`, async () => {
    await create(subject);
    await create(subject);
    const { items } = await list(subject, `sort=-${name}&limit=100`);
    const values = items.map((x) => x[name] as string | number);
    expect(values).toEqual([...values].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)));
  });

  it(`refuses a cursor of another sort order than -${name} (400)`, async () => {
    await create(subject);
    await create(subject);
    const { next_cursor: cursor } = await list(subject, 'limit=1');
    expect(cursor).toBeDefined();
    const response = await subject
      .app()
      .app.inject({ url: `${subject.url}?sort=-${name}&cursor=${cursor ?? ''}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
}

export interface Transition {
  /** the action's last path segment: `mark-published` */
  action: string;
  /** a create body whose state the transition allows */
  from: object;
  /** what the resource holds after it (`expect.any(String)` for a time it sets) */
  sets: Record<string, unknown>;
  /** a create body whose state the transition refuses, when there is one */
  refusedFrom?: object;
}

/** POST {url}/:id/{action}: If-Match required (428), stale (412), applied (200, new ETag). */
export function itTransitions(subject: CrudSubject, transition: Transition): void {
  const act = (location: string, ifMatch?: string) =>
    subject.app().app.inject({
      method: 'POST',
      url: `${location}/${transition.action}`,
      headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
    });

  it(`${transition.action} changes the state with If-Match`, async () => {
    const created = await create(subject, transition.from);
    expect(created.statusCode).toBe(201);
    const location = created.headers.location as string;
    expect((await act(location)).statusCode).toBe(428);
    const done = await act(location, '"1"');
    expect(done.statusCode).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.json()).toMatchObject(transition.sets);
    expect((await act(location, '"1"')).statusCode).toBe(412);
  });

  it(`is described in /openapi.json: POST ${transition.action}`, async () => {
    const spec = (await subject.app().app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, object>;
    }>();
    expect(Object.keys(spec.paths[`${subject.url}/{id}/${transition.action}`] ?? {})).toEqual([
      'post',
    ]);
  });

  const { refusedFrom } = transition;
  if (refusedFrom !== undefined) {
    it(`refuses ${transition.action} in a state it does not allow (409)`, async () => {
      const created = await create(subject, refusedFrom);
      const refused = await act(created.headers.location as string, '"1"');
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    });
  }
}
