/**
 * randexp reads a pattern without the `u` flag, where `\p{Lu}` is not a class. `withoutPropertyClasses`
 * puts a small set of plain characters in place of each Unicode property class it knows (ASCII
 * letters for `\p{L}`, digits for `\p{Nd}`, Greek small letters for `\p{Script=Greek}`, …): every
 * string drawn from the result still has to pass the real pattern, with the `u` flag, before it is
 * used, so a subset is enough.
 */

/** Property value (general category, binary property or script) → the body of a character class. */
const SUBSETS: Readonly<Record<string, string>> = {
  ...each(['L', 'Letter', 'Alphabetic', 'Alpha', 'Latin', 'Latn', 'ID_Start', 'IDS', 'ID_Continue', 'IDC'], 'A-Za-z'),
  ...each(['Lu', 'Uppercase_Letter', 'Uppercase', 'Upper'], 'A-Z'),
  ...each(['Ll', 'Lowercase_Letter', 'Lowercase', 'Lower'], 'a-z'),
  ...each(['N', 'Number', 'Nd', 'Decimal_Number', 'digit'], '0-9'),
  ...each(['P', 'Punctuation', 'punct', 'Po', 'Other_Punctuation'], '.,!?'),
  ...each(['Pd', 'Dash_Punctuation'], '\\-'),
  ...each(['Z', 'Separator', 'Zs', 'Space_Separator', 'White_Space', 'space'], ' '),
  ...each(['S', 'Symbol', 'Sm', 'Math_Symbol'], '+='),
  ...each(['Sc', 'Currency_Symbol'], '$'),
  ...each(['ASCII'], '\\x20-\\x7e'),
  ...each(['Any'], '\\x20-\\x7e'),
  ...each(['Greek', 'Grek'], 'α-ω'),
  ...each(['Cyrillic', 'Cyrl'], 'а-я'),
  ...each(['Han', 'Hani'], '一-丯'),
  ...each(['Hiragana', 'Hira'], 'ぁ-ん'),
  ...each(['Katakana', 'Kana'], 'ァ-ン'),
  ...each(['Arabic', 'Arab'], 'ا-ي'),
  ...each(['Hebrew', 'Hebr'], 'א-ת'),
};

function each(names: readonly string[], subset: string): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, subset]));
}

/** `General_Category=Lu`, `gc=Lu`, `Script=Greek`, `sc=Greek`, `scx=Greek` → the value. */
function propertyValue(body: string): string {
  const equals = body.indexOf('=');
  return equals === -1 ? body : body.slice(equals + 1);
}

/** A pattern randexp can read, and the characters beyond ASCII it uses (randexp draws ASCII only unless told). */
export interface ReadablePattern {
  readonly source: string;
  readonly wide: readonly (readonly [number, number])[];
}

/**
 * The pattern with each `\p{…}` (and `\P{…}` outside brackets) replaced by characters it matches,
 * or undefined when it has one this does not know, or a `\P{…}` inside brackets.
 */
export function withoutPropertyClasses(pattern: string): ReadablePattern | undefined {
  const wide: [number, number][] = [];
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      const close = pattern.indexOf('}', i);
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{' && close !== -1) {
        const subset = SUBSETS[propertyValue(pattern.slice(i + 3, close))];
        if (subset === undefined || (inClass && next === 'P')) return undefined;
        const low = subset.codePointAt(0) ?? 0;
        if (low > 0x7e) wide.push([low, subset.codePointAt(2) ?? low]);
        out += inClass ? subset : `[${next === 'P' ? '^' : ''}${subset}]`;
        i = close;
        continue;
      }
      out += char + next;
      i++;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return { source: out, wide };
}
