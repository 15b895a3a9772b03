/** Turns catalogue aliases into global regular expressions bounded by "not a Latin letter or digit". */

/**
 * A name counts when no Latin letter or digit touches it: `JWTトークン`, `Celeryによる`,
 * `FastAPI/Python` and `self._setup_rate_limiting()` match; `ginger`, `redistribute` and `celeryq` do not.
 * CJK characters, punctuation, `_` and spaces are all boundaries.
 */
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{Nd}])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{Nd}])`;

/** The alias as a pattern source and its flags, without the boundaries. */
function aliasSource(alias: string | RegExp): { source: string; flags: string } {
  if (alias instanceof RegExp) return { source: alias.source, flags: `${alias.flags.replace(/[guy]/g, '')}gu` };
  // strings: case-insensitive, regex characters escaped, a space also matching `_` and `-`
  return { source: alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '[\\s_-]+'), flags: 'giu' };
}

export function aliasPattern(alias: string | RegExp): RegExp {
  return aliasPatterns([alias])[0] as RegExp;
}

/**
 * One pattern per set of flags for all of a technology's aliases: an alternation finds the
 * leftmost mention of any of them, as trying each alias and keeping the leftmost does, with a
 * third of the regular expressions to compile.
 */
export function aliasPatterns(aliases: readonly (string | RegExp)[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const { source, flags } of aliases.map(aliasSource)) {
    const key = [...flags].sort().join(''); // `igu` and `giu` are one set
    byFlags.set(key, [...(byFlags.get(key) ?? []), `(?:${source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, flags));
}
