/**
 * The error every edit throws when the structure it edits is not in the file: the user renamed
 * or removed it. The message names the file (and the line, when part of the structure was found)
 * and what was looked for.
 */
import type { Node, SourceFile } from 'ts-morph';
import { InputError } from '../errors.js';

export function anchorNotFound(sourceFile: SourceFile, lookedFor: string, near?: Node): InputError {
  return new InputError(
    `could not find ${lookedFor}; restore it if it was renamed or removed, or make this registration by hand`,
    sourceFile.getFilePath(),
    near?.getStartLineNumber(),
  );
}
