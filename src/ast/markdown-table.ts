/**
 * GitHub-flavoured Markdown tables, cell by cell: reading a row, and writing a table with its
 * columns padded to one width the way prettier aligns them.
 */

/** Characters, not UTF-16 units (an emoji is one); plain text needs no spreading. */
const widthOf = (cell: string): number => (/[\u{10000}-\u{10FFFF}]/u.test(cell) ? [...cell].length : cell.length);

function withoutOuterPipes(row: string): string {
  let inner = row.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
  return inner;
}

/** The cells of `| a | b \| c |` → `['a', 'b \| c']`, trimmed. */
export function cellsOf(row: string): string[] {
  return withoutOuterPipes(row)
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.trim());
}

function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.length > 0 && [...cell].every((char) => char === '-'));
}

/**
 * The table (header, delimiter row, body rows) with every column as wide as its widest cell:
 * `| GET    | /x |`, `| ------ | --- |`. Undefined when the second row is not a plain delimiter
 * row (`:--` alignment markers are not handled).
 */
export function alignedTable(lines: readonly string[]): string[] | undefined {
  const rows = lines.map(cellsOf);
  if (!rows[1] || !isDelimiterRow(rows[1])) return undefined;
  const columns = Math.max(...rows.map((cells) => cells.length));
  const body = rows.filter((_, index) => index !== 1);
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(3, ...body.map((cells) => widthOf(cells[column] ?? ''))),
  );
  return rows.map((cells, index) => {
    const padded = widths.map((width, column) => {
      if (index === 1) return '-'.repeat(width);
      const cell = cells[column] ?? '';
      return cell + ' '.repeat(width - widthOf(cell));
    });
    return `| ${padded.join(' | ')} |`;
  });
}
