import { InvalidCursorError } from '../../application/errors.js';

/** Where a page ended: the sort value and the id of its last row (keyset pagination). */
export interface Cursor {
  value: string | number;
  id: string;
}

/** The cursor after a page listed in `sort` order; it holds the sort, so no other can misread it. */
export function encodeCursor(cursor: Cursor, sort: string): string {
  return Buffer.from(JSON.stringify([sort, cursor.value, cursor.id])).toString('base64url');
}

/** The cursor `text` names, when a page in `sort` order returned it; else InvalidCursorError. */
export function decodeCursor(text: string, sort: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sort) {
      const value: unknown = parsed[1];
      const id: unknown = parsed[2];
      if ((typeof value === 'string' || typeof value === 'number') && typeof id === 'string')
        return { value, id };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

/** `-title` → descending on `title`. */
export function parseSort<TKey extends string>(
  sort: `${'' | '-'}${TKey}`,
): { key: TKey; descending: boolean } {
  return sort.startsWith('-')
    ? { key: sort.slice(1) as TKey, descending: true }
    : { key: sort as TKey, descending: false };
}
