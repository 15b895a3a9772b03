/**
 * The structure of a TypeScript file this tool rendered, read from its layout instead of a parse:
 * prettier wrote it, so a block's inner lines are indented one level more than the line that
 * opens it, and the line that closes it starts with `}` or `)` at the opener's indentation. Good
 * for the files `create` has just rendered and nothing else (`add` parses, see src/ast/).
 */
import { indentUnitOf } from '../../ast/text-layout.js';

/** A run of whole lines, `first` to `last` (indices, inclusive). */
export interface LineSpan {
  first: number;
  last: number;
}

/** The statements, members or elements between an opening line and its closing line. */
export interface Block extends LineSpan {
  /** the indentation of the lines inside */
  inner: string;
}

const CLOSER = /^[)\]}]/;
const COMMENT = /^(\/\/|\/\*|\*)/;

export class SourceText {
  readonly lines: string[];
  private readonly starts: number[] = [];
  private readonly indents: string[];
  private readonly items = new Map<string, LineSpan[]>();
  private readonly texts = new Map<string, string>();
  readonly unit: string;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.lines = text.split('\n');
    let pos = 0;
    for (const line of this.lines) {
      this.starts.push(pos);
      pos += line.length + 1;
    }
    this.indents = this.lines.map((line) => line.slice(0, line.length - line.trimStart().length));
    this.unit = indentUnitOf(text);
  }

  indentOf(line: number): string {
    return this.indents[line] ?? '';
  }

  /** Position of the first character of `line`, or of its code (after the indentation). */
  startOf(line: number, code = false): number {
    return (this.starts[line] ?? this.text.length) + (code ? this.indentOf(line).length : 0);
  }

  /** Position of the end of `line` (before its newline). */
  endOf(line: number): number {
    return this.startOf(line) + (this.lines[line] ?? '').length;
  }

  /** The text of a span, its lines joined, without the first line's indentation. */
  textOf(span: LineSpan): string {
    const key = `${span.first}:${span.last}`;
    let text = this.texts.get(key);
    if (text === undefined) this.texts.set(key, (text = this.text.slice(this.startOf(span.first, true), this.endOf(span.last))));
    return text;
  }

  /** The whole file as a block of top-level statements. */
  top(): Block {
    return { first: -1, last: this.lines.length, inner: '' };
  }

  /** The block opened at the end of line `open`: up to the next line at its indentation that starts with a closer. */
  blockAt(open: number): Block {
    const indent = this.indentOf(open);
    for (let line = open + 1; line < this.lines.length; line += 1) {
      const text = this.lines[line] as string;
      if (this.indentOf(line) === indent && CLOSER.test(text.trimStart())) return { first: open, last: line, inner: indent + this.unit };
    }
    throw this.missing(`the end of the block opened on line ${open + 1}`);
  }

  /**
   * The statements (or members, or elements) directly inside `block`: each starts on a line at
   * its inner indentation and takes the deeper lines and closing lines that follow. Comment
   * lines and blank lines between them belong to none.
   */
  itemsOf(block: Block): LineSpan[] {
    const key = `${block.first}:${block.last}`;
    const known = this.items.get(key);
    if (known) return known;
    const items: LineSpan[] = [];
    let current: LineSpan | undefined;
    for (let line = block.first + 1; line < block.last; line += 1) {
      const text = this.lines[line] as string;
      const code = text.trimStart();
      if (code === '') continue;
      const indent = this.indentOf(line);
      if (indent === block.inner && COMMENT.test(code)) current = undefined;
      else if (indent === block.inner && !CLOSER.test(code)) items.push((current = { first: line, last: line }));
      else if (current && indent.length >= block.inner.length) current.last = line;
    }
    this.items.set(key, items);
    return items;
  }

  /** The first item of `block` whose text matches. */
  find(block: Block, test: RegExp | ((text: string) => boolean)): LineSpan | undefined {
    const matches = typeof test === 'function' ? test : (text: string) => test.test(text);
    return this.itemsOf(block).find((item) => matches(this.textOf(item)));
  }

  /** The block an item opens on the last of its first lines that ends with `{` at its indentation (a function's body after a long signature). */
  bodyOf(item: LineSpan): Block {
    const indent = this.indentOf(item.first);
    let open: number | undefined;
    for (let line = item.first; line < item.last; line += 1) {
      if (this.indentOf(line) === indent && (this.lines[line] as string).endsWith('{')) open = line;
    }
    if (open === undefined) throw this.missing(`a { … } body on line ${item.first + 1}`);
    return this.blockAt(open);
  }

  /** Where the comment lines right above `item` begin (its code when none). */
  commentsAbove(item: LineSpan): number {
    let first = item.first;
    for (let line = item.first - 1; line >= 0; line -= 1) {
      const code = (this.lines[line] as string).trimStart();
      if (code === '') continue;
      if (!COMMENT.test(code)) break;
      first = line;
    }
    return this.startOf(first, true);
  }

  /** A bug in a template or in the wiring, not bad input: the rendered file lacks what an edit needs. */
  missing(what: string): Error {
    return new Error(`${this.file}: expected ${what} in the rendered file (create's text wiring)`);
  }
}
