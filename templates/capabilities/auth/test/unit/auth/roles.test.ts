import { describe, expect, it } from 'vitest';
import { grants } from '../../../src/application/auth/roles.js';
import { requiredRole } from '../../../src/interfaces/http/auth/route-roles.js';

describe('grants', () => {
  it('lets a role stand in for the roles below it: admin ⊃ writer ⊃ reader', () => {
    expect(grants(['reader'], 'reader')).toBe(true);
    expect(grants(['reader'], 'writer')).toBe(false);
    expect(grants(['writer'], 'reader')).toBe(true);
    expect(grants(['writer'], 'admin')).toBe(false);
    expect(grants(['admin'], 'writer')).toBe(true);
  });

  it('ignores roles it does not know and grants nothing to no role', () => {
    expect(grants(['owner', 'root'], 'reader')).toBe(false);
    expect(grants([], 'reader')).toBe(false);
  });
});

describe('requiredRole', () => {
  it('asks reader for reads and writer for writes under /api/', () => {
    expect(requiredRole('GET', '/api/v1/tenants')).toBe('reader');
    expect(requiredRole('HEAD', '/api/v1/tenants/:id')).toBe('reader');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(requiredRole(method, '/api/v1/tenants/:id')).toBe('writer');
    expect(requiredRole(['GET', 'POST'], '/api/v1/things')).toBe('writer');
  });

  it('leaves health, docs and the OpenAPI document public', () => {
    expect(requiredRole('GET', '/health/ready')).toBeUndefined();
    expect(requiredRole('GET', '/docs')).toBeUndefined();
    expect(requiredRole('GET', '/openapi.json')).toBeUndefined();
  });

  it('follows the overrides, and a route’s own config before them', () => {
    const overrides = {
      'DELETE /api/v1/tenants/:id': 'admin',
      'GET /api/v1/catalog': 'public',
      'GET /metrics': 'admin',
    } as const;
    expect(requiredRole('DELETE', '/api/v1/tenants/:id', undefined, overrides)).toBe('admin');
    expect(requiredRole('GET', '/api/v1/catalog', undefined, overrides)).toBeUndefined();
    expect(requiredRole('GET', '/metrics', undefined, overrides)).toBe('admin');
    expect(requiredRole('DELETE', '/api/v1/tenants/:id', { role: 'writer' }, overrides)).toBe(
      'writer',
    );
    expect(requiredRole('POST', '/api/v1/webhooks', false)).toBeUndefined();
    expect(requiredRole('GET', '/internal', { role: 'admin' })).toBe('admin');
  });
});
