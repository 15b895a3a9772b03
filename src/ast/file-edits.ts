/** The edits `applyEdits` runs: through a TypeScript file's syntax tree, or from text to text. */
import type { SourceFile } from 'ts-morph';

/** An edit to a TypeScript file, made through its syntax tree. */
export interface SourceFileEdit {
  kind: 'source';
  file: string;
  apply: (sourceFile: SourceFile) => void;
  /**
   * Its insertions are all placed against the text it starts from and made at once, with one
   * parse (see insertions.ts): for edits whose steps do not read what an earlier step inserted.
   */
  spliced?: boolean;
}

/** An edit to any other file (JSON, Markdown), from text to text. */
export interface TextFileEdit {
  kind: 'text';
  file: string;
  apply: (text: string) => string;
}

export type FileEdit = SourceFileEdit | TextFileEdit;

export function sourceEdit(file: string, apply: SourceFileEdit['apply'], options: { spliced?: boolean } = {}): SourceFileEdit {
  return { kind: 'source', file, apply, ...options };
}

export function textEdit(file: string, apply: TextFileEdit['apply']): TextFileEdit {
  return { kind: 'text', file, apply };
}
