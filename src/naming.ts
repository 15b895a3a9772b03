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

/** Plural of the last word only: `PromptVersion` → `PromptVersions`, `Category` → `Categories`. */
function pluralWords(ws: string[]): string[] {
  if (ws.length === 0) return ws;
  const last = ws[ws.length - 1] as string;
  const plural = pluralize.plural(last);
  return [...ws.slice(0, -1), plural === last ? `${last}s` : plural];
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
