/**
 * The wirings of a capability grouped for splicing: runs of one file that can be placed against
 * one parse, and the imports each run needs. Shared by the ts-morph edits of `add` and the text
 * edits of `create`.
 */
import type { ImportNeed, Wiring } from './types.js';

/**
 * The imports the steps of one spliced edit need, one request per module (and type-only or
 * not): the steps are placed against one parse, so a second request for a module would not see
 * the declaration the first one adds.
 */
export function mergedImports(needs: readonly ImportNeed[]): ImportNeed[] {
  const merged = new Map<string, { from: string; names: string[]; typeOnly: boolean }>();
  for (const need of needs) {
    const typeOnly = need.typeOnly ?? false;
    const key = `${typeOnly ? 'type ' : ''}${need.from}`;
    const entry = merged.get(key) ?? { from: need.from, names: [], typeOnly };
    for (const name of need.names) if (!entry.names.includes(name)) entry.names.push(name);
    merged.set(key, entry);
  }
  return [...merged.values()];
}

/** The names a wiring's anchor refers to (the statement it goes before or after). */
function anchorsOf(wiring: Wiring): string[] {
  if (wiring.kind === 'statement') return Object.values(wiring.place);
  if (wiring.kind === 'returned-function-statement' && wiring.after !== undefined) return [wiring.after];
  return [];
}

/** What a wiring inserts, for telling whether a later wiring's anchor is in it. */
function insertedText(wiring: Wiring): string {
  return 'statement' in wiring ? wiring.statement : '';
}

/**
 * The wirings of a capability in runs that can share one parse: consecutive wirings of one file,
 * cut before a wiring whose anchor is in what an earlier wiring of the run inserts
 * (`useWebSockets(…)`, then a statement after it).
 */
export function spliceableRuns(wirings: readonly Wiring[]): { file: string; wirings: Wiring[] }[] {
  const runs: { file: string; wirings: Wiring[] }[] = [];
  for (const wiring of wirings) {
    const run = runs.at(-1);
    const anchoredInRun = (earlier: Wiring) => anchorsOf(wiring).some((anchor) => insertedText(earlier).includes(anchor));
    if (run?.file === wiring.file && !run.wirings.some(anchoredInRun)) run.wirings.push(wiring);
    else runs.push({ file: wiring.file, wirings: [wiring] });
  }
  return runs;
}
