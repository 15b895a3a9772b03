/**
 * The front matter parsed with `yaml`, and the few questions the domain reader asks of it:
 * which line a node is on, and the entries of a map or the items of a list.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { fail, fileSite, type Site } from './site.js';

export interface Entry {
  key: string;
  value: Node | null;
  /** where the key stands */
  site: Site;
}

export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
    private readonly firstLine: number,
  ) {}

  static parse(yaml: string, file: string, firstLine: number): YamlSource {
    const lines = new LineCounter();
    const document = parseDocument(yaml, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    const error = document.errors[0];
    if (error) {
      const line = lines.linePos(error.pos[0]).line + firstLine - 1;
      const what = error.message.split('\n')[0]?.replace(/\.$/, '');
      fail(fileSite(file, line), `YAML syntax error: ${what} — fix the front matter`);
    }
    return new YamlSource(file, document, lines, firstLine);
  }

  get root(): Node | null {
    return this.resolve(this.document.contents);
  }

  site(node: Node | null | undefined, fallback: Site): Site {
    const offset = node?.range?.[0];
    if (offset === undefined) return fallback;
    return fileSite(this.file, this.lines.linePos(offset).line + this.firstLine - 1);
  }

  /** The entries of a map; `what` says what the map should hold, for the message when it is not one. */
  entries(node: Node | null, site: Site, what: string): Entry[] {
    const resolved = this.resolve(node);
    if (!isMap(resolved)) fail(this.site(resolved, site), what);
    return resolved.items.map((pair) => {
      const key = pair.key as Node | null;
      const keyText = isScalar(key) ? String(key.value ?? '') : String(key);
      return { key: keyText, value: this.resolve(pair.value as Node | null), site: this.site(key, site) };
    });
  }

  /** The items of a list, each with its site. */
  items(node: Node | null, site: Site, what: string): { value: Node | null; site: Site }[] {
    const resolved = this.resolve(node);
    if (!isSeq(resolved)) fail(this.site(resolved, site), what);
    return resolved.items.map((item) => {
      const value = this.resolve(item as Node | null);
      return { value, site: this.site(value, site) };
    });
  }

  /** Follows aliases; an empty value (`key:` with nothing after it) is null. */
  private resolve(node: unknown): Node | null {
    const resolved = isAlias(node) ? node.resolve(this.document) : node;
    if (isScalar(resolved) && resolved.value === null) return null;
    return (resolved as Node | null | undefined) ?? null;
  }
}

/** A scalar's value, or undefined for anything else (map, list, null). */
export function scalarValue(node: Node | null): string | number | boolean | null | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return String(value);
}
