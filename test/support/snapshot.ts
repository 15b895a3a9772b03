import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a tree with its content, to compare trees byte for byte. */
export function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) for (const [p, c] of snapshot(join(dir, entry.name), `${path}/`)) files.set(p, c);
    else files.set(path, readFileSync(join(dir, entry.name), 'utf8'));
  }
  return files;
}
