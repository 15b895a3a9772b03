import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApiKeys } from '../../../src/infrastructure/auth/api-key-list.js';
import { tokenFor } from '../../support/auth.js';
import { buildTestApp, type TestApp } from '../../support/build-app.js';

const WRITER_KEY = 'writer-key-0123456789abcdefghijklmnop';
const READER_KEY = 'reader-key-0123456789abcdefghijklmnop';
const anonymous = { authorization: undefined };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** every route under /api/ but the probe declared public */
const guardedPath = (path: string) => path.startsWith('/api/') && !path.endsWith('/public');

/** Routes added after buildApp, as a later aggregate's would be: the guard must cover them too. */
function addProbeRoutes(app: FastifyInstance): void {
  app.get('/api/v1/probes', (request, reply) => reply.send({ principal: request.principal }));
  app.post('/api/v1/probes', (request, reply) =>
    reply.code(201).send({ principal: request.principal }),
  );
  app.get('/api/v1/probes/admin', { config: { auth: { role: 'admin' } } }, (_r, reply) =>
    reply.send({}),
  );
  app.get('/api/v1/probes/public', { config: { auth: false } }, (_r, reply) => reply.send({}));
}

describe('authentication and roles', () => {
  let t: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({
      apiKeys: parseApiKeys(`billing:${WRITER_KEY}:writer,audit:${READER_KEY}:reader`),
    });
    app = t.app;
    addProbeRoutes(app);
  });
  afterAll(() => t.close());

  it('answers a request without credentials 401 problem+json with WWW-Authenticate', async () => {
    const response = await app.inject({ url: '/api/v1/probes', headers: anonymous });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(response.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('guards every route under /api/, of every aggregate', async () => {
    const spec = (await app.inject({ url: '/openapi.json', headers: anonymous })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const paths = Object.keys(spec.paths).filter(guardedPath);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const method of Object.keys(spec.paths[path] ?? {})) {
        const response = await app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: anonymous,
        });
        expect(`${method} ${path} ${response.statusCode}`).toBe(`${method} ${path} 401`);
      }
    }
  });

  it('refuses a token signed with another secret, an expired one and a non-Bearer header', async () => {
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXSwiZXhwIjo0MTAyNDQ0ODAwfQ.' +
      'c2lnbmF0dXJlLW9mLWFub3RoZXItc2VjcmV0LXh4eHh4eA';
    const expired = app.jwt.sign(
      { sub: 'late', roles: ['admin'] },
      { clockTimestamp: Date.now() - 3_600_000, expiresIn: '1m' },
    );
    for (const [headers, detail, error] of [
      [bearer(forged), 'the token is not valid', 'invalid_token'],
      [bearer(expired), 'the token has expired', 'invalid_token'],
      [{ authorization: 'Basic dXNlcjpwYXNz' }, 'Bearer <token>', 'invalid_request'],
    ] as const) {
      const response = await app.inject({ url: '/api/v1/probes', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toContain(`error="${error}"`);
      expect(response.json<{ detail: string }>().detail).toContain(detail);
    }
  });

  it('refuses a token whose roles claim is not a list of strings', async () => {
    const token = app.jwt.sign({ sub: 'odd', roles: 'admin' as unknown as string[] });
    const response = await app.inject({ url: '/api/v1/probes', headers: bearer(token) });
    expect(response.statusCode).toBe(401);
  });

  it('lets a reader read, and answers its write 403 problem+json', async () => {
    const headers = bearer(tokenFor(app, ['reader'], 'reading-user'));
    const read = await app.inject({ url: '/api/v1/probes', headers });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      principal: { id: 'reading-user', kind: 'user', roles: ['reader'] },
    });
    const write = await app.inject({ method: 'POST', url: '/api/v1/probes', headers });
    expect(write.statusCode).toBe(403);
    expect(write.headers['content-type']).toContain('application/problem+json');
    expect(write.json()).toMatchObject({ status: 403, title: 'Forbidden' });
  });

  it('lets a writer write (201)', async () => {
    const headers = bearer(tokenFor(app, ['writer']));
    const response = await app.inject({ method: 'POST', url: '/api/v1/probes', headers });
    expect(response.statusCode).toBe(201);
  });

  it('takes API keys of service clients, with their roles', async () => {
    const writer = await app.inject({
      method: 'POST',
      url: '/api/v1/probes',
      headers: { 'x-api-key': WRITER_KEY },
    });
    expect(writer.statusCode).toBe(201);
    expect(writer.json()).toEqual({
      principal: { id: 'api-key:billing', kind: 'service', roles: ['writer'] },
    });
    const reader = { 'x-api-key': READER_KEY };
    expect((await app.inject({ url: '/api/v1/probes', headers: reader })).statusCode).toBe(200);
    const write = await app.inject({ method: 'POST', url: '/api/v1/probes', headers: reader });
    expect(write.statusCode).toBe(403);
    const wrong = await app.inject({
      url: '/api/v1/probes',
      headers: { 'x-api-key': `${WRITER_KEY}x` },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ detail: string }>().detail).toBe('the API key is not valid');
  });

  it('follows the role a route declares in its config', async () => {
    const writer = bearer(tokenFor(app, ['writer']));
    const admin = bearer(tokenFor(app, ['admin']));
    const url = '/api/v1/probes/admin';
    expect((await app.inject({ url, headers: writer })).statusCode).toBe(403);
    expect((await app.inject({ url, headers: admin })).statusCode).toBe(200);
    const open = await app.inject({ url: '/api/v1/probes/public', headers: anonymous });
    expect(open.statusCode).toBe(200);
  });

  it('keeps health, /docs and /openapi.json public', async () => {
    for (const url of ['/health/live', '/health/ready', '/openapi.json', '/docs/'])
      expect((await app.inject({ url, headers: anonymous })).statusCode).toBe(200);
  });

  it('describes the bearer and API-key schemes in /openapi.json', async () => {
    const spec = (await app.inject({ url: '/openapi.json', headers: anonymous })).json<{
      components: { securitySchemes: Record<string, { type: string }> };
      paths: Record<string, Record<string, { security?: unknown }>>;
    }>();
    expect(spec.components.securitySchemes).toMatchObject({
      bearerAuth: { type: 'http' },
      apiKey: { type: 'apiKey' },
    });
    const guarded = Object.entries(spec.paths).filter(([path]) => guardedPath(path));
    for (const [, operations] of guarded)
      for (const operation of Object.values(operations))
        expect(operation.security).toEqual([{ bearerAuth: [] }, { apiKey: [] }]);
    expect(spec.paths['/health/live']?.get?.security).toBeUndefined();
  });
});
