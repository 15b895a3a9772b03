/**
 * What differs on PostgreSQL (`--db postgres`) in the strings the aggregate templates print:
 * Drizzle `pg-core` columns, PostgreSQL DDL and driver values. The SQLite strings stay in
 * fields.ts and model.ts; see docs/decisions/service-postgres.md.
 */
import { lit, driverValue, type FieldView } from './fields.js';
import type { StackRow } from './docs.js';
import type { AggregateView } from './model.js';

/** SQLite files a PostgreSQL service does without (its queries are not prepared per connection). */
export const POSTGRES_UNUSED: readonly string[] = ['src/infrastructure/db/prepared.ts'];

export interface PostgresColumns {
  /** Drizzle column entries (`name: builder`) */
  drizzle: string[];
  /** SQL column definitions */
  sql: string[];
}

/** Text compared byte-wise, as SQLite does: sorting and keyset cursors do not depend on the server's locale. */
const TEXT = 'TEXT COLLATE "C"';

/** One field's columns on PostgreSQL. */
export function postgresColumns(view: FieldView): PostgresColumns {
  const notNull = view.optional ? '' : '.notNull()';
  const sqlNull = view.optional ? '' : ' NOT NULL';
  const { name, column } = view;
  const one = (builder: string, sql: string): PostgresColumns => ({
    drizzle: [`${name}: ${builder}${notNull}`],
    sql: [`${column} ${sql}${sqlNull}`],
  });
  switch (view.type) {
    case 'valueObject':
      return one(`jsonb(${lit(column)}).$type<${view.valueObject ?? 'unknown'}Plain>()`, 'JSONB');
    case 'json':
      return one(`jsonb(${lit(column)}).$type<unknown>()`, 'JSONB');
    case 'int':
      return one(`integer(${lit(column)})`, 'INTEGER');
    case 'boolean':
      return one(`boolean(${lit(column)})`, 'BOOLEAN');
    case 'decimal':
      return one(`numeric(${lit(column)})`, 'NUMERIC');
    case 'money':
      return {
        drizzle: [
          `${name}Minor: bigint(${lit(`${column}_minor`)}, { mode: 'number' })${notNull}`,
          `${name}Currency: text(${lit(`${column}_currency`)})${notNull}`,
        ],
        sql: [`${column}_minor BIGINT${sqlNull}`, `${column}_currency ${TEXT}${sqlNull}`],
      };
    case 'enum': {
      const values = view.values ?? [];
      return {
        drizzle: [`${name}: text(${lit(column)}, { enum: [${values.map(lit).join(', ')}] })${notNull}`],
        sql: [`${column} ${TEXT}${sqlNull} CHECK (${column} IN (${values.map(sqlString).join(', ')}))`],
      };
    }
    default:
      return one(`text(${lit(column)})`, TEXT);
  }
}

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `CREATE TABLE …` statements of one aggregate in PostgreSQL (root, then child tables). */
export function postgresMigrationSql(view: AggregateView): string {
  const lines: string[] = [];
  const table = (name: string, columns: string[]) =>
    `CREATE TABLE ${name} (\n${columns.map((c) => `  ${c}`).join(',\n')}\n);`;
  lines.push(
    table(view.table, [
      `id ${TEXT} PRIMARY KEY NOT NULL`,
      'version INTEGER NOT NULL',
      ...view.fields.flatMap((p) => postgresColumns(p.view).sql),
    ]),
  );
  for (const p of view.fields) {
    if (p.view.unique)
      lines.push(`CREATE UNIQUE INDEX ${view.table}_${p.view.column}_unique ON ${view.table} (${p.view.column});`);
    else if (p.view.filterable)
      lines.push(`CREATE INDEX ${view.table}_${p.view.column}_idx ON ${view.table} (${p.view.column}, id);`);
  }
  for (const e of view.entities) {
    const parent = `${view.names.snake}_id`;
    lines.push(
      table(e.table, [
        `id ${TEXT} PRIMARY KEY NOT NULL`,
        `${parent} ${TEXT} NOT NULL REFERENCES ${view.table} (id) ON DELETE CASCADE`,
        'position INTEGER NOT NULL',
        ...e.fields.flatMap((p) => postgresColumns(p.view).sql),
      ]),
    );
    lines.push(`CREATE INDEX ${e.table}_${parent}_idx ON ${e.table} (${parent}, position);`);
  }
  return `-- ${view.names.pascal}: generated from the domain model (PostgreSQL)\n\n${lines.join('\n\n')}\n`;
}

/** Helpers the PostgreSQL templates call (merged into render.ts's helpers). */
export const postgresHelpers = {
  pgColumns(view: FieldView): string[] {
    return postgresColumns(view).drizzle;
  },
  /** the `drizzle-orm/pg-core` names a table file imports */
  pgImports(a: AggregateView): string[] {
    const names = new Set(['integer', 'pgTable', 'text']);
    const columns = [...a.fields, ...a.entities.flatMap((e) => e.fields)].flatMap((p) => postgresColumns(p.view).drizzle);
    for (const builder of ['bigint', 'boolean', 'jsonb', 'numeric'])
      if (columns.some((c) => c.includes(`: ${builder}(`))) names.add(builder);
    if (a.fields.some((p) => p.view.filterable && !p.view.unique) || a.entities.length > 0) names.add('index');
    if (a.fields.some((p) => p.view.unique)) names.add('uniqueIndex');
    return [...names].sort();
  },
  /** the driver value of a filter parameter (PostgreSQL has booleans) */
  pgDriverValue(view: FieldView, value: string): string {
    return view.type === 'boolean' ? value : driverValue(view, value);
  },
};

/** docs/STACK.md of a PostgreSQL service: PostgreSQL is what persistence became, SQLite is not used. */
export function postgresStackRows(rows: readonly StackRow[]): StackRow[] {
  return rows.map((row) => {
    if (row.technology === 'PostgreSQL')
      return {
        ...row,
        status: 'generated',
        translation: 'Drizzle over postgres.js (`--db postgres`): the same repositories, unit of work and tests',
        files: 'src/infrastructure/db/client.ts, src/infrastructure/db/migrator.ts, migrations/',
      };
    if (row.technology === 'SQLite')
      return { ...row, status: 'not-applicable', translation: 'not used: this service runs on PostgreSQL (`--db postgres`)', files: '' };
    return row;
  });
}
