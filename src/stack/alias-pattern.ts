/** Turns catalogue aliases into global regular expressions bounded by "not a Latin letter or digit". */

/**
 * A name counts when no Latin letter or digit touches it: `JWTトークン`, `Celeryによる`,
 * `FastAPI/Python` and `self._setup_rate_limiting()` match; `ginger`, `redistribute` and `celeryq` do not.
 * CJK characters, punctuation, `_` and spaces are all boundaries.
 */
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{Nd}])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{Nd}])`;

/** Strings: case-insensitive, regex characters escaped, a space also matching `_` and `-`. */
export function aliasPattern(alias: string | RegExp): RegExp {
  if (alias instanceof RegExp) {
    const flags = alias.flags.replace(/[guy]/g, '');
    return new RegExp(`${BEFORE}(?:${alias.source})${AFTER}`, `${flags}gu`);
  }
  const source = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '[\\s_-]+');
  return new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'giu');
}

/**
 * One pattern per set of flags for all of a technology's aliases: an alternation finds the
 * leftmost mention of any of them, as trying each alias and keeping the leftmost does, with a
 * third of the regular expressions to compile.
 */
export function aliasPatterns(aliases: readonly (string | RegExp)[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const pattern of aliases.map(aliasPattern)) {
    const inner = pattern.source.slice(BEFORE.length, pattern.source.length - AFTER.length);
    byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), inner]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, flags));
}
