import path from 'node:path';

/** `to` relative to `from`, with `/`, and `.` for the folder itself. */
export function relativePath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.';
}
