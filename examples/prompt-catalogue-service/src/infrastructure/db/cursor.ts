import { InvalidCursorError } from '../../application/errors.js';

/** Where a page ended: the sort value and the id of its last row (keyset pagination). */
export interface Cursor {
  value: string | number;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const value: unknown = parsed[0];
      const id: unknown = parsed[1];
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
