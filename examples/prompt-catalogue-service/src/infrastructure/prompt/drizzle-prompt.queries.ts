import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Page, PageRequest } from '../../application/pagination.js';
import type {
  PromptFilter,
  PromptQueries,
  PromptSort,
  PromptSortKey,
  PromptView,
} from '../../application/prompt/queries.js';
import type { Database, Orm } from '../db/client.js';
import { decodeCursor, encodeCursor, parseSort } from '../db/cursor.js';
import type { PromptRow, PromptVersionRow, PromptTagRow } from './prompt.mapper.js';
import { prompts, promptPromptVersions, promptPromptTags } from './prompt.table.js';

const sortColumns = {
  id: prompts.id,
  slug: prompts.slug,
} satisfies Record<PromptSortKey, unknown>;

const filterColumns = {
  tenantId: prompts.tenantId,
  slug: prompts.slug,
} satisfies Record<keyof PromptFilter, unknown>;

type FilterName = keyof typeof filterColumns;

/** One statement per (sort, filters, cursor?) shape, prepared the first time it is asked for. */
function prepareList(
  orm: Orm,
  sortKey: PromptSortKey,
  descending: boolean,
  filters: FilterName[],
  after: boolean,
) {
  const conditions: (SQL | undefined)[] = filters.map((name) =>
    eq(filterColumns[name], sql.placeholder(name)),
  );
  const column = sortColumns[sortKey];
  if (after) {
    const beyond = descending ? lt : gt;
    conditions.push(
      or(
        beyond(column, sql.placeholder('cursorValue')),
        and(
          eq(column, sql.placeholder('cursorValue')),
          beyond(prompts.id, sql.placeholder('cursorId')),
        ),
      ),
    );
  }
  const order = descending ? desc : asc;
  return orm
    .select()
    .from(prompts)
    .where(and(...conditions))
    .orderBy(order(column), order(prompts.id))
    .limit(sql.placeholder('limit'))
    .prepare();
}

type ListStatement = ReturnType<typeof prepareList>;

/** The driver values of the filters given (SQLite stores booleans as 0 and 1). */
function filterParams(filter: PromptFilter): Partial<Record<FilterName, string | number>> {
  const params: Partial<Record<FilterName, string | number>> = {};
  if (filter.tenantId !== undefined) params.tenantId = filter.tenantId;
  if (filter.slug !== undefined) params.slug = filter.slug;
  return params;
}

/** The read side of Prompt: rows straight to views, no aggregate in between. */
export class DrizzlePromptQueries implements PromptQueries {
  readonly #lists = new Map<string, ListStatement>();
  readonly #byId;
  readonly #promptVersions;
  readonly #promptTags;

  constructor(private readonly database: Database) {
    const orm = database.orm;
    this.#byId = orm
      .select()
      .from(prompts)
      .where(eq(prompts.id, sql.placeholder('id')))
      .prepare();
    this.#promptVersions = orm
      .select()
      .from(promptPromptVersions)
      .where(eq(promptPromptVersions.promptId, sql.placeholder('id')))
      .orderBy(asc(promptPromptVersions.position))
      .prepare();
    this.#promptTags = orm
      .select()
      .from(promptPromptTags)
      .where(eq(promptPromptTags.promptId, sql.placeholder('id')))
      .orderBy(asc(promptPromptTags.position))
      .prepare();
  }

  getById(id: string): Promise<PromptView | undefined> {
    const row = this.#byId.get({ id });
    return Promise.resolve(row === undefined ? undefined : this.#view(row));
  }

  list(request: PageRequest<PromptSort, PromptFilter>): Promise<Page<PromptView>> {
    const { key, descending } = parseSort<PromptSortKey>(request.sort);
    const params: Record<string, string | number> = filterParams(request.filter);
    const filters = (Object.keys(params) as FilterName[]).sort();
    const cursor =
      request.cursor === undefined ? undefined : decodeCursor(request.cursor, request.sort);
    const shape = `${request.sort}|${filters.join(',')}|${cursor === undefined ? '' : 'after'}`;
    let statement = this.#lists.get(shape);
    if (statement === undefined) {
      statement = prepareList(this.database.orm, key, descending, filters, cursor !== undefined);
      this.#lists.set(shape, statement);
    }
    params.limit = request.limit + 1;
    if (cursor !== undefined) {
      params.cursorValue = cursor.value;
      params.cursorId = cursor.id;
    }
    const rows = statement.all(params);
    const items = rows.slice(0, request.limit);
    const last = items.at(-1);
    const nextCursor =
      rows.length > request.limit && last !== undefined
        ? encodeCursor({ value: last[key], id: last.id }, request.sort)
        : undefined;
    return Promise.resolve({ items: items.map((row) => this.#view(row)), nextCursor });
  }

  #view(row: PromptRow): PromptView {
    const promptVersions: PromptVersionRow[] = this.#promptVersions.all({ id: row.id });
    const promptTags: PromptTagRow[] = this.#promptTags.all({ id: row.id });
    return {
      id: row.id,
      version: row.version,
      tenantId: row.tenantId,
      title: row.title,
      slug: row.slug,
      summary: row.summary ?? undefined,
      status: row.status,
      settings: row.settings,
      publishedAt: row.publishedAt ?? undefined,
      reviewOn: row.reviewOn ?? undefined,
      metadata: row.metadata ?? undefined,
      externalId: row.externalId ?? undefined,
      promptVersions: promptVersions.map((item) => ({
        id: item.id,
        number: item.number,
        body: item.body,
        changeNote: item.changeNote ?? undefined,
      })),
      promptTags: promptTags.map((item) => ({
        id: item.id,
        tagId: item.tagId,
      })),
    };
  }
}
