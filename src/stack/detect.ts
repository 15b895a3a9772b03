/** Finds the technologies a spec names, with the line, column and text of every mention. */
import type { AgentSpec } from '../spec/types.js';
import { aliasPatterns } from './alias-pattern.js';
import { CATALOGUE, type Technology } from './catalogue.js';

export interface Mention {
  /** 1-based line of the spec file */
  line: number;
  /** 1-based column, in characters (code points) */
  column: number;
  /** the line around the mention, trimmed */
  excerpt: string;
}

export interface Detection {
  technology: Technology;
  /** at most one per line (the first on it), in line order */
  mentions: Mention[];
}

/**
 * Front-matter keys whose text says what the agent works with. `tools` is deliberately absent:
 * it lists the agent's own tools, not the stack of the service (docs/decisions/spec-detection.md).
 */
const DESCRIPTIVE_KEYS = new Set(['description', 'summary', 'tags', 'keywords', 'stack', 'technologies']);

/** URLs are references, not choices: blanked with spaces so columns stay true. */
const URL = /\b(?:https?|ftp):\/\/[^\s)>\]"'`]+/g;

const PATTERNS = new Map<Technology, RegExp[]>(CATALOGUE.map((tech) => [tech, aliasPatterns(tech.aliases)]));

/**
 * For a technology whose aliases are all plain ASCII text: the longest word of each, in lower
 * case. Every mention holds one of them, so a spec that holds none is not searched line by line
 * for it (most of the catalogue, in any spec: the Unicode-bounded patterns cost ≈ 25 ms a spec).
 * Undefined when an alias is a pattern or not ASCII (case folding beyond ASCII is not `toLowerCase`).
 */
function requiredWords(aliases: Technology['aliases']): string[] | undefined {
  const words: string[] = [];
  for (const alias of aliases) {
    if (typeof alias !== 'string' || !/^[\x20-\x7e]+$/.test(alias)) return undefined;
    words.push(alias.split(/ +/).reduce((longest, word) => (word.length > longest.length ? word : longest), '').toLowerCase());
  }
  return words;
}

const REQUIRED_WORDS = new Map(CATALOGUE.map((tech) => [tech, requiredWords(tech.aliases)]));

/** The text as the `iu` patterns compare it, for the word check: the two non-ASCII letters that fold to ASCII ones (ſ, K) turned into them. */
function folded(text: string): string {
  return text.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();
}

export function detectTechnologies(spec: AgentSpec): Detection[] {
  const lines = searchedLines(spec).map((line) => ({
    line,
    text: (spec.lines[line - 1] ?? '').replace(URL, (url) => ' '.repeat(url.length)),
  }));
  const searched = folded(lines.map(({ text }) => text).join('\n'));
  const detections: Detection[] = [];
  for (const [technology, patterns] of PATTERNS) {
    const words = REQUIRED_WORDS.get(technology);
    if (words && !words.some((word) => searched.includes(word))) continue;
    const mentions = lines.flatMap(({ line, text }) => {
      const index = firstMatch(text, patterns);
      return index === undefined ? [] : [mention(spec.lines[line - 1] ?? '', line, index)];
    });
    if (mentions.length > 0) detections.push({ technology, mentions });
  }
  return detections.sort((a, b) => compareMentions(a.mentions[0], b.mentions[0]));
}

/** 1-based line numbers: descriptive front-matter keys, then the body. */
function searchedLines(spec: AgentSpec): number[] {
  const fromFrontMatter = spec.frontMatterKeys
    .filter(({ key }) => DESCRIPTIVE_KEYS.has(key.toLowerCase()))
    .flatMap(({ firstLine, lastLine }) => range(firstLine, lastLine));
  return [...fromFrontMatter, ...range(spec.bodyStartLine, spec.lines.length)];
}

function firstMatch(text: string, patterns: readonly RegExp[]): number | undefined {
  let first: number | undefined;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const index = pattern.exec(text)?.index;
    if (index !== undefined && (first === undefined || index < first)) first = index;
  }
  return first;
}

const EXCERPT_WIDTH = 80;

function mention(text: string, line: number, index: number): Mention {
  const column = [...text.slice(0, index)].length + 1;
  const trimmed = text.trim();
  if (trimmed.length <= EXCERPT_WIDTH) return { line, column, excerpt: trimmed };
  const start = wordStart(text, Math.max(0, index - EXCERPT_WIDTH / 4), index);
  const window = text.slice(start, start + EXCERPT_WIDTH).trim();
  return { line, column, excerpt: `${start > 0 ? '…' : ''}${window}…` };
}

/** `from`, moved forward past a partly cut word (but never past `limit`). */
function wordStart(text: string, from: number, limit: number): number {
  if (from === 0) return 0;
  const space = text.indexOf(' ', from);
  return space === -1 || space >= limit ? from : space + 1;
}

function compareMentions(a: Mention | undefined, b: Mention | undefined): number {
  return (a?.line ?? 0) - (b?.line ?? 0) || (a?.column ?? 0) - (b?.column ?? 0);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
