/**
 * Where lines start and end, and how they are indented, in a file's text.
 * The edits splice new text at positions computed here, so nothing else in the file moves.
 */
/** The newline the file already uses. */
export function newlineOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Position of the first character of the line that holds `pos`. */
export function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The spaces and tabs that open the line holding `pos`. */
export function indentationAt(text: string, pos: number): string {
  const start = lineStartOf(text, pos);
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end += 1;
  return text.slice(start, end);
}

/** True when `a` and `b` are on the same line. */
export function onSameLine(text: string, a: number, b: number): boolean {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return !text.slice(from, to).includes('\n');
}

/**
 * One level of indentation in this file: a tab, or the smallest run of leading spaces on a code
 * line (block-comment lines, ` * …`, do not count); two when the file has no indented line.
 */
export function indentUnitOf(text: string): string {
  let smallest: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) return '\t';
    const code = line.trimStart();
    const spaces = line.length - code.length;
    const counts = spaces > 0 && code.trim() !== '' && !code.startsWith('*');
    if (counts && (smallest === undefined || spaces < smallest)) smallest = spaces;
  }
  return ' '.repeat(smallest ?? 2);
}
