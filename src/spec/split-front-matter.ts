/** Finds the front-matter block of a spec: its syntax and the lines it spans. */

export type FrontMatterSyntax = 'yaml' | 'toml';

export interface FrontMatterBlock {
  syntax: FrontMatterSyntax;
  /** 0-based index of the opening delimiter line */
  open: number;
  /** 0-based index of the closing delimiter line */
  close: number;
}

export interface Split {
  block?: FrontMatterBlock;
  /** things worth telling the user, without the file name (added by the caller) */
  notes: { line: number; text: string }[];
}

const OPENERS: Record<string, { syntax: FrontMatterSyntax; closers: string[] }> = {
  '---': { syntax: 'yaml', closers: ['---', '...'] },
  '+++': { syntax: 'toml', closers: ['+++'] },
};

/** Tolerates blank lines before the opening delimiter and trailing spaces on delimiters. */
export function splitFrontMatter(lines: readonly string[]): Split {
  const open = lines.findIndex((line) => line.trim() !== '');
  const opener = open === -1 ? undefined : OPENERS[(lines[open] ?? '').trimEnd()];
  if (!opener) return { notes: [] };

  const close = lines.findIndex((line, i) => i > open && opener.closers.includes(line.trimEnd()));
  if (close === -1) {
    const text = `front matter opened here is never closed; read the whole file as Markdown`;
    return { notes: [{ line: open + 1, text }] };
  }
  const notes =
    open > 0
      ? [{ line: open + 1, text: 'blank line(s) before the opening delimiter; read the front matter anyway' }]
      : [];
  return { block: { syntax: opener.syntax, open, close }, notes };
}
