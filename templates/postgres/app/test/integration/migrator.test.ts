import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/infrastructure/db/migrator.js';
import { freshDatabase } from '../support/test-database.js';

describe('migrate', () => {
  it('applies every migration once, in order, and records it', async () => {
    const database = await freshDatabase();
    try {
      const applied = await migrate(database.sql);
      expect(applied[0]).toBe('0001_init.sql');
      expect(applied).toEqual([...applied].sort());
      expect(await migrate(database.sql)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
