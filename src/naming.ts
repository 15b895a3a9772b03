/**
 * Every spelling of a name, computed once. Templates never re-case a name themselves.
 */
import pluralize from 'pluralize';
import type { Names } from './domain-model/types.js';

/** Splits `PromptVersion`, `prompt_version`, `prompt-version`, `prompt version`, `HTTPServer` into words. */
export function words(input: string): string[] {
  return input
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function forms(ws: string[]): Pick<Names, 'pascal' | 'camel' | 'kebab' | 'snake' | 'constant'> {
  const pascal = ws.map(capitalise).join('');
  return {
    pascal,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    kebab: ws.join('-'),
    snake: ws.join('_'),
    constant: ws.join('_').toUpperCase(),
  };
}

/**
 * Plural of the last word only: `PromptVersion` → `PromptVersions`, `Category` → `Categories`.
 * A word whose plural is itself (`Series`, `Sheep`, or a name already plural like `Settings`)
 * gets a `List` word instead, so the singular and plural forms never collide in generated code
 * (`const series` vs `const seriesList`). See docs/decisions/domain-plural-names.md.
 */
function pluralWords(ws: string[]): string[] {
  const last = ws.at(-1);
  if (last === undefined) return ws;
  const plural = pluralize.plural(last);
  return plural === last ? [...ws, 'list'] : [...ws.slice(0, -1), plural];
}

export function names(input: string): Names {
  const ws = words(input);
  const singular = forms(ws);
  const plural = forms(pluralWords(ws));
  return {
    ...singular,
    pluralPascal: plural.pascal,
    pluralCamel: plural.camel,
    pluralKebab: plural.kebab,
    pluralSnake: plural.snake,
  };
}
