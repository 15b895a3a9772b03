/** Reads a JSON file that may hold comments and trailing commas (tsconfig, package.json, bun.lock). */
import { existsSync, readFileSync } from 'node:fs';
import { ts } from 'ts-morph';
import { InputError } from '../errors.js';

/** The parsed value, or undefined when the file is missing; a file that is not JSON is an input error. */
export function readJsonc(file: string): unknown {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const { config, error } = ts.parseConfigFileTextToJson(file, text);
  if (!error) return config as unknown;
  const reason = ts.flattenDiagnosticMessageText(error.messageText, ' ');
  const line = error.start === undefined ? undefined : text.slice(0, error.start).split('\n').length;
  throw new InputError(`is not valid JSON (${reason}) — fix it, then run again`, file, line);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
