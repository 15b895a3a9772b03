import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/infrastructure/db/client.js';
import { migrate } from '../../src/infrastructure/db/migrator.js';

describe('migrate', () => {
  it('applies every migration once, in order, and records it', () => {
    const database = openDatabase(':memory:');
    const applied = migrate(database.sqlite);
    expect(applied[0]).toBe('0001_init.sql');
    expect(applied).toEqual([...applied].sort());
    expect(migrate(database.sqlite)).toEqual([]);
    database.close();
  });
});
