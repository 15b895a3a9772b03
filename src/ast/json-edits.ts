/**
 * Edits to JSON files such as `.yo-rc.json`: parse, change, write back with two-space indent.
 * Keys keep their order (a new key goes last); when the value is already there the text is
 * returned untouched, so a user's own formatting survives a re-run.
 */
import { InputError } from '../errors.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(text: string, file: string): JsonObject {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    throw new InputError(`is not valid JSON (${(error as Error).message}); fix it or remove it`, file);
  }
  if (!isObject(value)) throw new InputError('expected a JSON object { … } at the top level', file);
  return value;
}

function serialise(value: Json, original: string): string {
  const newline = original.includes('\r\n') ? '\r\n' : '\n';
  const body = JSON.stringify(value, null, 2).split('\n').join(newline);
  return original.endsWith('\n') || original === '' ? `${body}${newline}` : body;
}

/** The object at `path`, created (as `{}`) where missing; a non-object in the way is the user's error. */
function objectAt(root: JsonObject, path: readonly string[], file: string): JsonObject {
  let current = root;
  for (const [index, key] of path.entries()) {
    const next = current[key];
    if (next === undefined) current[key] = {};
    else if (!isObject(next))
      throw new InputError(`expected "${path.slice(0, index + 1).join('.')}" to be an object`, file);
    current = current[key] as JsonObject;
  }
  return current;
}

function splitPath(path: readonly string[]): { parent: readonly string[]; key: string } {
  const key = path.at(-1);
  if (key === undefined) throw new Error('a JSON path names at least one key');
  return { parent: path.slice(0, -1), key };
}

/** Sets the value at `path` (`['create-agent-backend', 'database']`). */
export function setJsonValue(text: string, file: string, path: readonly string[], value: Json): string {
  const root = parse(text === '' ? '{}' : text, file);
  const { parent, key } = splitPath(path);
  const owner = objectAt(root, parent, file);
  if (JSON.stringify(owner[key]) === JSON.stringify(value)) return text;
  owner[key] = value;
  return serialise(root, text);
}

/** Appends `item` to the array at `path` (created when missing) unless an equal item is in it. */
export function ensureJsonArrayItem(text: string, file: string, path: readonly string[], item: Json): string {
  const root = parse(text === '' ? '{}' : text, file);
  const { parent, key } = splitPath(path);
  const owner = objectAt(root, parent, file);
  const current = owner[key] ?? [];
  if (!Array.isArray(current)) throw new InputError(`expected "${path.join('.')}" to be an array`, file);
  if (current.some((existing) => JSON.stringify(existing) === JSON.stringify(item))) return text;
  owner[key] = [...current, item];
  return serialise(root, text);
}

/**
 * Adds the `entries` missing from the object at `path` (a key already there keeps its value: a
 * user's own range is theirs). A sorted object stays sorted — as npm keeps `dependencies` — so the
 * diff adds lines and changes none; any other order gets the new keys last.
 */
export function ensureJsonEntries(text: string, file: string, path: readonly string[], entries: Record<string, Json>): string {
  const root = parse(text === '' ? '{}' : text, file);
  const owner = objectAt(root, path.slice(0, -1), file);
  const key = splitPath(path).key;
  const current = owner[key] ?? {};
  if (!isObject(current)) throw new InputError(`expected "${path.join('.')}" to be an object`, file);
  const missing = Object.entries(entries).filter(([name]) => current[name] === undefined);
  if (missing.length === 0) return text;
  const keys = Object.keys(current);
  const sorted = keys.every((name, index) => index === 0 || (keys[index - 1] as string).localeCompare(name) <= 0);
  const merged = [...Object.entries(current), ...missing];
  owner[key] = Object.fromEntries(sorted ? merged.sort(([a], [b]) => a.localeCompare(b)) : merged);
  return serialise(root, text);
}
