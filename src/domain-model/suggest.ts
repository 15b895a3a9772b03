/** "Did you mean …?" for a misspelt key, type or name. */

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within 1 edit for short words, else 2 or a third of the length; case-insensitive. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const budget = word.length < 4 ? 1 : Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = distance(word.toLowerCase(), candidate.toLowerCase());
    if (cost <= budget && (!best || cost < best.cost)) best = { candidate, cost };
  }
  return best?.candidate;
}

/** `did you mean "aggregates"?` when a candidate is close, else `use one of a, b, c`. */
export function suggestion(word: string, candidates: readonly string[], listAs = candidates.join(', ')): string {
  const near = closest(word, candidates);
  return near ? `did you mean "${near}"?` : `use one of ${listAs}`;
}
