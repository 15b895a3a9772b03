/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { ConfigError, loadConfig } from '../../config.js';
import { environment } from '../../environment.js';
import { openDatabase } from './client.js';
import { migrate } from './migrator.js';

try {
  const config = loadConfig(environment());
  const database = openDatabase(config.databaseUrl);
  const applied = migrate(database.sqlite);
  database.close();
  console.log(applied.length === 0 ? 'database is up to date' : `applied ${applied.join(', ')}`);
} catch (error) {
  console.error(error instanceof ConfigError ? `configuration: ${error.message}` : error);
  process.exitCode = 1;
}
