import { describe, expect, it } from 'vitest';
import { aliasPattern } from '../../../src/stack/alias-pattern.js';
import { CAPABILITIES } from '../../../src/stack/capabilities.js';
import { CATALOGUE } from '../../../src/stack/catalogue.js';
import { PACKAGE_VERSIONS } from '../../../src/stack/versions.js';

describe('the technology catalogue', () => {
  it('has one row per id', () => {
    const ids = CATALOGUE.map((t) => t.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CATALOGUE.map((t) => [t.id, t] as const))(
    '%s: aliases compile and match its own name or an alias',
    (_id, tech) => {
      const patterns = tech.aliases.map(aliasPattern);

      expect(patterns.length).toBeGreaterThan(0);
      for (const alias of tech.aliases.filter((a): a is string => typeof a === 'string')) {
        expect(patterns.some((p) => new RegExp(p).test(alias))).toBe(true);
      }
    },
  );

  it('gives every planned or not-applicable row a reason, and every generated row files', () => {
    for (const tech of CATALOGUE) {
      if (tech.status === 'generated') expect(tech.files.length, tech.id).toBeGreaterThan(0);
      else expect(tech.reason, tech.id).toMatch(/\w/);
    }
  });

  it('pins only packages from the one version map', () => {
    const pinned = { ...PACKAGE_VERSIONS } as Record<string, string>;
    const packages = [...CATALOGUE.map((t) => t.packages), ...Object.values(CAPABILITIES).map((c) => c.packages)];

    for (const [name, range] of packages.flatMap((p) => Object.entries(p))) expect(pinned[name], name).toBe(range);
  });

  it('covers every capability with at least one technology', () => {
    const used = new Set(CATALOGUE.map((t) => t.capability));

    expect(Object.keys(CAPABILITIES).filter((id) => !used.has(id as never))).toEqual([]);
  });
});
