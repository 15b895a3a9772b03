/** What `--dry-run` prints for a file it would edit: a unified diff, git style (`--- a/…`, `+++ b/…`). */
import { createTwoFilesPatch } from 'diff';

/** Empty when nothing changes. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  return patch.slice(patch.indexOf('--- '));
}
