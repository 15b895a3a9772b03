/** A stream entry as Redis returns it (`[id, [field, value, …]]`), read from an untyped reply. */
export interface StreamEntry {
  readonly id: string;
  /** null when the entry was deleted from the stream while still pending */
  readonly fields: readonly string[] | null;
}

export function toEntries(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply)) return [];
  return reply.flatMap((item: unknown) => {
    if (!Array.isArray(item) || typeof item[0] !== 'string') return [];
    const fields: unknown = item[1];
    return [
      {
        id: item[0],
        fields: Array.isArray(fields) ? fields.map((value: unknown) => String(value)) : null,
      },
    ];
  });
}

/** The entries of the first stream in an XREADGROUP reply (`[[stream, entries]]`, or null). */
export function firstStreamEntries(reply: unknown): unknown {
  if (!Array.isArray(reply)) return undefined;
  const first: unknown = reply[0];
  return Array.isArray(first) ? (first[1] as unknown) : undefined;
}
