/**
 * Splits a domain file into its YAML front matter and Markdown body, keeping the line on which
 * the YAML starts so every error points at the line of the original file.
 */
import { fail, fileSite } from './site.js';

export interface FrontMatter {
  yaml: string;
  /** 1-based line of the file on which the first YAML line stands */
  firstLine: number;
  body: string;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open === -1)
    fail(
      fileSite(file, 1),
      'the file is empty — start it with a `---` line, the YAML declaration of the context, and another `---`',
    );
  if (!FENCE.test(lines[open] ?? '')) {
    fail(
      fileSite(file, open + 1),
      'no front matter — start the file with a `---` line, the YAML declaration of the context, and another `---`',
    );
  }
  const close = lines.findIndex((line, i) => i > open && CLOSING_FENCE.test(line));
  if (close === -1) fail(fileSite(file, open + 1), 'the front matter is not closed — add a `---` line after the YAML');
  return {
    yaml: lines.slice(open + 1, close).join('\n'),
    firstLine: open + 2,
    body: lines
      .slice(close + 1)
      .join('\n')
      .replace(/^\n+/, ''),
  };
}
