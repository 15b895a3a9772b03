// The baseline of bench/service.mjs: node:http + better-sqlite3, one prepared statement,
// serving GET /api/v1/tenants/:id from the same database file. Run with cwd = a generated
// service (for its node_modules) and DATABASE_URL, PORT in the environment.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const Database = require('better-sqlite3');
const db = new Database(process.env.DATABASE_URL);
db.pragma('journal_mode = WAL');
const byId = db.prepare('SELECT * FROM tenants WHERE id = ?');

createServer((request, response) => {
  if (request.url === '/health/live') return response.end('{"status":"ok"}');
  const row = byId.get(request.url.slice('/api/v1/tenants/'.length));
  if (!row) {
    response.statusCode = 404;
    return response.end();
  }
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(row));
}).listen(Number(process.env.PORT), '127.0.0.1');
