/** Module specifiers as text: the same module, and a specifier written in a file's style. */

export type Quote = "'" | '"';

export interface SpecifierStyle {
  quote: Quote;
  /** `.js`, `.ts` or `''` (extensionless); undefined when the file has no relative import to copy. */
  relativeExtension: string | undefined;
}

const KNOWN_EXTENSIONS = ['.js', '.ts', '.mjs', '.mts', '.cjs', '.cts'];

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

export function extensionOf(specifier: string): string {
  return KNOWN_EXTENSIONS.find((extension) => specifier.endsWith(extension)) ?? '';
}

function withoutExtension(specifier: string): string {
  return specifier.slice(0, specifier.length - extensionOf(specifier).length);
}

/** `./schema/invoice.js` and `./schema/invoice` name the same module. */
export function sameModule(a: string, b: string): boolean {
  if (isRelative(a) && isRelative(b)) return withoutExtension(a) === withoutExtension(b);
  return a === b;
}

/** `specifier` as this file would write it, quotes included. */
export function quotedSpecifier(specifier: string, style: SpecifierStyle): string {
  const fitted =
    isRelative(specifier) && style.relativeExtension !== undefined
      ? withoutExtension(specifier) + style.relativeExtension
      : specifier;
  return `${style.quote}${fitted}${style.quote}`;
}

function sharedLeadingSegments(a: string, b: string): number {
  if (isRelative(a) !== isRelative(b)) return -1;
  const aSegments = a.split('/');
  const bSegments = b.split('/');
  let shared = 0;
  while (shared < aSegments.length - 1 && aSegments[shared] === bSegments[shared]) shared += 1;
  return shared;
}

/** The index of the module (of `modules`, in file order) a new import of `from` goes after. */
export function indexToFollow(modules: readonly string[], from: string): number | undefined {
  let best: { index: number; score: number } | undefined;
  modules.forEach((module, index) => {
    const score = sharedLeadingSegments(module, from);
    if (!best || score >= best.score) best = { index, score };
  });
  return best?.index;
}
