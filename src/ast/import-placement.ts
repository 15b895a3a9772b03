/**
 * Which existing import a new one goes after: the last of those whose module path shares the
 * most leading segments with it (`./application/invoice/handlers.js` goes after
 * `./application/prompt/handlers.js`, not after `./infrastructure/…`), so a file generated with
 * one more aggregate and a file edited to register it read the same.
 */
import type { ImportDeclaration } from 'ts-morph';
import { isRelative } from './module-specifiers.js';

function sharedLeadingSegments(a: string, b: string): number {
  if (isRelative(a) !== isRelative(b)) return -1;
  const aSegments = a.split('/');
  const bSegments = b.split('/');
  let shared = 0;
  while (shared < aSegments.length - 1 && aSegments[shared] === bSegments[shared]) shared += 1;
  return shared;
}

export function importToFollow(imports: readonly ImportDeclaration[], from: string): ImportDeclaration | undefined {
  let best: { declaration: ImportDeclaration; score: number } | undefined;
  for (const declaration of imports) {
    const score = sharedLeadingSegments(declaration.getModuleSpecifierValue(), from);
    if (!best || score >= best.score) best = { declaration, score };
  }
  return best?.declaration;
}
