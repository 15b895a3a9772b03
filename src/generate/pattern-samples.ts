/**
 * Strings that match a field's `pattern` (and its length bounds), drawn by randexp from the
 * pattern itself with a fixed seed, so that generating twice gives the same test data. For a
 * pattern that no fixed sample shape matches (`^[A-Z]{3}-[0-9]{2}$`), see fields.ts `textSample`.
 */
import randexp from 'randexp';
import { withoutPropertyClasses } from './property-classes.js';

// randexp is CommonJS: its module object is the class at run time, its types put the class under `default`
const RandExp = ((randexp as { default?: unknown }).default ?? randexp) as typeof randexp.default;

/** Up to `count` distinct strings for which `fits` holds, the same on every run; fewer when they are hard to find. */
export function patternSamples(pattern: string, fits: (value: string) => boolean, count: number): string[] {
  const readable = withoutPropertyClasses(pattern);
  if (readable === undefined) return []; // a Unicode property class it does not know: the caller falls back
  let generator: InstanceType<typeof RandExp>;
  try {
    generator = new RandExp(new RegExp(readable.source));
  } catch {
    return []; // a pattern randexp cannot read: the caller falls back
  }
  for (const [low, high] of readable.wide) generator.defaultRange.add(low, high);
  generator.max = 12; // `+` and `*` repeat at most this often
  let state = 0x2545f491;
  generator.randInt = (low: number, high: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0; // a fixed linear congruential sequence
    return low + (state % (high - low + 1));
  };
  const found = new Set<string>();
  for (let attempt = 0; attempt < count * 40 && found.size < count; attempt++) {
    const value = generator.gen();
    if (fits(value)) found.add(value);
  }
  return [...found];
}
