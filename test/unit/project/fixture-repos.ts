import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample repositories in test/fixtures/repos. */
export const REPOS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/repos');

export function repo(name: string): string {
  return path.join(REPOS, name);
}

export type WithoutEvidence<T> = T extends readonly (infer Item)[]
  ? WithoutEvidence<Item>[]
  : T extends object
    ? { [Key in keyof T as Key extends 'evidence' ? never : Key]: WithoutEvidence<T[Key]> }
    : T;

/** The value with every `evidence` list removed, to compare what was found apart from where. */
export function withoutEvidence<T>(value: T): WithoutEvidence<T> {
  if (Array.isArray(value)) return value.map(withoutEvidence) as WithoutEvidence<T>;
  if (typeof value !== 'object' || value === null) return value as WithoutEvidence<T>;
  const entries = Object.entries(value).filter(([key]) => key !== 'evidence');
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutEvidence(item)])) as WithoutEvidence<T>;
}
